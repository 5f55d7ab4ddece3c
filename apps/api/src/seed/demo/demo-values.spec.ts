import { TOTAL_CODE } from '@lcm/contracts';
import type { DemoObservationSeed, IndicatorSeed } from '../seed-types';
import { CITIES } from '../reference/cities';
import { DIMENSIONS } from '../reference/dimensions';
import { INDICATORS } from '../reference/indicators';
import { DEMO_YEARS, generateDemoObservations } from './demo-values';

const DIMENSION_FIELDS = [
  ['SEX', 'sex'],
  ['AGE', 'age'],
  ['URBANISATION', 'urbanisation'],
  ['DISABILITY_STATUS', 'disabilityStatus'],
] as const;

const indicatorsByCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));
const indicatorOf = (row: DemoObservationSeed): IndicatorSeed => {
  const indicator = indicatorsByCode.get(row.indicator);
  if (!indicator) throw new Error(`unknown indicator ${row.indicator}`);
  return indicator;
};
/** The indicator of a group of rows that all belong to one indicator. */
const indicatorOfRows = (rows: readonly DemoObservationSeed[]): IndicatorSeed => {
  const [first] = rows;
  if (!first) throw new Error('empty group');
  return indicatorOf(first);
};
const disaggregatedFields = (row: DemoObservationSeed) =>
  DIMENSION_FIELDS.filter(([, field]) => row[field] !== TOTAL_CODE);
const isHeadline = (row: DemoObservationSeed) => disaggregatedFields(row).length === 0;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

describe('generateDemoObservations', () => {
  let observations: DemoObservationSeed[];
  /** Rows of one city, year and indicator: the headline value and its breakdowns. */
  let rowGroups: DemoObservationSeed[][];
  /** Headline values of one city and indicator, oldest first. */
  let headlineSeries: DemoObservationSeed[][];

  beforeAll(() => {
    observations = generateDemoObservations(CITIES, INDICATORS);
    console.log(
      `demo observations: ${observations.length} for ${CITIES.length} cities, ${INDICATORS.length} indicators, ${DEMO_YEARS.length} years`,
    );
    rowGroups = [...groupBy(observations, (row) => `${row.citySlug}|${row.year}|${row.indicator}`).values()];
    headlineSeries = [
      ...groupBy(observations.filter(isHeadline), (row) => `${row.citySlug}|${row.indicator}`).values(),
    ].map((series) => [...series].sort((a, b) => a.year - b.year));
  });

  it('covers 2015–2025 by default with a demo-sized volume', () => {
    expect(DEMO_YEARS).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(observations.length).toBeGreaterThanOrEqual(150_000);
    expect(observations.length).toBeLessThanOrEqual(250_000);
  });

  it('is deterministic, and a city does not depend on the others in the call', () => {
    expect(generateDemoObservations(CITIES, INDICATORS)).toEqual(observations);
    const cork = CITIES.filter((city) => city.slug === 'cork');
    expect(generateDemoObservations(cork, INDICATORS)).toEqual(
      observations.filter((row) => row.citySlug === 'cork'),
    );
  });

  // Row-level checks collect the offending rows and assert once: one expect per row would be slow.
  it('only refers to seeded cities, indicators and dimension codes, each key once', () => {
    const slugs = new Set(CITIES.map((city) => city.slug));
    const allowedCodes = new Map(
      DIMENSIONS.map((dimension) => [dimension.code, dimension.values.map((value) => value.code)]),
    );
    const unknown = observations.filter(
      (row) =>
        !slugs.has(row.citySlug) ||
        DIMENSION_FIELDS.some(
          ([dimension, field]) =>
            row[field] !== TOTAL_CODE &&
            (!indicatorOf(row).dimensions.includes(dimension) ||
              !allowedCodes.get(dimension)?.includes(row[field])),
        ),
    );
    expect(unknown).toEqual([]);
    const keys = new Set(
      observations.map(
        (row) =>
          `${row.citySlug}|${row.year}|${row.indicator}|${row.sex}|${row.age}|${row.urbanisation}|${row.disabilityStatus}`,
      ),
    );
    expect(keys.size).toBe(observations.length);
  });

  it('breaks a value down by one dimension at a time, never a cross product', () => {
    expect(observations.filter((row) => disaggregatedFields(row).length > 1)).toEqual([]);
    const corkSchooling = observations.filter(
      (row) => row.citySlug === 'cork' && row.year === 2016 && row.indicator === 'SDG_4_1_2_LSEC',
    );
    expect(corkSchooling.map((row) => `${row.sex}/${row.urbanisation}`)).toEqual([
      '_T/_T',
      'F/_T',
      'M/_T',
      '_T/U',
      '_T/R',
    ]);
  });

  it('keeps values within the valid range, rounded to the indicator decimals', () => {
    const invalid = observations.filter((row) => {
      const indicator = indicatorOf(row);
      if (row.value === null) return true;
      const scaled = row.value * 10 ** indicator.decimals;
      return (
        row.value < (indicator.minValue ?? -Infinity) ||
        row.value > (indicator.maxValue ?? Infinity) ||
        Math.abs(scaled - Math.round(scaled)) > 1e-6
      );
    });
    expect(invalid).toEqual([]);
  });

  it('makes counts add up exactly and puts rate totals between their parts', () => {
    const inconsistent: string[] = [];
    let checkedSums = 0;
    for (const rows of rowGroups) {
      const headline = rows.find(isHeadline);
      const indicator = indicatorOfRows(rows);
      if (!headline || indicator.aggregation === 'none') continue;
      const total = headline.value ?? NaN;
      for (const [dimension, field] of DIMENSION_FIELDS) {
        const parts = rows.filter((row) => row[field] !== TOTAL_CODE).map((row) => row.value ?? NaN);
        if (parts.length === 0) continue;
        const consistent =
          indicator.aggregation === 'sum'
            ? parts.reduce((sum, part) => sum + part, 0) === total
            : total >= Math.min(...parts) && total <= Math.max(...parts);
        if (indicator.aggregation === 'sum') checkedSums += 1;
        if (!consistent)
          inconsistent.push(`${headline.citySlug} ${headline.year} ${headline.indicator} ${dimension}`);
      }
    }
    expect(checkedSums).toBeGreaterThan(0);
    expect(inconsistent).toEqual([]);
  });

  it('switches yes/no indicators at most once', () => {
    for (const series of headlineSeries.filter((rows) => indicatorOfRows(rows).unit === 'BINARY')) {
      const switches = series.filter(
        (row, index) => index > 0 && row.value !== series[index - 1]?.value,
      ).length;
      expect(switches).toBeLessThanOrEqual(1);
    }
  });

  it('derives parity indices from the disaggregated completion rates', () => {
    const lowerSecondary = groupBy(
      observations.filter((row) => row.indicator === 'SDG_4_1_2_LSEC'),
      (row) => `${row.citySlug}|${row.year}`,
    );
    const parities = observations.filter((row) => row.indicator === 'SDG_4_5_1_LSEC_GPI');
    expect(parities.length).toBeGreaterThan(0);
    for (const parity of parities) {
      const rows = lowerSecondary.get(`${parity.citySlug}|${parity.year}`) ?? [];
      const ratio =
        (rows.find((row) => row.sex === 'F')?.value ?? NaN) /
        (rows.find((row) => row.sex === 'M')?.value ?? NaN);
      expect(parity.value).toBeCloseTo(ratio <= 1 ? ratio : 2 - 1 / ratio, 2);
    }
  });

  it('shows realistic gaps: rural schooling behind urban, online learning of older people behind youth', () => {
    const meanOf = (indicator: string, field: 'urbanisation' | 'age', code: string) => {
      const values = observations
        .filter((row) => row.indicator === indicator && row[field] === code)
        .map((row) => row.value ?? NaN);
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(meanOf('SDG_4_1_2_USEC', 'urbanisation', 'R')).toBeLessThan(
      meanOf('SDG_4_1_2_USEC', 'urbanisation', 'U') - 5,
    );
    expect(meanOf('LC_2_4_ONL', 'age', 'Y_GE65')).toBeLessThan(meanOf('LC_2_4_ONL', 'age', 'Y15T24'));
  });

  it('mostly improves towards the targets, with some series stagnating or deteriorating', () => {
    const changes = headlineSeries
      .filter((series) => series.length >= 5 && indicatorOfRows(series).direction !== 'target')
      .map((series) => {
        const indicator = indicatorOfRows(series);
        const change =
          ((series.at(-1)?.value ?? NaN) - (series[0]?.value ?? NaN)) *
          (indicator.direction === 'lower' ? -1 : 1);
        return Math.sign(change);
      });
    const improving = changes.filter((sign) => sign > 0).length / changes.length;
    expect(improving).toBeGreaterThan(0.55);
    expect(improving).toBeLessThan(0.9);
  });

  it('leaves realistic gaps in reporting', () => {
    const yearsByCity = groupBy(observations, (row) => row.citySlug);
    const citiesWithData = [...yearsByCity.values()].map((rows) => new Set(rows.map((row) => row.year)));
    const missing2025 = citiesWithData.filter((years) => !years.has(2025)).length / citiesWithData.length;
    expect(missing2025).toBeGreaterThan(0.2);
    expect(missing2025).toBeLessThan(0.4);

    const startsAfterJoining = CITIES.filter((city) => {
      const years = [
        ...new Set(observations.filter((row) => row.citySlug === city.slug).map((row) => row.year)),
      ];
      return Math.min(...years) > Number(city.joinedOn?.slice(0, 4));
    });
    expect(startsAfterJoining.length).toBeGreaterThan(5);

    const skippedYears = citiesWithData.filter((years) => {
      const reported = [...years].sort();
      return reported.some((year, index) => index > 0 && year - (reported[index - 1] ?? year) > 1);
    });
    expect(skippedYears.length).toBeGreaterThan(5);
  });

  it('marks a few values estimated or provisional, provisional mostly in the latest year', () => {
    const share = (status: string, rows: readonly DemoObservationSeed[]) =>
      rows.filter((row) => row.status === status).length / rows.length;
    expect(share('A', observations)).toBeGreaterThan(0.85);
    expect(share('E', observations)).toBeGreaterThan(0.02);
    const latestYearByCity = new Map<string, number>();
    for (const row of observations)
      latestYearByCity.set(row.citySlug, Math.max(row.year, latestYearByCity.get(row.citySlug) ?? 0));
    const inLatestYear = observations.filter((row) => row.year === latestYearByCity.get(row.citySlug));
    const provisional = observations.filter((row) => row.status === 'P');
    expect(share('P', inLatestYear)).toBeGreaterThan(0.2);
    expect(
      provisional.filter((row) => row.year === latestYearByCity.get(row.citySlug)).length /
        provisional.length,
    ).toBeGreaterThan(0.8);
  });

  it('contains rare single-year jumps for outlier detection to find', () => {
    const continuous = headlineSeries.filter((series) => {
      const indicator = indicatorOfRows(series);
      return indicator.unit !== 'BINARY' && indicator.bestBound !== null && indicator.worstBound !== null;
    });
    let values = 0;
    let jumps = 0;
    for (const series of continuous) {
      const indicator = indicatorOfRows(series);
      const span = Math.abs((indicator.bestBound ?? 0) - (indicator.worstBound ?? 0));
      for (let index = 1; index < series.length - 1; index += 1) {
        values += 1;
        const [before, current, after] = [series[index - 1], series[index], series[index + 1]].map(
          (row) => row?.value ?? NaN,
        );
        const up = (current ?? NaN) - (before ?? NaN);
        const down = (current ?? NaN) - (after ?? NaN);
        if (Math.sign(up) === Math.sign(down) && Math.min(Math.abs(up), Math.abs(down)) > 0.15 * span)
          jumps += 1;
      }
    }
    expect(jumps).toBeGreaterThan(0);
    expect(jumps / values).toBeLessThan(0.01);
  });
});
