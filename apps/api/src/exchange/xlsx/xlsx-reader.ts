import { TextDecoder } from 'node:util';
import { attribute, MalformedXml, unescapeXml, XmlScanner, type XmlHandler } from './xml-text';
import {
  DEFAULT_ZIP_LIMITS,
  InflateBudget,
  XlsxReadError,
  zipEntries,
  type ZipEntry,
  type ZipLimits,
} from './zip-entries';

export { XlsxReadError } from './zip-entries';

/** One spreadsheet row: its number as the spreadsheet shows it and its cells as text, gaps filled with ''. */
export interface XlsxRow {
  rowNumber: number;
  cells: string[];
}

/** Our own templates and exports put the data on a sheet of this name, after a metadata front sheet. */
export const DATA_SHEET_NAME = 'Data';

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16384;
/** Longest single tag or text run accepted (one cell's text), far above Excel's 32,767-character cell limit. */
const MAX_XML_RUN = 4 * 1024 * 1024;
/** Shared strings are held in memory while the sheet is read, so they get a tighter limit. */
const MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024;

/**
 * Reads the rows of a workbook's data sheet, streaming: the sheet is inflated and parsed in pieces and
 * rows are handed out as they complete, so memory holds the compressed file, the shared strings and
 * one batch of rows, never the sheet. Which sheet: the one named `Data` (our templates and exports),
 * otherwise the first. Every inflated byte counts against the limits (see `InflateBudget`).
 * Throws `XlsxReadError` with a message for the uploader when the file is unsafe or not a workbook.
 */
export function* readXlsxRows(zip: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Generator<XlsxRow> {
  const entries = zipEntries(zip);
  const budget = new InflateBudget(limits);
  const sheet = entries.get(dataSheetPath(zip, entries, budget));
  if (!sheet) throw new XlsxReadError('The workbook has no worksheet');
  const sharedStringsEntry = entries.get('xl/sharedStrings.xml');
  const sharedStrings = sharedStringsEntry ? readSharedStrings(zip, sharedStringsEntry, budget) : [];

  const ready: XlsxRow[] = [];
  const handler = new SheetHandler(sharedStrings, (row) => ready.push(row));
  const scanner = new XmlScanner(handler, MAX_XML_RUN);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const piece of budget.inflate(zip, sheet)) {
    inPart(sheet.name, () => scanner.feed(decodeUtf8(decoder, piece, sheet.name)));
    yield* ready.splice(0);
  }
  inPart(sheet.name, () => {
    scanner.feed(decodeUtf8(decoder, undefined, sheet.name));
    scanner.end();
  });
  yield* ready.splice(0);
}

/** Runs a step that reads the XML of one workbook part, naming that part if its XML cannot be read. */
function inPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof MalformedXml) {
      throw new XlsxReadError(`The workbook part ${part} is damaged: ${error.message}`);
    }
    throw error;
  }
}

function decodeUtf8(decoder: TextDecoder, piece: Uint8Array | undefined, part: string): string {
  try {
    return piece ? decoder.decode(piece, { stream: true }) : decoder.decode();
  } catch {
    throw new XlsxReadError(`The workbook part ${part} is not valid UTF-8 text`);
  }
}

function readPartText(zip: Uint8Array, entry: ZipEntry, budget: InflateBudget, maxBytes: number): string {
  if (entry.declaredSize > maxBytes) {
    throw new XlsxReadError(
      `The workbook part ${entry.name} is larger than the ${maxBytes / 1024 / 1024} MB accepted`,
    );
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (const piece of budget.inflate(zip, entry)) text += decodeUtf8(decoder, piece, entry.name);
  return text + decodeUtf8(decoder, undefined, entry.name);
}

/** The path of the sheet to read, from the workbook's own list of sheets and their relationships. */
function dataSheetPath(zip: Uint8Array, entries: Map<string, ZipEntry>, budget: InflateBudget): string {
  const workbook = entries.get('xl/workbook.xml');
  const relations = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !relations) {
    throw new XlsxReadError(
      'The file is a ZIP archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing',
    );
  }
  const smallPart = 16 * 1024 * 1024;
  const workbookText = readPartText(zip, workbook, budget, smallPart);
  const sheets = inPart(workbook.name, () =>
    [...workbookText.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)].map((match) => ({
      name: attribute(match[1]!, 'name'),
      relationId: attribute(match[1]!, 'id'),
    })),
  );
  const sheet = sheets.find((s) => s.name === DATA_SHEET_NAME) ?? sheets[0];
  if (!sheet) throw new XlsxReadError('The workbook has no worksheet');
  const relationsText = readPartText(zip, relations, budget, smallPart);
  const targets = inPart(
    relations.name,
    () =>
      new Map(
        [...relationsText.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)].map((match) => [
          attribute(match[1]!, 'Id'),
          attribute(match[1]!, 'Target') ?? '',
        ]),
      ),
  );
  const target = targets.get(sheet.relationId) ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The shared string table: each `<si>`'s text runs joined, phonetic hints (`<rPh>`) left out. */
function readSharedStrings(zip: Uint8Array, entry: ZipEntry, budget: InflateBudget): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  const scanner = new XmlScanner(
    {
      open(name, _attributes, selfClosing) {
        if (name === 'si') current = selfClosing ? (strings.push(''), null) : '';
        else if (name === 'rPh' && !selfClosing) phoneticDepth++;
        else if (name === 't' && !selfClosing) inText = true;
      },
      close(name) {
        if (name === 'si' && current !== null) {
          strings.push(unescapeXml(current));
          current = null;
        } else if (name === 'rPh') phoneticDepth--;
        else if (name === 't') inText = false;
      },
      text(text) {
        if (inText && phoneticDepth === 0 && current !== null) current += text;
      },
    },
    MAX_XML_RUN,
  );
  if (entry.declaredSize > MAX_SHARED_STRINGS_BYTES) {
    throw new XlsxReadError(
      `The workbook's shared text table is larger than ${MAX_SHARED_STRINGS_BYTES / 1024 / 1024} MB; split the data into smaller files`,
    );
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const piece of budget.inflate(zip, entry)) {
    inPart(entry.name, () => scanner.feed(decodeUtf8(decoder, piece, entry.name)));
  }
  inPart(entry.name, () => {
    scanner.feed(decodeUtf8(decoder, undefined, entry.name));
    scanner.end();
  });
  return strings;
}

/** Zero-based column of a cell reference like `AB12`; undefined when the reference is absent. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = reference ? /^[A-Z]+/.exec(reference)?.[0] : undefined;
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** Turns sheet XML events into rows: cell types `s` (shared), `inlineStr`, `str`, `b`, `e` and numbers. */
class SheetHandler implements XmlHandler {
  private cells: string[] | null = null;
  private rowNumber = 0;
  private column = 0;
  private cellType = '';
  private raw: string | null = null;
  private inInlineString = false;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly emit: (row: XlsxRow) => void,
  ) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (name === 'row') {
      const declared = Number(attribute(attributes, 'r'));
      this.rowNumber = Number.isInteger(declared) && declared > 0 ? declared : this.rowNumber + 1;
      this.cells = [];
      this.column = 0;
      if (selfClosing) this.endRow();
    } else if (name === 'c' && this.cells) {
      this.column = columnOf(attribute(attributes, 'r')) ?? this.column;
      if (this.column >= MAX_COLUMNS) {
        throw new XlsxReadError(
          `Row ${this.rowNumber} has a cell beyond column XFD, the last one Excel allows`,
        );
      }
      this.cellType = attribute(attributes, 't') ?? 'n';
      this.raw = null;
      if (selfClosing) this.endCell();
    } else if (name === 'is') this.inInlineString = true;
    else if ((name === 'v' || (name === 't' && this.inInlineString)) && !selfClosing) this.raw ??= '';
  }

  close(name: string): void {
    if (name === 'c' && this.cells) this.endCell();
    else if (name === 'is') this.inInlineString = false;
    else if (name === 'row' && this.cells) this.endRow();
  }

  text(text: string): void {
    if (this.raw !== null) this.raw += text;
  }

  private endCell(): void {
    const cells = this.cells!;
    while (cells.length < this.column) cells.push('');
    cells[this.column] = this.cellText();
    this.column++;
    this.raw = null;
  }

  private cellText(): string {
    const text = unescapeXml(this.raw ?? '');
    switch (this.cellType) {
      case 's':
        return this.sharedStrings[Number(text)] ?? '';
      case 'b':
        return text === '1' ? 'TRUE' : 'FALSE';
      default:
        return text;
    }
  }

  private endRow(): void {
    this.emit({ rowNumber: this.rowNumber, cells: this.cells! });
    this.cells = null;
  }
}
