import { parseNumber, parseYear } from '.';

describe('reading years', () => {
  it.each([
    ['2021', 2021, null],
    [' 2021 ', 2021, null],
    ['2021-A1', 2021, null],
    ['2009/10', 2009, '2009/10'],
    ['2018/2019', 2018, '2018/2019'],
    ['2099/00', 2099, '2099/00'],
    ['2010 to 2011', 2010, '2010 to 2011'],
    ['2010-2011', 2010, '2010-2011'],
  ])('%s counts for %d', (text, year, timeDetail) => {
    expect(parseYear(text)).toEqual({ ok: true, year, timeDetail });
  });

  it('refuses quarters and shorter periods, naming the year to use instead', () => {
    expect(parseYear('2001 Q3')).toEqual({
      ok: false,
      code: 'QUARTER',
      message:
        "'2001 Q3' is a quarter, but indicators take one value per year: give the value for the whole year 2001 instead.",
    });
    expect(parseYear('2020-Q1')).toMatchObject({ ok: false, code: 'QUARTER' });
    expect(parseYear('Q2 2020')).toMatchObject({ ok: false, code: 'QUARTER' });
    expect(parseYear('2020-03')).toMatchObject({
      ok: false,
      code: 'QUARTER',
      message: expect.stringContaining('shorter than a year') as unknown,
    });
  });

  it('refuses what is not a year, backwards ranges and years outside the reporting range', () => {
    expect(parseYear('')).toMatchObject({
      ok: false,
      code: 'BAD_YEAR',
      message: expect.stringContaining('missing') as unknown,
    });
    expect(parseYear('last year')).toEqual({
      ok: false,
      code: 'BAD_YEAR',
      message:
        "'last year' is not a year: write a year such as 2021, an academic year such as 2020/21, or a range such as 2020 to 2021.",
    });
    expect(parseYear('2011 to 2010')).toMatchObject({ ok: false, code: 'BAD_YEAR' });
    expect(parseYear('2019/2018')).toMatchObject({ ok: false, code: 'BAD_YEAR' });
    expect(parseYear('1999')).toEqual({
      ok: false,
      code: 'BAD_YEAR',
      message: '1999 is outside the reporting years 2000 to 2100.',
    });
  });
});

describe('reading values', () => {
  it.each([
    ['70 ', 70],
    ['12.5', 12.5],
    ['-0.25', -0.25],
    ['.5', 0.5],
    ['102.010498046875', 102.010498046875],
    ['1e3', 1000],
  ])('%j is %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it('reads a blank cell as missing', () => {
    expect(parseNumber('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['1e309', 'NOT_FINITE', "'1e309' is too large to be stored as a number."],
    [
      'NaN',
      'NOT_FINITE',
      "'NaN' is not a number. Leave the value empty and mark it missing (status M) if there is none.",
    ],
    ['-Infinity', 'NOT_FINITE', expect.stringContaining('is not a number') as unknown],
    ['12,5', 'DECIMAL_COMMA', "'12,5' uses a decimal comma: write it with a dot, as 12.5."],
    [
      '1 234',
      'THOUSANDS_SEPARATOR',
      "'1 234' has a thousands separator: write the number without it, as 1234.",
    ],
    [
      '1\u00a0234,5',
      'THOUSANDS_SEPARATOR',
      "'1\u00a0234,5' has a thousands separator: write the number without it, as 1234.5.",
    ],
    [
      '1.234.567',
      'THOUSANDS_SEPARATOR',
      "'1.234.567' has a thousands separator: write the number without it, as 1234567.",
    ],
    [
      '1,234,567',
      'THOUSANDS_SEPARATOR',
      "'1,234,567' has a thousands separator: write the number without it, as 1234567.",
    ],
    [
      '1,234',
      'THOUSANDS_SEPARATOR',
      "'1,234' has a comma, which may be a thousands separator or a decimal comma: write the number without " +
        'thousands separators and with a dot as decimal mark.',
    ],
    ['<5', 'BAD_NUMBER', "'<5' is not a number."],
    ['12%', 'BAD_NUMBER', "'12%' is not a number."],
  ])('refuses %j with words that say why', (text, code, message) => {
    expect(parseNumber(text)).toEqual({ ok: false, code, message });
  });
});
