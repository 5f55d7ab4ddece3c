import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { readXlsxRows, XlsxReadError, type XlsxRow } from './xlsx-reader';
import { xlsxBytes, type XlsxCell } from './xlsx-writer';
import { DEFAULT_ZIP_LIMITS } from './zip-entries';

async function workbookOf(sheets: { name: string; rows: XlsxCell[][] }[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of xlsxBytes(sheets)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function cellsOf(rows: Iterable<XlsxRow>): string[][] {
  return [...rows].map((row) => row.cells);
}

/** A minimal workbook as Excel writes it: shared strings, cell references with gaps, a second sheet. */
function excelStyleWorkbook(sheetXml: string, sharedStringsXml?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Values" sheetId="1" r:id="rId7"/>' +
        '<sheet name="Notes" sheetId="2" r:id="rId8"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId8" Target="worksheets/sheet2.xml"/>' +
        '<Relationship Id="rId7" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    'xl/worksheets/sheet2.xml': strToU8(
      '<worksheet><sheetData><row r="1"><c><v>9</v></c></row></sheetData></worksheet>',
    ),
  };
  if (sharedStringsXml) files['xl/sharedStrings.xml'] = strToU8(sharedStringsXml);
  return zipSync(files);
}

/** Streams `megabytes` of one repeated byte into a sheet part: about 1,000 times smaller once deflated. */
function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (path: string, text: string) => {
    const part = new ZipDeflate(path);
    zip.add(part);
    part.push(strToU8(text), true);
  };
  add('xl/workbook.xml', '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>');
  add(
    'xl/_rels/workbook.xml.rels',
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>'));
  const filler = new Uint8Array(1024 * 1024).fill(0x41);
  for (let i = 0; i < megabytes; i++) sheet.push(filler);
  sheet.push(strToU8('</t></is></c></row></sheetData></worksheet>'), true);
  zip.end();
  return Buffer.concat(chunks);
}

/** Overwrites the declared (uncompressed) size of a part in the ZIP's central directory. */
function declareSize(zip: Uint8Array, partName: string, size: number): Uint8Array {
  const copy = Uint8Array.from(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength)) === partName) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no part ${partName}`);
}

describe('XLSX writer and reader', () => {
  it('reads back what it wrote: numbers, text, blanks, Unicode and characters XML escapes', async () => {
    const rows: XlsxCell[][] = [
      ['Year', 'City', 'Value'],
      [2019, 'Medellín', 12.5],
      [2020, 'A & B <"quoted">', null],
      [2021, '', -0.25],
    ];
    const zip = await workbookOf([{ name: 'Data', rows }]);
    expect(cellsOf(readXlsxRows(zip))).toEqual([
      ['Year', 'City', 'Value'],
      ['2019', 'Medellín', '12.5'],
      ['2020', 'A & B <"quoted">', ''],
      ['2021', '', '-0.25'],
    ]);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const zip = await workbookOf([
      { name: 'Data', rows: [['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)']] },
    ]);
    const sheetXml = new TextDecoder().decode(unzipSync(zip)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toContain('t="inlineStr"');
    expect(cellsOf(readXlsxRows(zip))).toEqual([['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)']]);
  });

  it('reads the sheet named Data after a metadata front sheet', async () => {
    const zip = await workbookOf([
      { name: 'About this file', rows: [['Exported', '2026-01-01']] },
      { name: 'Data', rows: [['Year'], [2020]] },
    ]);
    expect(cellsOf(readXlsxRows(zip))).toEqual([['Year'], ['2020']]);
  });

  it('reads a 20,000-row sheet row by row, in order', async () => {
    const rows = Array.from({ length: 20000 }, (_, i): XlsxCell[] => [i, `row ${i}`]);
    const zip = await workbookOf([{ name: 'Data', rows }]);
    const reader = readXlsxRows(zip);
    expect(reader.next().value).toEqual({ rowNumber: 1, cells: ['0', 'row 0'] });
    let count = 1;
    for (const row of reader) {
      expect(row.cells[1]).toBe(`row ${row.rowNumber - 1}`);
      count++;
    }
    expect(count).toBe(20000);
  });

  it('reads Excel-style workbooks: shared strings, rich text runs, gaps in cell references, booleans', () => {
    const zip = excelStyleWorkbook(
      '<worksheet><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="3"><c r="A3"><v>2018</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="str"><f>A3</f><v>2018</v></c></row>' +
        '<row r="4"/>' +
        '</sheetData></worksheet>',
      '<sst><si><t>Year</t></si><si><r><t>Val</t></r><r><t xml:space="preserve">ue &amp; more</t></r>' +
        '<rPh><t>ignored</t></rPh></si></sst>',
    );
    expect([...readXlsxRows(zip)]).toEqual([
      { rowNumber: 1, cells: ['Year', '', 'Value & more'] },
      { rowNumber: 3, cells: ['2018', 'TRUE', '2018'] },
      { rowNumber: 4, cells: [] },
    ]);
  });

  it('refuses files that are not workbooks with a message for the uploader', () => {
    expect(() => [...readXlsxRows(strToU8('Year,Value\n2020,1\n'))]).toThrow(
      new XlsxReadError('The file is not an Excel workbook (.xlsx): its ZIP structure is missing or damaged'),
    );
    expect(() => [...readXlsxRows(zipSync({ 'readme.txt': strToU8('hello') }))]).toThrow(
      /xl\/workbook.xml is missing/,
    );
  });

  it('refuses sheet text that is not UTF-8', () => {
    const zip = excelStyleWorkbook(
      '<worksheet><sheetData><row><c t="inlineStr"><is><t>\u0000</t></is></c></row>',
    );
    const broken = zipSync({
      ...unzipSync(zip),
      'xl/worksheets/sheet1.xml': Uint8Array.from([0x3c, 0x72, 0x6f, 0x77, 0x3e, 0xff, 0xfe, 0x3c]),
    });
    expect(() => [...readXlsxRows(broken)]).toThrow(/not valid UTF-8/);
  });

  it('refuses sheet XML it cannot read with a message naming the part', () => {
    const badCharacter = excelStyleWorkbook(
      '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&#x110000;</t></is></c></row></sheetData></worksheet>',
    );
    expect(() => [...readXlsxRows(badCharacter)]).toThrow(
      new XlsxReadError(
        'The workbook part xl/worksheets/sheet1.xml is damaged: &#x110000; is not a character',
      ),
    );
    const unclosedTag = excelStyleWorkbook(
      `<worksheet><sheetData><row r="1"><c ${' '.repeat(5 * 1024 * 1024)}`,
    );
    // Blanks compress far beyond real sheets: lift the ZIP bomb ratio to reach the XML reader.
    const limits = { ...DEFAULT_ZIP_LIMITS, maxRatio: Infinity };
    expect(() => [...readXlsxRows(unclosedTag, limits)]).toThrow(XlsxReadError);
    expect(() => [...readXlsxRows(unclosedTag, limits)]).toThrow(
      /sheet1\.xml is damaged: an XML element is longer/,
    );
  });

  describe('ZIP bombs disguised as XLSX', () => {
    it('stops inflating a bomb with an honest header at the compression ratio, before it fills memory', () => {
      const bomb = zipBomb(100);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const before = process.memoryUsage().rss;
      expect(() => [...readXlsxRows(bomb)]).toThrow(/compressed more than 200 times.*possible ZIP bomb/);
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    });

    it('refuses a part whose declared size is too large before inflating anything', () => {
      const bomb = declareSize(zipBomb(2), 'xl/worksheets/sheet1.xml', 0xfffffff0);
      expect(() => [...readXlsxRows(bomb)]).toThrow(
        /would unpack to 4096 MB, more than the 1024 MB accepted/,
      );
    });

    it('stops a part that unpacks to more than its header declares', () => {
      const bomb = declareSize(zipBomb(2), 'xl/worksheets/sheet1.xml', 1000);
      expect(() => [...readXlsxRows(bomb)]).toThrow(/unpacks to more than its header declares/);
    });

    it('caps the inflated total even when the ratio looks ordinary', async () => {
      const rows = Array.from({ length: 5000 }, (_, i): XlsxCell[] => [i, Math.sqrt(i), `label ${i * 7919}`]);
      const zip = await workbookOf([{ name: 'Data', rows }]);
      const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 64 * 1024, maxTotalBytes: 64 * 1024 };
      expect(() => [...readXlsxRows(zip, limits)]).toThrow(
        /would unpack to \d+ KB, more than the 64 KB accepted/,
      );
    });
  });
});
