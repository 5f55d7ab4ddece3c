import { Inflate } from 'fflate';

/** A spreadsheet file that cannot be read safely; the message is meant for the person who uploaded it. */
export class XlsxReadError extends Error {}

export interface ZipLimits {
  /** Largest inflated size of one part of the file. */
  maxEntryBytes: number;
  /** Largest inflated size of all parts read together. */
  maxTotalBytes: number;
  /** Largest inflated-to-compressed ratio, checked while inflating once more than `ratioGraceBytes` came out. */
  maxRatio: number;
  /** Small parts may compress very well (an empty sheet); the ratio is judged only past this size. */
  ratioGraceBytes: number;
}

/** Generous for real workbooks (sheet XML compresses 10–30 times), fatal for ZIP bombs (about 1,000 times). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1200 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the file declares it; checked against what actually comes out while inflating. */
  declaredSize: number;
  dataOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at once: bounds what one step can produce (deflate tops out near 1:1032). */
const INFLATE_SLICE = 16 * 1024;

const NOT_A_SPREADSHEET =
  'The file is not an Excel workbook (.xlsx): its ZIP structure is missing or damaged';

/** Reads the ZIP central directory: the one place that lists every part with its sizes. */
export function zipEntries(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new XlsxReadError(NOT_A_SPREADSHEET);
  const count = u16(end + 10);
  const directoryOffset = u32(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new XlsxReadError('The workbook uses ZIP64, which is only needed above 4 GB and is not accepted');
  }
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || u32(at) !== DIRECTORY_ENTRY) throw new XlsxReadError(NOT_A_SPREADSHEET);
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const localOffset = u32(at + 42);
    if (flags & 1)
      throw new XlsxReadError('The workbook is encrypted; save it without a password and try again');
    if (localOffset + 30 > zip.length || u32(localOffset) !== LOCAL_HEADER) {
      throw new XlsxReadError(NOT_A_SPREADSHEET);
    }
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    const entry: ZipEntry = {
      name,
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      declaredSize: u32(at + 24),
      dataOffset,
    };
    if (entry.dataOffset + entry.compressedSize > zip.length) throw new XlsxReadError(NOT_A_SPREADSHEET);
    entries.set(name, entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** Counts inflated bytes across the parts of one workbook against the total limit. */
export class InflateBudget {
  private used = 0;

  constructor(readonly limits: ZipLimits) {}

  /**
   * Inflates one part lazily, one compressed slice per step, handing its bytes on in pieces. Refuses before inflating when the declared size
   * is too large, and while inflating as soon as the output passes the declared size, the part or total
   * limit, or the compression ratio a real workbook could have.
   */
  *inflate(zip: Uint8Array, entry: ZipEntry): Generator<Uint8Array> {
    const { maxEntryBytes, maxTotalBytes } = this.limits;
    if (entry.declaredSize > maxEntryBytes || this.used + entry.declaredSize > maxTotalBytes) {
      throw new XlsxReadError(
        `The workbook part ${entry.name} would unpack to ${megabytes(entry.declaredSize)}, more than the ` +
          `${megabytes(Math.min(maxEntryBytes, maxTotalBytes - this.used))} accepted; split the data into smaller files`,
      );
    }
    const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === STORED) {
      this.used += data.length;
      this.check(entry, data.length, data.length);
      yield data;
      return;
    }
    if (entry.method !== DEFLATED) {
      throw new XlsxReadError(
        `The workbook part ${entry.name} uses a compression method Excel does not write`,
      );
    }
    let produced = 0;
    let consumed = 0;
    const ready: Uint8Array[] = [];
    // Checked before a piece is handed on, so nothing past a limit is ever parsed.
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      this.used += chunk.length;
      this.check(entry, produced, consumed);
      if (chunk.length > 0) ready.push(chunk);
    });
    while (consumed < data.length) {
      const slice = data.subarray(consumed, consumed + INFLATE_SLICE);
      consumed += slice.length;
      try {
        inflater.push(slice, consumed >= data.length);
      } catch (error) {
        if (error instanceof XlsxReadError) throw error;
        throw new XlsxReadError(`The workbook part ${entry.name} is damaged and cannot be unpacked`);
      }
      yield* ready.splice(0);
    }
    if (produced !== entry.declaredSize) {
      throw new XlsxReadError(
        `The workbook part ${entry.name} is damaged: its size does not match its header`,
      );
    }
  }

  private check(entry: ZipEntry, produced: number, consumed: number): void {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioGraceBytes } = this.limits;
    if (produced > entry.declaredSize) {
      throw new XlsxReadError(
        `The workbook part ${entry.name} unpacks to more than its header declares; the file was refused as unsafe`,
      );
    }
    if (produced > maxEntryBytes || this.used > maxTotalBytes) {
      throw new XlsxReadError(
        `The workbook unpacks to more than ${megabytes(Math.min(maxEntryBytes, maxTotalBytes))}; split the data into smaller files`,
      );
    }
    if (produced > ratioGraceBytes && produced / Math.max(consumed, 1) > maxRatio) {
      throw new XlsxReadError(
        `The workbook part ${entry.name} is compressed more than ${maxRatio} times, which real spreadsheets never are; ` +
          'the file was refused as a possible ZIP bomb',
      );
    }
  }
}

function megabytes(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes < mb ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / mb)} MB`;
}
