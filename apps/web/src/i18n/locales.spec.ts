import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIMENSION_CODES, DIRECTIONS, ERROR_CODES, OBSERVATION_STATUSES, REGION_CODES } from '@lcm/contracts';
import en from './locales/en.json';
import {
  formatDateTime,
  formatIsoDate,
  formatLocale,
  formatNumber,
  formatPercent,
  formatYearRanges,
  yearOfIsoDate,
} from './format';

type Tree = { [key: string]: string | Tree };

function flattenTexts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flattenTexts(value, `${prefix}${key}.`),
  );
}

function flatten(tree: Tree, prefix = ''): string[] {
  return flattenTexts(tree, prefix).map(([key]) => key);
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
  const enTexts = new Map(flattenTexts(en));
  /** Keys of plural forms share a base: `count_one`, `count_other` → `count`. */
  const pluralBases = new Set(
    [...enTexts.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)),
  );
  const baseOf = (key: string) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    return pluralBases.has(base) ? base : key;
  };
  const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]!));

  it('cover French, Spanish and Arabic', () => {
    expect(others.sort()).toEqual(expect.arrayContaining(['ar.json', 'es.json', 'fr.json']));
  });

  describe.each(others)('%s', (file) => {
    const language = file.replace(/\.json$/, '');
    const texts = new Map(flattenTexts(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree));
    // Intl knows which plural forms the language needs: Arabic has six, French and Spanish three.
    const pluralForms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const expectedKeys = [...new Set([...enTexts.keys()].map(baseOf))].flatMap((base) =>
      pluralBases.has(base) ? pluralForms.map((form) => `${base}_${form}`) : [base],
    );

    it('has every text of English, with each plural form of the language', () => {
      expect(expectedKeys.filter((key) => !texts.has(key))).toEqual([]);
    });

    it('has no keys that English lacks', () => {
      const enBases = new Set([...enTexts.keys()].map(baseOf));
      expect([...texts.keys()].filter((key) => !enBases.has(baseOf(key)))).toEqual([]);
    });

    it('keeps the placeholders of English (a plural form may spell out its count)', () => {
      const mismatches = [...texts].flatMap(([key, text]) => {
        const base = baseOf(key);
        const english = [...enTexts].filter(([k]) => baseOf(k) === base).map(([, t]) => placeholders(t));
        const wanted = new Set(english.flatMap((set) => [...set]));
        const got = placeholders(text);
        const extra = [...got].filter((p) => !wanted.has(p));
        const lacking = [...wanted].filter((p) => !got.has(p) && !(p === 'count' && pluralBases.has(base)));
        return extra.length || lacking.length
          ? [`${key}: extra [${extra.join()}] lacking [${lacking.join()}]`]
          : [];
      });
      expect(mismatches).toEqual([]);
    });

    it('translates the texts rather than copying English', () => {
      // The product's name, codes and placeholders stay the same in every language; prose does not.
      const prose = (text: string) =>
        /[a-z]{4,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(text.replace(en.app.name, ''));
      const copied = [...texts].filter(([key, text]) => prose(text) && enTexts.get(key) === text);
      expect(copied.map(([key]) => key)).toEqual([]);
    });
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

  it('formats numbers, percentages and dates in each language', () => {
    // Intl separates French thousands with a narrow no-break space; compare with plain spaces.
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain(formatNumber(1234.5, formatLocale('fr'), 1))).toBe('1 234,5');
    expect(formatNumber(1234.5, formatLocale('es'), 1)).toBe('1234,5');
    expect(formatNumber(12345.5, formatLocale('es'), 1)).toBe('12.345,5');
    expect(plain(formatPercent(29.5, formatLocale('fr'), 1))).toBe('29,5 %');
    expect(formatPercent(29.5, formatLocale('en'), 1)).toBe('29.5%');
    expect(formatIsoDate('2015-01-01', formatLocale('fr'))).toBe('1 janvier 2015');
    expect(formatIsoDate('2015-01-01', formatLocale('es'))).toBe('1 de enero de 2015');
  });

  it('writes Arabic numbers with Western digits', () => {
    const arabic = formatLocale('ar');
    expect(formatNumber(1234.5, arabic, 1)).toMatch(/^1.234.5$/);
    expect(formatPercent(29, arabic)).toMatch(/^\W*29\W*%\W*$/);
    expect(formatNumber(2030, arabic)).not.toMatch(/[٠-٩]/);
    expect(formatIsoDate('2015-01-01', arabic)).toContain('يناير');
    expect(formatIsoDate('2015-01-01', arabic)).toContain('2015');
  });

  it('formats a moment, and leaves text that is no moment as it is', () => {
    expect(formatDateTime('2024-03-05T10:30:00Z', 'en')).toMatch(/Mar 5, 2024/);
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });

  it('shows reporting years as compact ranges', () => {
    expect(formatYearRanges([2024, 2016, 2017, 2018, 2021, 2017])).toBe('2016–2018, 2021, 2024');
    expect(formatYearRanges([])).toBe('');
  });
});
