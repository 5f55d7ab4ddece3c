import { CsvTokenizer, ImportFileError, type CsvRecord } from '.';

function readAll(chunks: string[], maxRecordLength?: number): CsvRecord[] {
  const tokenizer = new CsvTokenizer(maxRecordLength === undefined ? {} : { maxRecordLength });
  const records = chunks.flatMap((chunk) => tokenizer.push(chunk));
  return [...records, ...tokenizer.end()];
}

function problemOf(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const SAMPLE =
  '\uFEFFYear,Series,Value\r\n2016,"Less than £14,999",5.9\r\n2017,"two\r\nlines, and ""quotes""",\r\n\r\n2018,,7\r\n';

describe('reading CSV records', () => {
  it('follows RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes, CRLF, BOM', () => {
    expect(readAll([SAMPLE])).toEqual([
      { row: 1, line: 1, fields: ['Year', 'Series', 'Value'] },
      { row: 2, line: 2, fields: ['2016', 'Less than £14,999', '5.9'] },
      { row: 3, line: 3, fields: ['2017', 'two\r\nlines, and "quotes"', ''] },
      // The empty line is row 5 in a spreadsheet, but yields no record.
      { row: 5, line: 6, fields: ['2018', '', '7'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries, even inside CRLF and doubled quotes', () => {
    const whole = readAll([SAMPLE]);
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < SAMPLE.length; i += size) chunks.push(SAMPLE.slice(i, i + size));
      expect(readAll(chunks)).toEqual(whole);
    }
  });

  it('reads LF and lone CR line ends, and a last line without a line end', () => {
    expect(readAll(['a,b\nc,d\re,f']).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(readAll(['a,\n,']).map((r) => r.fields)).toEqual([
      ['a', ''],
      ['', ''],
    ]);
  });

  it('reads nothing from an empty text', () => {
    expect(readAll([''])).toEqual([]);
    expect(readAll(['\uFEFF', '\r\n'])).toEqual([]);
  });

  it('names the row of a quoted cell that is never closed', () => {
    expect(problemOf(() => readAll(['Year,Value\n2020,"12\n2021,13\n']))).toEqual({
      row: 2,
      column: null,
      code: 'BROKEN_QUOTING',
      message:
        'Row 2 opens a quoted cell that is never closed: a quote mark (") is missing. ' +
        'Check the quote marks of that row, or save the file again from the spreadsheet.',
    });
  });

  it('refuses stray quote marks inside or after a cell', () => {
    expect(problemOf(() => readAll(['a,b\n12" screen,1\n']))).toMatchObject({
      row: 2,
      code: 'BROKEN_QUOTING',
    });
    expect(problemOf(() => readAll(['a,b\n"12" screen,1\n']))).toMatchObject({
      row: 2,
      code: 'BROKEN_QUOTING',
    });
  });

  it('stops at a record longer than the limit instead of buffering the rest of the file', () => {
    const tokenizer = new CsvTokenizer({ maxRecordLength: 100 });
    expect(tokenizer.push('Year,Value\n2020,"')).toEqual([{ row: 1, line: 1, fields: ['Year', 'Value'] }]);
    expect(problemOf(() => tokenizer.push('x'.repeat(200)))).toEqual({
      row: 2,
      column: null,
      code: 'RECORD_TOO_LONG',
      message:
        'Row 2 is longer than 100 characters. This usually means a quote mark (") opens a cell and is never closed; ' +
        'otherwise shorten the text of that row.',
    });
  });

  it('refuses a 2 MB line with the default limit', () => {
    const line = `2020,${'9'.repeat(2 * 1024 * 1024)}\n`;
    expect(problemOf(() => readAll(['Year,Value\n', line]))).toMatchObject({
      row: 2,
      code: 'RECORD_TOO_LONG',
      message: expect.stringContaining('Row 2 is longer than 2 MB') as unknown,
    });
  });
});
