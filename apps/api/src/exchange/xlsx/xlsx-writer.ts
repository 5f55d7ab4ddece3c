import { Zip, ZipDeflate } from 'fflate';
import { escapeXml } from './xml-text';

/** A spreadsheet cell: numbers stay numbers; text is always written as text, so it never runs as a formula. */
export type XlsxCell = string | number | null | undefined;

export interface XlsxSheet {
  /** Shown on the sheet's tab; cut to Excel's 31 characters without `[]:*?/\`. */
  name: string;
  rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>;
  /** Makes the first row bold and keeps it in view while scrolling. */
  headerRow?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Rows turned into XML before each hand-over to the compressor. */
const ROWS_PER_PIECE = 500;

const encoder = new TextEncoder();

/**
 * Writes a workbook as a stream of ZIP bytes: each sheet's rows are turned into XML and compressed a
 * few hundred at a time as they are read from `rows`, so a sheet of a million rows never sits in memory.
 * Text goes in as inline strings, which spreadsheets show as typed and never evaluate: a cell `=1+1`
 * stays the text `=1+1`, so no apostrophe is needed and the values survive a round trip unchanged.
 */
export async function* xlsxBytes(sheets: readonly XlsxSheet[]): AsyncGenerator<Uint8Array> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* output.splice(0);
  };
  const addPart = (path: string, xml: string) => {
    const part = new ZipDeflate(path, { level: 6 });
    zip.add(part);
    part.push(encoder.encode(xml), true);
  };

  addPart('[Content_Types].xml', contentTypes(sheets.length));
  addPart('_rels/.rels', packageRelations());
  addPart('xl/workbook.xml', workbook(sheets));
  addPart('xl/_rels/workbook.xml.rels', workbookRelations(sheets.length));
  addPart('xl/styles.xml', STYLES);
  yield* drain();

  for (const [index, sheet] of sheets.entries()) {
    const part = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: 6 });
    zip.add(part);
    const frozenHeader = sheet.headerRow
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '';
    let xml = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}">${frozenHeader}<sheetData>`;
    let rowNumber = 0;
    for await (const cells of sheet.rows) {
      rowNumber++;
      xml += rowXml(rowNumber, cells, sheet.headerRow === true && rowNumber === 1);
      if (rowNumber % ROWS_PER_PIECE === 0) {
        part.push(encoder.encode(xml));
        xml = '';
        yield* drain();
      }
    }
    part.push(encoder.encode(`${xml}</sheetData></worksheet>`), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

function rowXml(rowNumber: number, cells: readonly XlsxCell[], bold: boolean): string {
  const style = bold ? ' s="1"' : '';
  let xml = `<row r="${rowNumber}">`;
  for (const cell of cells) {
    if (typeof cell === 'number') {
      xml += Number.isFinite(cell) ? `<c${style}><v>${cell}</v></c>` : `<c${style}/>`;
    } else if (cell === null || cell === undefined || cell === '') {
      xml += `<c${style}/>`;
    } else {
      xml += `<c${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    }
  }
  return `${xml}</row>`;
}

/** Excel refuses tab names over 31 characters, with `[]:*?/\`, or twice the same. */
export function sheetTabNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    let tab =
      name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${index + 1}`;
    if (used.has(tab.toLowerCase())) tab = `${tab.slice(0, 27)} (${index + 1})`;
    used.add(tab.toLowerCase());
    return tab;
  });
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${sheets}</Types>`
  );
}

function packageRelations(): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>'
  );
}

function workbook(sheets: readonly XlsxSheet[]): string {
  const tabs = sheetTabNames(sheets.map((s) => s.name))
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${tabs}</sheets></workbook>`;
}

function workbookRelations(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`;
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${sheets}${styles}</Relationships>`;
}

/** Style 0 plain, style 1 bold (header rows). */
const STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '</styleSheet>';
