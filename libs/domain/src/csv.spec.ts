import { csvCell, neutraliseCell, toCsv } from './csv';

describe('CSV text', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutraliseCell('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(neutraliseCell('+1+1')).toBe("'+1+1");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('Hamburg')).toBe('Hamburg');
  });

  it('keeps numbers numeric, negative ones included', () => {
    expect(csvCell(-3.25)).toBe('-3.25');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes missing values as empty cells, not zeros', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Women, rural')).toBe('"Women, rural"');
    expect(csvCell('The "best" city')).toBe('"The ""best"" city"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('builds CRLF-separated rows', () => {
    expect(
      toCsv([
        ['Year', 'Total'],
        [2020, 12.5],
        [2021, null],
      ]),
    ).toBe('Year,Total\r\n2020,12.5\r\n2021,\r\n');
  });
});
