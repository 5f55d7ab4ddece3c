import {
  cityRefArea,
  detectFormat,
  exchangeIndicator,
  notUtf8Problem,
  openSdgFileName,
  sniffEncoding,
  type ExchangeIndicator,
} from '.';

describe('telling the format from the first row', () => {
  it('recognises each format by its columns, whatever the file is called', () => {
    expect(detectFormat(['DATAFLOW', 'FREQ', 'TIME_PERIOD', 'OBS_VALUE'], 'data.txt')).toEqual({
      ok: true,
      format: 'sdmx-csv-1',
    });
    expect(detectFormat(['STRUCTURE', 'STRUCTURE_ID', 'ACTION', 'OBS_VALUE'])).toEqual({
      ok: true,
      format: 'sdmx-csv-2',
    });
    expect(detectFormat(['year', 'city', 'indicator', 'sex', 'value'], 'indicator_4-3-1.csv')).toEqual({
      ok: true,
      format: 'template-csv',
    });
    expect(detectFormat(['Year', 'Sex', 'GeoCode', 'Value'], 'export.csv')).toEqual({
      ok: true,
      format: 'open-sdg-csv',
    });
  });

  it('says what it expected, and what the file name suggests', () => {
    expect(detectFormat(['Jahr', 'Wert'], 'indicator_4-3-1.csv')).toEqual({
      ok: false,
      problem: {
        row: 1,
        column: null,
        code: 'UNKNOWN_FORMAT',
        message:
          'The first row (Jahr, Wert) does not match a format the importer knows. Expected our template (columns ' +
          'city, indicator, year, value, …), Open SDG CSV (first column Year, last column Value), SDMX-CSV 1.0 ' +
          '(first column DATAFLOW) or SDMX-CSV 2.0 (first columns STRUCTURE, STRUCTURE_ID). The name ' +
          'indicator_4-3-1.csv suggests an Open SDG file: its first column must be Year and its last Value.',
      },
    });
  });
});

describe('encodings', () => {
  it('recognises UTF-16 by its byte-order mark or its zero bytes', () => {
    expect(sniffEncoding(Uint8Array.from([0xff, 0xfe, 0x59, 0x00]))).toMatchObject({ code: 'UTF16' });
    expect(sniffEncoding(Uint8Array.from([0xfe, 0xff, 0x00, 0x59]))).toMatchObject({ code: 'UTF16' });
    const utf16WithoutMark = Uint8Array.from(Buffer.from('Year,Value\r\n', 'utf16le'));
    expect(sniffEncoding(utf16WithoutMark)?.message).toBe(
      'The file is saved as UTF-16 text ("Unicode text" in some spreadsheets), which cannot be read. ' +
        'Save it as "CSV UTF-8 (comma delimited)" and upload it again.',
    );
  });

  it('lets UTF-8, with or without its byte-order mark, and Latin-1 through to the decoder', () => {
    expect(sniffEncoding(Uint8Array.from(Buffer.from('\uFEFFYear,Value\n2020,£5\n', 'utf8')))).toBeNull();
    expect(sniffEncoding(Uint8Array.from(Buffer.from('Year,Value\n2020,£5\n', 'latin1')))).toBeNull();
  });

  it('explains a file a strict UTF-8 decoder refuses, such as Latin-1 bytes', () => {
    const latin1 = Uint8Array.from(Buffer.from('Year,Series,Value\n2016,Less than £14,5.9\n', 'latin1'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow('not valid');
    expect(notUtf8Problem(2)).toEqual({
      row: 2,
      column: null,
      code: 'NOT_UTF8',
      message:
        'The file is not UTF-8 text (at or after row 2): it is probably saved in an older encoding such as ' +
        'Windows-1252 or Latin-1, for example by the plain "CSV" option of a spreadsheet. ' +
        'Save it as "CSV UTF-8 (comma delimited)" and upload it again.',
    });
  });
});

describe('names used by exports', () => {
  const indicator = (code: string, nodes: string[]): ExchangeIndicator =>
    exchangeIndicator({
      code,
      unit: 'PT',
      minValue: 0,
      maxValue: 100,
      dimensions: [],
      aggregation: 'share',
      sdgSeriesCode: null,
      frameworkNodes: nodes,
    });

  it('derives the SDG indicator codes from framework nodes', () => {
    expect(indicator('SDG_11_B_2', ['KF.1.3', 'SDG.11.b.2', 'SDG.11', 'ISO.10']).sdgIndicatorCodes).toEqual([
      '11.b.2',
    ]);
  });

  it('names an Open SDG file by its SDG code only when that code finds the indicator back', () => {
    const catalogue = [
      indicator('SDG_4_3_1', ['SDG.4.3.1']),
      indicator('LC_2_2_ENR', ['SDG.4.3.1']),
      indicator('SDG_4_6_1_LIT', ['SDG.4.6.1']),
      indicator('SDG_4_6_1_NUM', ['SDG.4.6.1']),
    ];
    expect(catalogue.map((i) => openSdgFileName(i, catalogue))).toEqual([
      'indicator_4-3-1.csv',
      'indicator_LC_2_2_ENR.csv',
      'indicator_SDG_4_6_1_LIT.csv',
      'indicator_SDG_4_6_1_NUM.csv',
    ]);
  });

  it('gives a city an SDMX area code from its country and slug', () => {
    expect(cityRefArea({ slug: 'cork', countryIso3: 'IRL' })).toBe('IRL-CORK');
  });
});
