import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSION_CODES, DIRECTIONS, ERROR_CODES, OBSERVATION_STATUSES, REGION_CODES } from '@lcm/contracts';
import en from './locales/en.json';
import { formatIsoDate, formatNumber, formatYearRanges, yearOfIsoDate } from './format';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const enKeys = new Set(flatten(en));

describe('English texts', () => {
  it('name every region, status, direction, dimension and error code', () => {
    const expected = [
      ...REGION_CODES.map((c) => `regions.${c}`),
      ...OBSERVATION_STATUSES.map((c) => `status.${c}`),
      ...DIRECTIONS.map((c) => `direction.${c}`),
      ...DIMENSION_CODES.map((c) => `dimensions.${c}`),
      ...[...ERROR_CODES, 'NETWORK_ERROR', 'INVALID_RESPONSE'].map((c) => `errors.${c}`),
    ];
    expect(expected.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('use the UNESCO region names', () => {
    expect(en.regions).toMatchObject({
      AFR: 'Africa',
      ARB: 'Arab States',
      APA: 'Asia and the Pacific',
      ENA: 'Europe and North America',
      LAC: 'Latin America and the Caribbean',
    });
  });

  it('say that demo data is synthetic', () => {
    expect(en.demo.banner).toBe('Demo data: values are synthetic, for demonstration only');
  });
});

describe('translations', () => {
  const dir = join(__dirname, 'locales');
  const others = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json');
  const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

  it.each(others.length ? others : ['(none yet)'])('%s has no keys that English lacks', (file) => {
    if (file === '(none yet)') return;
    const keys = flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree);
    const enBases = new Set([...enKeys].map(pluralBase));
    expect(keys.filter((k) => !enBases.has(pluralBase(k)))).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats numbers with the indicator decimals', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(12, 'en', 2)).toBe('12.00');
  });

  it('formats ISO dates without a time-zone shift', () => {
    expect(formatIsoDate('2015-01-01', 'en')).toBe('January 1, 2015');
    expect(yearOfIsoDate('2016-09-18')).toBe(2016);
    expect(yearOfIsoDate(null)).toBeNull();
  });

  it('shows reporting years as compact ranges', () => {
    expect(formatYearRanges([2024, 2016, 2017, 2018, 2021, 2017])).toBe('2016–2018, 2021, 2024');
    expect(formatYearRanges([])).toBe('');
  });
});
