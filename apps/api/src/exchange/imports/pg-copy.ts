import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ClientBase } from 'pg';

/** The parts of pg's connection a custom query drives (pg calls these methods on "submittable" queries). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: Writable;
}

function ignoreMessage(): void {
  // nothing to do
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failure nobody awaits yet must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * `COPY … FROM STDIN` over a pg client, without another package: pg hands the protocol messages of a
 * "submittable" query to the object itself, so this one answers the server's CopyInResponse by letting
 * the caller stream text-format data, with the socket's back-pressure respected.
 */
class CopyFromStdin {
  private connection: PgConnection | null = null;
  private rowCount = 0;
  private failure: Error | null = null;
  private readonly ready = deferred<void>();
  private readonly done = deferred<number>();

  constructor(readonly text: string) {}

  // pg's protocol hooks.
  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }
  handleCopyInResponse(): void {
    this.ready.resolve();
  }
  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/\d+$/.exec(message.text)?.[0] ?? 0);
  }
  /** pg detaches a query on its error, so the ReadyForQuery that follows never reaches it: settle now. */
  handleError(error: Error): void {
    this.failure = error;
    this.ready.reject(error);
    this.done.reject(error);
  }
  handleReadyForQuery(): void {
    this.done.resolve(this.rowCount);
  }
  // Messages a COPY FROM never receives, but pg may call on any query.
  readonly handleRowDescription = ignoreMessage;
  readonly handleDataRow = ignoreMessage;
  readonly handleEmptyQuery = ignoreMessage;
  readonly handlePortalSuspended = ignoreMessage;
  readonly handleCopyData = ignoreMessage;

  async started(): Promise<void> {
    await this.ready.promise;
  }

  /** Sends a chunk of COPY text; waits while the socket's buffer is full. */
  async write(chunk: Buffer): Promise<void> {
    const connection = this.connection!;
    if (this.failure) throw this.failure;
    connection.sendCopyFromChunk(chunk);
    if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
  }

  /** Ends the data; resolves with the number of rows the server stored. */
  async end(): Promise<number> {
    this.connection!.endCopyFrom();
    return this.done.promise;
  }

  /** Aborts the COPY: the server discards every row of it. */
  async abort(reason: string): Promise<void> {
    this.connection!.sendCopyFail(reason);
    await this.done.promise.catch(() => undefined);
  }
}

export interface CopyWriter {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<number>;
  abort(reason: string): Promise<void>;
}

/** Starts `sql` (a `COPY … FROM STDIN` statement) on `client` and returns once the server accepts data. */
export async function copyFrom(client: ClientBase, sql: string): Promise<CopyWriter> {
  const copy = new CopyFromStdin(sql);
  void (client as unknown as { query(query: CopyFromStdin): unknown }).query(copy);
  await copy.started();
  return copy;
}

/** One field in PostgreSQL's COPY text format: `\N` for null, with backslash, tab and line breaks escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeCopyCharacter) : value;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeCopyCharacter(character: string): string {
  return COPY_ESCAPES[character]!;
}
