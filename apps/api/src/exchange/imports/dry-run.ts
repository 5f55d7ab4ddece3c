import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ClientBase } from 'pg';
import type { ImportFormat } from '@lcm/contracts';
import {
  CsvTokenizer,
  createRowMapper,
  detectFormat,
  ImportFileError,
  notUtf8Problem,
  sniffEncoding,
  type CandidateObservation,
  type CsvRecord,
  type ExchangeContext,
  type ImportProblem,
  type ImportProblemCode,
  type MappedRow,
  type RowMapper,
} from '@lcm/domain';
import { readXlsxRows, XlsxReadError } from '../xlsx/xlsx-reader';
import { copyField, copyFrom, type CopyWriter } from './pg-copy';
import { RepeatedKeyHints } from './repeated-keys';
import { copyRawSql, type StagingTables } from './staging';

/** Where a running dry run reports to; each call is awaited, so a slow store slows the reader down. */
export interface DryRunSink {
  progress(rows: number, bytes: number): Promise<void>;
  /** Problems of rejected rows, in file order, a batch at a time. */
  problems(problems: readonly ImportProblem[]): Promise<void>;
  format(format: ImportFormat): Promise<void>;
}

export interface DryRunInput {
  filePath: string;
  fileBytes: number;
  context: ExchangeContext;
  indicatorIds: ReadonlyMap<string, number>;
  tables: StagingTables;
  signal: AbortSignal;
}

export interface DryRunOutcome {
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  rejectedRows: number;
}

/** A problem with the file as a whole: the dry run stops and the job fails with this message. */
export class FileRefused extends Error {
  constructor(
    message: string,
    /** Codes of the header problems behind it, when the header was the problem. */
    readonly codes: readonly ImportProblemCode[] = [],
  ) {
    super(message);
  }
}

export class DryRunCancelled extends Error {}

/**
 * Small reads keep each batch of records short-lived: they die young in V8's nursery instead of being
 * promoted while the loader awaits the database, which is what made the heap (and RSS) grow.
 */
const READ_CHUNK_BYTES = 64 * 1024;
/** COPY data is encoded straight into buffers of this size and sent when one is full. */
const COPY_CHUNK_BYTES = 256 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
const PROBLEM_BATCH = 500;
const PROGRESS_INTERVAL_MS = 300;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads the uploaded file once, start to end, and loads every mapped row into the job's raw staging
 * table with COPY. Memory holds one read chunk, one COPY chunk and one batch of problems, whatever
 * the size of the file.
 */
export async function loadIntoStaging(
  client: ClientBase,
  input: DryRunInput,
  sink: DryRunSink,
): Promise<DryRunOutcome> {
  const copy = await copyFrom(client, copyRawSql(input.tables));
  const loader = new StagingLoader(copy, input, sink);
  try {
    const outcome = (await isZip(input.filePath)) ? await loader.readWorkbook() : await loader.readText();
    await copy.end();
    return outcome;
  } catch (error) {
    await copy.abort('import stopped');
    throw error;
  }
}

async function isZip(filePath: string): Promise<boolean> {
  const stream = createReadStream(filePath, { start: 0, end: ZIP_SIGNATURE.length - 1 });
  const head: number[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) head.push(...chunk);
  return ZIP_SIGNATURE.every((byte, i) => head[i] === byte);
}

class StagingLoader {
  private mapper: RowMapper | null = null;
  private rows = 0;
  private rejectedRows = 0;
  private bytes = 0;
  private copyBuffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
  private copyBytes = 0;
  private readonly pendingCopy: Buffer[] = [];
  private readonly keyHints = new RepeatedKeyHints();
  private problems: ImportProblem[] = [];
  private lastProgress = 0;

  constructor(
    private readonly copy: CopyWriter,
    private readonly input: DryRunInput,
    private readonly sink: DryRunSink,
  ) {}

  async readText(): Promise<DryRunOutcome> {
    const tokenizer = new CsvTokenizer();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let first = true;
    const decode = (chunk?: Buffer) => {
      try {
        return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      } catch {
        throw new FileRefused(notUtf8Problem(tokenizer.nextRow).message);
      }
    };
    try {
      for await (const chunk of createReadStream(this.input.filePath, {
        highWaterMark: READ_CHUNK_BYTES,
      }) as AsyncIterable<Buffer>) {
        if (first) {
          first = false;
          const encodingProblem = sniffEncoding(chunk);
          if (encodingProblem) throw new FileRefused(encodingProblem.message);
        }
        this.bytes += chunk.length;
        await this.take(tokenizer.push(decode(chunk)), 'template-csv');
      }
      await this.take(tokenizer.push(decode()), 'template-csv');
      await this.take(tokenizer.end(), 'template-csv');
    } catch (error) {
      if (error instanceof ImportFileError) throw new FileRefused(error.problem.message);
      throw error;
    }
    return this.finish();
  }

  async readWorkbook(): Promise<DryRunOutcome> {
    // A workbook is read from memory (compressed), then inflated and parsed in pieces within limits.
    const zip = await readFile(this.input.filePath);
    this.bytes = zip.length;
    try {
      let batch: CsvRecord[] = [];
      for (const row of readXlsxRows(zip)) {
        batch.push({ row: row.rowNumber, line: row.rowNumber, fields: row.cells });
        if (batch.length === PROBLEM_BATCH) {
          await this.take(batch, 'template-xlsx');
          batch = [];
        }
      }
      await this.take(batch, 'template-xlsx');
    } catch (error) {
      if (error instanceof XlsxReadError) throw new FileRefused(error.message);
      throw error;
    }
    return this.finish();
  }

  private async finish(): Promise<DryRunOutcome> {
    if (!this.mapper) {
      throw new FileRefused('The file is empty: it has no header row and no data.');
    }
    if (this.rows === 0) {
      throw new FileRefused('The file has a header row but no data rows below it.');
    }
    await this.flushCopy(true);
    await this.flushProblems(true);
    await this.sink.progress(this.rows, this.input.fileBytes);
    return {
      rows: this.rows,
      rejectedRows: this.rejectedRows,
    };
  }

  /** Maps records and queues them for COPY; the first record is the header. */
  private async take(
    records: readonly CsvRecord[],
    container: 'template-csv' | 'template-xlsx',
  ): Promise<void> {
    if (this.input.signal.aborted) throw new DryRunCancelled();
    for (const record of records) {
      if (!this.mapper) {
        this.mapper = await this.mapperFor(record, container);
        continue;
      }
      this.rows++;
      this.stage(this.mapper.map(record));
    }
    await this.flushCopy(false);
    await this.flushProblems(false);
    const now = Date.now();
    if (now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      await this.sink.progress(this.rows, this.bytes);
    }
  }

  private async mapperFor(
    header: CsvRecord,
    container: 'template-csv' | 'template-xlsx',
  ): Promise<RowMapper> {
    const detected = detectFormat(header.fields, this.input.context.fileName);
    if (!detected.ok) throw new FileRefused(detected.problem.message);
    const format = container === 'template-xlsx' ? container : detected.format;
    const created = createRowMapper(format, header.fields, this.input.context);
    if (!created.ok) {
      throw new FileRefused(
        created.problems.map((p) => p.message).join(' '),
        created.problems.map((p) => p.code),
      );
    }
    await this.sink.format(format);
    return created.mapper;
  }

  private stage(mapped: MappedRow): void {
    if (mapped.kind === 'empty') {
      this.rows--;
      return;
    }
    if (mapped.kind === 'rejected') {
      this.rejectedRows++;
      for (const problem of mapped.problems) this.problems.push(problem);
      this.queueCopy(
        `${mapped.row}\tr\t${copyField(mapped.conflictKey)}\t${copyField(mapped.conflictValue)}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\tf\n`,
      );
      return;
    }
    this.queueCopy(this.observationLine(mapped.observation, this.keyHints.seenBefore(mapped.conflictKey)));
  }

  private observationLine(o: CandidateObservation, repeatHint: boolean): string {
    const indicatorId = this.input.indicatorIds.get(o.indicatorCode);
    return (
      `${o.row}\to\t\\N\t\\N\t${indicatorId}\t${o.year}\t${copyField(o.timeDetail)}\t${copyField(o.sex)}\t` +
      `${copyField(o.age)}\t${copyField(o.urbanisation)}\t${copyField(o.disabilityStatus)}\t${copyField(o.value)}\t` +
      `${o.status}\t${copyField(o.source)}\t${copyField(o.comment)}\t${o.action}\t${repeatHint ? 't' : 'f'}\n`
    );
  }

  /**
   * Encodes one COPY line into the current buffer. Lines are written as they are made, so no long
   * string of many lines builds up on the heap.
   */
  private queueCopy(line: string): void {
    if (this.copyBytes + line.length * MAX_BYTES_PER_CHAR > this.copyBuffer.length) {
      this.sealCopyBuffer();
      if (line.length * MAX_BYTES_PER_CHAR > this.copyBuffer.length) {
        this.pendingCopy.push(Buffer.from(line, 'utf8'));
        return;
      }
    }
    this.copyBytes += this.copyBuffer.write(line, this.copyBytes, 'utf8');
  }

  /** Hands the filled part of the buffer over for sending; a new buffer takes its place. */
  private sealCopyBuffer(): void {
    if (this.copyBytes === 0) return;
    this.pendingCopy.push(this.copyBuffer.subarray(0, this.copyBytes));
    this.copyBuffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
    this.copyBytes = 0;
  }

  /** Sends the sealed buffers, waiting for the socket to drain after each; `final` sends the rest too. */
  private async flushCopy(final: boolean): Promise<void> {
    if (final) this.sealCopyBuffer();
    while (this.pendingCopy.length > 0) await this.copy.write(this.pendingCopy.shift()!);
  }

  private async flushProblems(final: boolean): Promise<void> {
    if (this.problems.length === 0 || (!final && this.problems.length < PROBLEM_BATCH)) return;
    const batch = this.problems;
    this.problems = [];
    await this.sink.problems(batch);
  }
}
