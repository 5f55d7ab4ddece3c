import { fileProblem, ImportFileError } from './problems';
import type { CsvRecord } from './types';

/** Longest record accepted (in characters, about 2 MB): longer ones are nearly always a quote never closed. */
export const MAX_RECORD_LENGTH = 2 * 1024 * 1024;

export interface CsvTokenizerOptions {
  maxRecordLength?: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BYTE_ORDER_MARK = '\uFEFF';

/** Signals that the buffer ends inside a record: parse it again once more text has arrived. */
const INCOMPLETE = Symbol('incomplete');

/**
 * Streaming RFC 4180 reader: feed decoded text in chunks of any size with `push`, then call `end`.
 * Each call returns the records completed so far, so memory stays bounded by the longest record.
 * Quoted cells may hold commas, line breaks and doubled quotes; lines may end in CRLF, LF or CR;
 * a leading UTF-8 byte-order mark is dropped. Broken quoting and overlong records throw an
 * ImportFileError naming the row, since nothing after them can be read reliably.
 */
export class CsvTokenizer {
  private buffer = '';
  private row = 1;
  private line = 1;
  private started = false;
  private readonly maxRecordLength: number;

  constructor(options: CsvTokenizerOptions = {}) {
    this.maxRecordLength = options.maxRecordLength ?? MAX_RECORD_LENGTH;
  }

  /** Spreadsheet row of the next record, e.g. to say where an undecodable chunk starts. */
  get nextRow(): number {
    return this.row;
  }

  push(chunk: string): CsvRecord[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.startsWith(BYTE_ORDER_MARK)) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    return this.parse(false);
  }

  end(): CsvRecord[] {
    return this.parse(true);
  }

  private parse(final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    const text = this.buffer;
    let pos = 0;
    while (pos < text.length) {
      const first = text.charCodeAt(pos);
      if (first === LF || first === CR) {
        // An empty line: no record, but a spreadsheet still shows it as a row.
        if (first === CR && pos + 1 === text.length && !final) break;
        pos += first === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        this.row++;
        this.line++;
        continue;
      }
      const result = this.readRecord(text, pos, final);
      if (result === INCOMPLETE) {
        if (text.length - pos > this.maxRecordLength) throw this.tooLong();
        break;
      }
      if (result.end - pos > this.maxRecordLength) throw this.tooLong();
      records.push({ row: this.row, line: this.line, fields: result.fields });
      this.row++;
      this.line += result.lineBreaks;
      pos = result.end;
    }
    this.buffer = text.slice(pos);
    return records;
  }

  /** Reads one record from `start`; `end` is just past its line break. */
  private readRecord(
    text: string,
    start: number,
    final: boolean,
  ): { fields: string[]; end: number; lineBreaks: number } | typeof INCOMPLETE {
    const fields: string[] = [];
    let pos = start;
    let lineBreaks = 0;
    for (;;) {
      let field: string;
      if (text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            if (!final) return INCOMPLETE;
            throw new ImportFileError(
              fileProblem(
                'BROKEN_QUOTING',
                `Row ${this.row} opens a quoted cell that is never closed: a quote mark (") is missing. ` +
                  'Check the quote marks of that row, or save the file again from the spreadsheet.',
                this.row,
              ),
            );
          }
          lineBreaks += countLineBreaks(text, from, close);
          value += text.slice(from, close);
          if (close + 1 === text.length && !final) return INCOMPLETE;
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        const next = text.charCodeAt(pos);
        if (pos < text.length && next !== COMMA && next !== CR && next !== LF) {
          throw new ImportFileError(
            fileProblem(
              'BROKEN_QUOTING',
              `Row ${this.row} has text after the closing quote mark of a cell. ` +
                'A quote mark inside a quoted cell must be doubled ("").',
              this.row,
            ),
          );
        }
        field = value;
      } else {
        const from = pos;
        for (; pos < text.length; pos++) {
          const code = text.charCodeAt(pos);
          if (code === COMMA || code === CR || code === LF) break;
          if (code === QUOTE) {
            throw new ImportFileError(
              fileProblem(
                'BROKEN_QUOTING',
                `Row ${this.row} has a quote mark (") inside a cell that does not start with one. ` +
                  'Put the whole cell in quote marks and double the quote mark inside ("").',
                this.row,
              ),
            );
          }
        }
        field = text.slice(from, pos);
      }
      fields.push(field);

      if (pos >= text.length) {
        return final ? { fields, end: pos, lineBreaks } : INCOMPLETE;
      }
      const separator = text.charCodeAt(pos);
      if (separator === COMMA) {
        pos++;
        if (pos === text.length && !final) return INCOMPLETE;
        if (pos === text.length) {
          fields.push('');
          return { fields, end: pos, lineBreaks };
        }
        continue;
      }
      if (separator === CR) {
        if (pos + 1 === text.length && !final) return INCOMPLETE;
        const end = text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
        return { fields, end, lineBreaks: lineBreaks + 1 };
      }
      return { fields, end: pos + 1, lineBreaks: lineBreaks + 1 };
    }
  }

  private tooLong(): ImportFileError {
    const megabyte = 1024 * 1024;
    const limit =
      this.maxRecordLength >= megabyte
        ? `${Math.round(this.maxRecordLength / megabyte)} MB`
        : `${this.maxRecordLength} characters`;
    return new ImportFileError(
      fileProblem(
        'RECORD_TOO_LONG',
        `Row ${this.row} is longer than ${limit}. This usually means a quote mark (") opens a cell ` +
          'and is never closed; otherwise shorten the text of that row.',
        this.row,
      ),
    );
  }
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
