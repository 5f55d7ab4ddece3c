import type {
  AnalyticsCity,
  AnalyticsIndicator,
  ComparisonCityRow,
  IndicatorComparisonResponse,
  ProgressMeasure,
  ProgressStatus,
  ProgressUnavailableReason,
  ScoreBand,
} from '@lcm/contracts';

export const participation: AnalyticsIndicator = {
  code: 'SDG_4_3_1',
  name: 'Participation of youth and adults in education and training',
  unit: 'PT',
  unitLabel: '%',
  direction: 'higher',
  decimals: 1,
  targetValue: null,
  targetYear: null,
  bestBound: 70,
  worstBound: 5,
};

export function progress(
  status: ProgressStatus,
  reason: ProgressUnavailableReason | null = null,
): ProgressMeasure {
  return {
    method: 'open-sdg',
    status,
    reason,
    score: null,
    basis: 'trend',
    targetValue: null,
    targetYear: 2030,
    baseYear: null,
    baseValue: null,
    latestYear: null,
    latestValue: null,
    targetAchieved: status === 'target_achieved',
    transform: null,
    cagrObserved: null,
    cagrRequired: null,
    progressValue: null,
    limitScaling: null,
    projectedValue: null,
  };
}

export function city(slug: string, name: string, position: [number, number] | null = [0, 0]): AnalyticsCity {
  return {
    slug,
    name,
    countryIso3: 'XXX',
    countryName: 'Somewhere',
    region: 'ENA',
    population: 500_000,
    latitude: position?.[0] ?? null,
    longitude: position?.[1] ?? null,
  };
}

export const YEARS = [2015, 2016, 2017, 2018, 2019];

interface RowSpec {
  city: AnalyticsCity;
  values: (number | null)[];
  rank?: number;
  of?: number;
  score?: number | null;
  band?: ScoreBand | null;
  status?: ProgressStatus;
  reason?: ProgressUnavailableReason | null;
}

/** A comparison row whose latest value is the last non-null value, with the standing given. */
export function row(spec: RowSpec): ComparisonCityRow {
  const lastIndex = spec.values.findLastIndex((value) => value !== null);
  const latestValue = spec.values[lastIndex];
  const latestYear = YEARS[lastIndex];
  return {
    city: spec.city,
    values: YEARS.map((_, index) => spec.values[index] ?? null),
    statuses: YEARS.map((_, index) => ((spec.values[index] ?? null) === null ? null : 'A')),
    scores: YEARS.map(() => null),
    ranks: YEARS.map(() => null),
    percentiles: YEARS.map(() => null),
    latest:
      latestValue === undefined || latestValue === null || latestYear === undefined
        ? null
        : {
            year: latestYear,
            value: latestValue,
            status: 'A',
            score: spec.score ?? null,
            band: spec.band ?? null,
            standing: { rank: spec.rank ?? 1, of: spec.of ?? 1, percentile: null },
          },
    progress: progress(spec.status ?? 'moderate', spec.reason ?? null),
  };
}

export const cork = city('cork', 'Cork', [51.9, -8.47]);
export const hangzhou = city('hangzhou', 'Hangzhou', [30.27, 120.16]);
export const amman = city('amman', 'Amman', [31.95, 35.93]);
export const bristol = city('bristol', 'Bristol', null);
export const medellin = city('medellin', 'Medellín', [6.24, -75.58]);

/**
 * Five cities, in the API's order (best latest value first, then those without one by name):
 * Cork reported every year but 2017; Amman last in 2018; Bristol started from 0; Medellín never reported.
 */
export const comparison: IndicatorComparisonResponse = {
  indicator: participation,
  method: 'open-sdg',
  from: 2015,
  to: 2019,
  years: YEARS,
  rankedByYear: [3, 3, 1, 2, 2],
  peers: null,
  preview: false,
  availability: { status: 'available', reason: null },
  cities: [
    row({
      city: cork,
      values: [20, 21, null, 23, 25],
      rank: 1,
      of: 4,
      score: 30.8,
      band: 'orange',
      status: 'substantial',
    }),
    row({ city: hangzhou, values: [15, null, null, null, 18], rank: 2, of: 4, score: 20, band: 'red' }),
    row({
      city: amman,
      values: [null, 10, 12, 13, null],
      rank: 3,
      of: 4,
      score: 12.3,
      band: 'red',
      status: 'limited',
    }),
    row({ city: bristol, values: [0, 2, null, null, null], rank: 4, of: 4, score: 0, band: 'red' }),
    row({
      city: medellin,
      values: [null, null, null, null, null],
      status: 'not_available',
      reason: 'no_data',
    }),
  ],
};
