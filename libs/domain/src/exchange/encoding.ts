import { fileProblem } from './problems';
import type { ImportProblem } from './types';

const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8 (comma delimited)" and upload it again.';

/**
 * Looks at the first bytes of an upload for encodings other than UTF-8 that announce themselves:
 * a UTF-16 or UTF-32 byte-order mark, or the zero bytes UTF-16 puts between ASCII letters.
 * Returns null when nothing speaks against UTF-8; invalid UTF-8 further on is found by the decoder
 * (see notUtf8Problem).
 */
export function sniffEncoding(firstBytes: Uint8Array): ImportProblem | null {
  const [b0, b1, b2, b3] = firstBytes;
  const utf32 =
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff);
  if (utf32) {
    return fileProblem('UTF16', `The file is saved as UTF-32 text, which cannot be read. ${SAVE_AS_UTF8}`);
  }
  const utf16Bom = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
  const sample = firstBytes.subarray(0, 512);
  const zeroBytes = sample.reduce((count, byte) => (byte === 0 ? count + 1 : count), 0);
  if (utf16Bom || (sample.length >= 4 && zeroBytes * 4 >= sample.length)) {
    return fileProblem(
      'UTF16',
      `The file is saved as UTF-16 text ("Unicode text" in some spreadsheets), which cannot be read. ${SAVE_AS_UTF8}`,
    );
  }
  if (zeroBytes > 0) {
    return fileProblem('NOT_UTF8', `The file contains zero bytes, so it is not a text file. ${SAVE_AS_UTF8}`);
  }
  return null;
}

/**
 * The problem to report when a strict UTF-8 decoder (TextDecoder with `fatal: true`) refuses the bytes.
 * `nearRow` is the first row of the chunk that failed (CsvTokenizer.nextRow).
 */
export function notUtf8Problem(nearRow?: number): ImportProblem {
  const where = nearRow === undefined ? '' : ` (at or after row ${nearRow})`;
  return fileProblem(
    'NOT_UTF8',
    `The file is not UTF-8 text${where}: it is probably saved in an older encoding such as Windows-1252 ` +
      `or Latin-1, for example by the plain "CSV" option of a spreadsheet. ${SAVE_AS_UTF8}`,
    nearRow ?? null,
  );
}
