/** CSV as spreadsheets read it, safe to open: shared by the web's downloads and the API's exports. */

/** A CSV cell: numbers are written as they are, text is quoted and neutralised as needed. */
export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: text that starts like a formula gets a
 * leading apostrophe, so it shows as text and is never run.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds a delimiter, a quote or a line break (RFC 4180). */
function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quote(neutraliseCell(cell));
}

/** Rows to CSV text: comma-separated, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
