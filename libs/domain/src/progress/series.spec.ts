import { parseYearLabel, toYearPoints } from './series';

describe('year labels', () => {
  it('reads years and reporting periods by their first year', () => {
    expect(parseYearLabel(2015)).toBe(2015);
    expect(parseYearLabel('2015')).toBe(2015);
    expect(parseYearLabel('2015-16')).toBe(2015);
    expect(parseYearLabel('2015/16')).toBe(2015);
    expect(parseYearLabel('2015–2016')).toBe(2015);
    expect(parseYearLabel(' 2019 - 20 ')).toBe(2019);
  });

  it('rejects what is not a year', () => {
    expect(parseYearLabel('FY15')).toBeNull();
    expect(parseYearLabel('15-16')).toBeNull();
    expect(parseYearLabel('2015-1')).toBeNull();
    expect(parseYearLabel(2015.5)).toBeNull();
    expect(parseYearLabel('')).toBeNull();
  });
});

describe('preparing a series', () => {
  it('sorts by year, leaves out missing values and values after the year asked for', () => {
    const { points, problem } = toYearPoints(
      [
        { year: 2022, value: 86 },
        { year: '2015-16', value: 80 },
        { year: 2018, value: Number.NaN },
        { year: 2024, value: 90 },
      ],
      2023,
    );
    expect(problem).toBeNull();
    expect(points).toEqual([
      { year: 2015, value: 80 },
      { year: 2022, value: 86 },
    ]);
  });

  it('flags two values for the same year', () => {
    const { problem } = toYearPoints([
      { year: 2015, value: 80 },
      { year: '2015/16', value: 81 },
    ]);
    expect(problem).toBe('duplicate_year');
  });
});
