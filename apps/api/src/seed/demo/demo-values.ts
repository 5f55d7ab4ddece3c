import { TOTAL_CODE } from '@lcm/contracts';
import type { DimensionCode, RegionCode } from '@lcm/contracts';
import type { CitySeed, DemoObservationSeed, IndicatorSeed } from '../seed-types';

/*
 * Synthetic but believable demo values. Every draw comes from a small seeded PRNG keyed by what it
 * is about (city, city + indicator, city + indicator + year), so the output is deterministic and a
 * value does not change when other cities, indicators or years are added to the call.
 *
 * Values are modelled on a 0–1 "performance" scale (0 = the indicator's worstBound, 1 = its
 * bestBound), which makes "better" mean the same for higher-, lower- and target-direction indicators.
 */

export const DEMO_YEARS: readonly number[] = Array.from({ length: 11 }, (_, offset) => 2015 + offset);

const BASE_YEAR = 2015;
/** Performance at or above which a yes/no indicator reads "yes". */
const BINARY_THRESHOLD = 0.55;

type AgeBand = 'Y15T24' | 'Y25T64' | 'Y_GE65';

interface ParitySource {
  indicator: string;
  dimension: 'SEX' | 'URBANISATION';
  /** The group that is usually behind (numerator), e.g. F or R. */
  group: string;
  reference: string;
}

/** How an indicator behaves in the demo, beyond what its definition already says. */
interface DemoProfile {
  /** How far women lag men, in performance units (negative: women ahead). */
  femaleLag?: number;
  femaleLagByRegion?: Partial<Record<RegionCode, number>>;
  /** How far rural residents lag urban ones (negative: rural ahead). */
  ruralLag?: number;
  /** How far persons with disability lag persons without. */
  disabilityLag?: number;
  /** Performance advantage of each age band; only the bands listed are emitted. */
  ageAdvantage?: Partial<Record<AgeBand, number>>;
  /** Performance added in every city: positive for indicators that most cities already do well on. */
  ease?: number;
  /** Performance added per UNESCO region where the region differs from its usual standing (e.g. clean air in Europe). */
  regionalShift?: Partial<Record<RegionCode, number>>;
  /** Performance lost in 2020 (and partly 2021) to the pandemic; negative for a boom. */
  pandemicLoss?: number;
  /** Values change only once per term, e.g. council seats between elections. */
  heldForYears?: number;
  /** Counts: expected count per 1,000 inhabitants for a mid-performing city. */
  countPerThousand?: number;
  /** Counts that barely grow with city size (e.g. partner organisations). */
  typicalCount?: number;
  /** Counts: share of women among those counted. */
  femaleShare?: number;
  /** Parity indices are derived from the source indicator's values, so both always agree. */
  parityOf?: ParitySource;
}

const COMPLETION_GAPS: DemoProfile = {
  femaleLag: -0.08,
  femaleLagByRegion: { AFR: 0.15, ARB: -0.02, APA: -0.03 },
  ruralLag: 0.3,
};
const READING: DemoProfile = { femaleLag: -0.15, ruralLag: 0.3 };
const MATHEMATICS: DemoProfile = { femaleLag: 0.03, ruralLag: 0.3 };
const SCHOOL_FACILITIES: DemoProfile = { ruralLag: 0.35 };
const DIGITAL_BY_AGE: Partial<Record<AgeBand, number>> = { Y15T24: 0.3, Y25T64: 0.05, Y_GE65: -0.5 };

const PROFILES: Readonly<Record<string, DemoProfile>> = {
  LC_1_1_LIT: {
    ease: 0.2,
    femaleLag: 0.02,
    femaleLagByRegion: { AFR: 0.25, ARB: 0.2, APA: 0.08 },
    ruralLag: 0.3,
    ageAdvantage: { Y15T24: 0.25, Y25T64: 0.05, Y_GE65: -0.35 },
  },
  SDG_4_6_1_LIT: {
    femaleLag: -0.02,
    femaleLagByRegion: { AFR: 0.2, ARB: 0.15 },
    ruralLag: 0.3,
    ageAdvantage: { Y15T24: 0.25, Y25T64: 0 },
  },
  SDG_4_6_1_NUM: {
    femaleLag: 0.05,
    femaleLagByRegion: { AFR: 0.2 },
    ruralLag: 0.3,
    ageAdvantage: { Y15T24: 0.25, Y25T64: 0 },
  },
  SDG_16_1_4: { femaleLag: 0.25, ruralLag: -0.1, ageAdvantage: { Y15T24: 0.05, Y25T64: 0, Y_GE65: -0.15 } },
  SDG_10_2_1: { femaleLag: 0.06, ruralLag: 0.2, disabilityLag: 0.3 },
  SDG_8_5_2: {
    femaleLag: 0.05,
    femaleLagByRegion: { ARB: 0.35, AFR: 0.12, LAC: 0.1 },
    ruralLag: -0.1,
    disabilityLag: 0.35,
    ageAdvantage: { Y15T24: -0.45, Y25T64: 0.05, Y_GE65: 0.1 },
    regionalShift: { APA: 0.15, ARB: -0.1 },
    pandemicLoss: 0.12,
  },
  SDG_8_6_1: {
    femaleLag: 0.05,
    femaleLagByRegion: { ARB: 0.35, APA: 0.2, AFR: 0.2, LAC: 0.15 },
    ruralLag: 0.15,
    pandemicLoss: 0.1,
  },
  SDG_1_2_1: { femaleLag: 0.05, ruralLag: 0.25 },
  LC_1_2_CULT: { femaleLag: -0.05, ruralLag: 0.25, pandemicLoss: 0.35 },
  SDG_11_6_2: { regionalShift: { ENA: 0.2, LAC: 0.1, APA: -0.05, ARB: -0.15 } },
  SDG_11_2_1: { femaleLag: 0.02, ruralLag: 0.7, disabilityLag: 0.25 },
  SDG_4_1_2_PRIM: { ...COMPLETION_GAPS, ease: 0.25 },
  SDG_4_1_2_LSEC: { ...COMPLETION_GAPS, ease: 0.12 },
  SDG_4_1_2_USEC: COMPLETION_GAPS,
  SDG_4_2_2: { femaleLag: -0.01, ruralLag: 0.3, ease: 0.1 },
  SDG_4_5_1_LSEC_GPI: {
    parityOf: { indicator: 'SDG_4_1_2_LSEC', dimension: 'SEX', group: 'F', reference: 'M' },
  },
  SDG_4_5_1_LSEC_LPI: {
    parityOf: { indicator: 'SDG_4_1_2_LSEC', dimension: 'URBANISATION', group: 'R', reference: 'U' },
  },
  SDG_4_A_1_DSBL: SCHOOL_FACILITIES,
  LC_2_1_TERT: { femaleLag: -0.08, femaleLagByRegion: { AFR: 0.1, APA: 0 }, ruralLag: 0.35 },
  LC_2_1_OOS: { femaleLag: -0.05, femaleLagByRegion: { AFR: 0.15 }, ruralLag: 0.3, ease: 0.15 },
  SDG_11_1_1: { ease: 0.1 },
  SDG_11_6_1: { ease: 0.1 },
  SDG_4_3_1: {
    femaleLag: -0.04,
    femaleLagByRegion: { AFR: 0.12, ARB: 0.1 },
    ruralLag: 0.2,
    disabilityLag: 0.3,
    ageAdvantage: { Y15T24: 0.6, Y25T64: 0 },
    pandemicLoss: 0.08,
  },
  LC_2_2_CLC: { ruralLag: -0.2 },
  LC_2_2_ENR: { countPerThousand: 25, femaleShare: 0.62, ruralLag: 0.3, pandemicLoss: 0.2 },
  LC_2_2_FAM: { ruralLag: 0.1 },
  LC_2_3_JTR: {
    femaleLag: 0.05,
    ruralLag: 0.15,
    ageAdvantage: { Y15T24: -0.1, Y25T64: 0 },
    pandemicLoss: 0.08,
  },
  LC_2_3_TVET: { femaleLag: 0.2, ruralLag: 0.25 },
  SDG_4_4_1: {
    femaleLag: 0.1,
    femaleLagByRegion: { AFR: 0.2, ARB: 0.2 },
    ruralLag: 0.25,
    ageAdvantage: DIGITAL_BY_AGE,
  },
  SDG_4_A_1_INT: { ...SCHOOL_FACILITIES, ease: 0.1 },
  SDG_4_A_1_CMP: SCHOOL_FACILITIES,
  SDG_17_8_1: {
    ease: 0.15,
    femaleLag: 0.05,
    femaleLagByRegion: { AFR: 0.2, ARB: 0.1 },
    ruralLag: 0.3,
    ageAdvantage: { Y15T24: 0.3, Y25T64: 0.05, Y_GE65: -0.6 },
  },
  SDG_5_B_1: {
    ease: 0.2,
    femaleLag: 0.05,
    femaleLagByRegion: { AFR: 0.2, APA: 0.12 },
    ruralLag: 0.15,
    ageAdvantage: { Y15T24: 0.1, Y25T64: 0.05, Y_GE65: -0.3 },
  },
  // Online learning boomed when classrooms closed.
  LC_2_4_ONL: { femaleLag: 0, ruralLag: 0.25, ageAdvantage: DIGITAL_BY_AGE, pandemicLoss: -0.15 },
  SDG_4_C_1: { femaleLag: -0.03, ruralLag: 0.25, ease: 0.15 },
  SDG_4_1_1_PRIM_READ: READING,
  SDG_4_1_1_PRIM_MATH: MATHEMATICS,
  SDG_4_1_1_LSEC_READ: READING,
  SDG_4_1_1_LSEC_MATH: MATHEMATICS,
  LC_2_5_PTR: { ruralLag: 0.1 },
  LC_2_6_FEST: { pandemicLoss: 0.5 },
  LC_2_6_LIB: { pandemicLoss: 0.4 },
  LC_2_6_VOL: { femaleLag: -0.08, ruralLag: -0.05 },
  SDG_16_7_2: { femaleLag: 0.05, ruralLag: 0.05, disabilityLag: 0.15 },
  SDG_16_6_2: { femaleLag: 0, ruralLag: 0.1, disabilityLag: 0.1 },
  // Electoral quotas lift women's representation in Latin America.
  SDG_5_5_1: { heldForYears: 4, regionalShift: { LAC: 0.2, ENA: 0.1, ARB: -0.2 } },
  LC_3_2_VOTE: { heldForYears: 4 },
  LC_3_2_PARTN: { typicalCount: 60 },
};

const DEFAULT_LAGS = { female: 0.05, rural: 0.15, disability: 0.2 };
const DISABILITY_PREVALENCE = 0.15;

/** Rough baseline performance by UNESCO region, before the income and city-size adjustments. */
const REGION_LEVEL: Record<RegionCode, number> = { AFR: 0.28, ARB: 0.45, APA: 0.5, ENA: 0.6, LAC: 0.47 };
/** World Bank high-income economies among the member countries: better-funded services. */
const HIGH_INCOME_COUNTRIES = new Set(
  'ARE AUS BHR CAN DEU DNK ESP FIN FRA GBR GRC HUN IRL JPN KOR NLD POL PRT QAT SAU'.split(' '),
);
/** Share of each age band in the population aged 15 and over: young in Africa, ageing in Europe. */
const AGE_STRUCTURE: Record<RegionCode, Record<AgeBand, number>> = {
  AFR: { Y15T24: 0.36, Y25T64: 0.58, Y_GE65: 0.06 },
  ARB: { Y15T24: 0.27, Y25T64: 0.66, Y_GE65: 0.07 },
  APA: { Y15T24: 0.17, Y25T64: 0.64, Y_GE65: 0.19 },
  ENA: { Y15T24: 0.14, Y25T64: 0.61, Y_GE65: 0.25 },
  LAC: { Y15T24: 0.22, Y25T64: 0.64, Y_GE65: 0.14 },
};

const DIMENSION_FIELD = {
  SEX: 'sex',
  AGE: 'age',
  URBANISATION: 'urbanisation',
  DISABILITY_STATUS: 'disabilityStatus',
} as const satisfies Record<DimensionCode, keyof DemoObservationSeed>;

type Status = DemoObservationSeed['status'];

interface CityTraits {
  level: number;
  urbanShare: number;
  ageStructure: Record<AgeBand, number>;
  firstYear: number;
  missesNewestYear: boolean;
  reportsAgeBreakdown: boolean;
  reportsDisabilityBreakdown: boolean;
}

interface SeriesTraits {
  reported: boolean;
  level: number;
  /** Performance change per year. */
  trend: number;
  /** Scales this city's gaps between groups. */
  gapScale: number;
  /** First election year modulo the term, for values held between elections. */
  termOffset: number;
}

interface Group {
  code: string;
  weight: number;
  /** Performance advantage in 0–1 units; only differences between groups matter. */
  advantage: number;
}

interface Breakdown {
  dimension: DimensionCode;
  groups: Group[];
}

/** Min–max mapping between performance (0 = worst bound, 1 = best bound) and values. */
interface Scale {
  worst: number;
  best: number;
  lowest: number;
  highest: number;
  /** Highest reachable performance: values may pass the best bound only up to the natural limit. */
  ceiling: number;
}

export function generateDemoObservations(
  cities: readonly CitySeed[],
  indicators: readonly IndicatorSeed[],
  years: readonly number[] = DEMO_YEARS,
): DemoObservationSeed[] {
  const newestYear = Math.max(...years);
  const derived = indicators.filter((indicator) => profileOf(indicator).parityOf);
  const measured = indicators.filter((indicator) => !profileOf(indicator).parityOf);
  const observations: DemoObservationSeed[] = [];

  for (const city of cities) {
    const cityTraits = describeCity(city);
    const reportedYears = years.filter((year) => {
      if (year < cityTraits.firstYear) return false;
      // The newest year is still being collected in about 30% of cities.
      if (year === newestYear) return !cityTraits.missesNewestYear;
      // The first reporting year is never skipped: it is the city's baseline.
      return year === cityTraits.firstYear || !chance(`skip|${city.slug}|${year}`, 0.05);
    });
    const latestYear = Math.max(...reportedYears);
    const series = new Map(
      measured.map((indicator) => [indicator.code, describeSeries(city, cityTraits, indicator)]),
    );

    for (const year of reportedYears) {
      const yearRows: DemoObservationSeed[] = [];
      for (const indicator of measured) {
        const traits = series.get(indicator.code);
        if (!traits?.reported) continue;
        yearRows.push(...observe(city, cityTraits, indicator, traits, year, year === latestYear));
      }
      for (const indicator of derived) {
        const parityRow = deriveParity(indicator, yearRows);
        if (parityRow) yearRows.push(parityRow);
      }
      observations.push(...yearRows);
    }
  }
  return observations;
}

function profileOf(indicator: IndicatorSeed): DemoProfile {
  return PROFILES[indicator.code] ?? {};
}

function describeCity(city: CitySeed): CityTraits {
  const random = seededRandom(`city|${city.slug}`);
  const joinYear = city.joinedOn ? Number(city.joinedOn.slice(0, 4)) : BASE_YEAR;
  // Bigger cities tend to have better-resourced services; the effect is small.
  const sizeEffect = city.population ? clamp(0.03 * Math.log10(city.population / 500_000), -0.05, 0.06) : 0;
  const level =
    REGION_LEVEL[city.region] +
    (HIGH_INCOME_COUNTRIES.has(city.countryIso3) ? 0.12 : 0) +
    sizeEffect +
    between(random, -0.08, 0.08);
  // Most members back-fill values from 2015 so progress can be measured from the SDG baseline;
  // about a quarter only start a year or two after joining.
  const startsLate = joinYear <= 2022 && random() < 0.25;
  const firstYear = startsLate ? Math.max(BASE_YEAR, joinYear) + 1 + Math.floor(random() * 2) : BASE_YEAR;
  return {
    level: clamp(level, 0.08, 0.92),
    urbanShare: city.region === 'AFR' ? between(random, 0.55, 0.9) : between(random, 0.78, 0.98),
    ageStructure: AGE_STRUCTURE[city.region],
    firstYear,
    missesNewestYear: random() < 0.3,
    reportsAgeBreakdown: random() < 0.9,
    reportsDisabilityBreakdown: random() < (city.region === 'ENA' ? 0.9 : 0.7),
  };
}

function describeSeries(city: CitySeed, cityTraits: CityTraits, indicator: IndicatorSeed): SeriesTraits {
  const random = seededRandom(`${city.slug}|${indicator.code}`);
  const reported = random() >= 0.04;
  const level = cityTraits.level + between(random, -0.12, 0.12);
  const kind = random();
  // Most series improve, some stagnate, a few deteriorate.
  const trend =
    kind < 0.65
      ? between(random, 0.008, 0.03)
      : kind < 0.87
        ? between(random, -0.004, 0.004)
        : between(random, -0.02, -0.006);
  return {
    reported,
    level,
    trend,
    gapScale: between(random, 0.6, 1.4),
    termOffset: Math.floor(random() * 4),
  };
}

function observe(
  city: CitySeed,
  cityTraits: CityTraits,
  indicator: IndicatorSeed,
  traits: SeriesTraits,
  year: number,
  isLatestYear: boolean,
): DemoObservationSeed[] {
  const profile = profileOf(indicator);
  const random = seededRandom(`${city.slug}|${indicator.code}|${year}`);
  const status = drawStatus(random, isLatestYear);
  const headline = (value: number) => observation(city.slug, year, indicator.code, value, status);

  if (indicator.unit === 'BINARY') {
    // No year noise, so a yes/no value switches at most once; policies are adopted faster than they lapse.
    const drift = traits.trend > 0 ? 2.5 * traits.trend : traits.trend;
    const performance = traits.level + drift * (year - BASE_YEAR);
    return [headline(performance >= BINARY_THRESHOLD ? 1 : 0)];
  }

  const valueYear = profile.heldForYears ? termStart(year, profile.heldForYears, traits.termOffset) : year;
  const performance = performanceIn(city, indicator, traits, profile, valueYear, random);
  const breakdowns = breakdownsFor(city, cityTraits, indicator, profile, traits);
  const parts = (breakdown: Breakdown, values: number[]) =>
    breakdown.groups.map((group, index) => {
      const row = headline(values[index] ?? 0);
      row[DIMENSION_FIELD[breakdown.dimension]] = group.code;
      return row;
    });

  if (indicator.aggregation === 'sum') {
    // Work in whole units of the last decimal so that parts add up to the total exactly.
    const unitsPerValue = 10 ** indicator.decimals;
    const expected = expectedCount(city, profile) * Math.max(0.1, 0.3 + performance);
    const totalUnits = Math.round(
      clamp(expected, indicator.minValue ?? 0, indicator.maxValue ?? Infinity) * unitsPerValue,
    );
    return [
      headline(totalUnits / unitsPerValue),
      ...breakdowns.flatMap((breakdown) =>
        parts(
          breakdown,
          apportion(
            totalUnits,
            breakdown.groups.map((group) => group.weight * Math.max(0.05, 1 + group.advantage)),
          ).map((units) => units / unitsPerValue),
        ),
      ),
    ];
  }

  const scale = scaleOf(indicator);
  const total = toValue(performance, scale);
  return [
    headline(roundTo(total, indicator.decimals)),
    ...breakdowns.flatMap((breakdown) =>
      parts(
        breakdown,
        splitAround(total, performance, breakdown.groups, scale).map((value) =>
          roundTo(value, indicator.decimals),
        ),
      ),
    ),
  ];
}

function performanceIn(
  city: CitySeed,
  indicator: IndicatorSeed,
  traits: SeriesTraits,
  profile: DemoProfile,
  year: number,
  random: () => number,
): number {
  const pandemic = year === 2020 ? 1 : year === 2021 ? 0.6 : 0;
  const noise = seededRandom(`noise|${city.slug}|${indicator.code}|${year}`)() * 0.03 - 0.015;
  const shift = (profile.ease ?? 0) + (profile.regionalShift?.[city.region] ?? 0);
  let performance =
    traits.level + shift + traits.trend * (year - BASE_YEAR) + noise - pandemic * (profile.pandemicLoss ?? 0);
  // About 0.3% of values jump for a single year (a data-entry slip or a one-off event), away from the nearer bound.
  if (random() < 0.003) performance += (performance > 0.5 ? -1 : 1) * between(random, 0.3, 0.5);
  return performance;
}

function breakdownsFor(
  city: CitySeed,
  cityTraits: CityTraits,
  indicator: IndicatorSeed,
  profile: DemoProfile,
  traits: SeriesTraits,
): Breakdown[] {
  const lag = (value: number) => -value * traits.gapScale;
  const breakdowns: Breakdown[] = [];
  for (const dimension of indicator.dimensions) {
    if (dimension === 'SEX') {
      const femaleLag = profile.femaleLagByRegion?.[city.region] ?? profile.femaleLag ?? DEFAULT_LAGS.female;
      const femaleShare = profile.femaleShare ?? 0.5;
      breakdowns.push({
        dimension,
        groups: [
          // Counts split by the share of women; rates by the performance gap.
          { code: 'F', weight: femaleShare, advantage: indicator.aggregation === 'sum' ? 0 : lag(femaleLag) },
          { code: 'M', weight: 1 - femaleShare, advantage: 0 },
        ],
      });
    } else if (dimension === 'URBANISATION') {
      breakdowns.push({
        dimension,
        groups: [
          { code: 'U', weight: cityTraits.urbanShare, advantage: 0 },
          {
            code: 'R',
            weight: 1 - cityTraits.urbanShare,
            advantage: lag(profile.ruralLag ?? DEFAULT_LAGS.rural),
          },
        ],
      });
    } else if (dimension === 'AGE' && cityTraits.reportsAgeBreakdown && profile.ageAdvantage) {
      // Age and disability are broken down for the headline total only, to keep the volume down.
      const bands = Object.entries(profile.ageAdvantage) as [AgeBand, number][];
      breakdowns.push({
        dimension,
        groups: bands.map(([band, advantage]) => ({
          code: band,
          weight: cityTraits.ageStructure[band],
          advantage: advantage * traits.gapScale,
        })),
      });
    } else if (dimension === 'DISABILITY_STATUS' && cityTraits.reportsDisabilityBreakdown) {
      breakdowns.push({
        dimension,
        groups: [
          {
            code: 'PD',
            weight: DISABILITY_PREVALENCE,
            advantage: lag(profile.disabilityLag ?? DEFAULT_LAGS.disability),
          },
          { code: 'PWD', weight: 1 - DISABILITY_PREVALENCE, advantage: 0 },
        ],
      });
    }
  }
  return breakdowns;
}

function scaleOf(indicator: IndicatorSeed): Scale {
  const lowest = indicator.minValue ?? -Infinity;
  const highest = indicator.maxValue ?? Infinity;
  const lowIsBest = indicator.direction === 'lower';
  const best = indicator.bestBound ?? (lowIsBest ? lowest : highest);
  const worst = indicator.worstBound ?? (lowIsBest ? highest : lowest);
  const span = Math.abs(best - worst) || 1;
  const roomBeyondBest = lowIsBest ? best - lowest : highest - best;
  // Target-type values (parity, women's share of seats) may overshoot the target on the far side.
  const headroom = indicator.direction === 'target' ? 0.3 : Math.min(0.5, roomBeyondBest / span);
  return { worst, best, lowest, highest, ceiling: 1 + headroom };
}

function toValue(performance: number, scale: Scale): number {
  const bounded = saturate(Math.max(performance, -0.3), scale.ceiling);
  return clamp(scale.worst + bounded * (scale.best - scale.worst), scale.lowest, scale.highest);
}

/** Approaches the ceiling smoothly, so values near a natural limit (e.g. 100%) bunch up instead of hitting it. */
function saturate(performance: number, ceiling: number): number {
  const width = 0.15;
  const knee = ceiling - width;
  return performance <= knee ? performance : ceiling - width * Math.exp(-(performance - knee) / width);
}

/**
 * Values for the groups of one breakdown whose weighted mean is exactly the total: the gap narrows
 * as performance approaches the best bound, and shrinks further if a group would leave the valid range.
 */
function splitAround(total: number, performance: number, groups: readonly Group[], scale: Scale): number[] {
  const weightSum = groups.reduce((sum, group) => sum + group.weight, 0);
  const meanAdvantage = groups.reduce((sum, group) => sum + group.weight * group.advantage, 0) / weightSum;
  const narrowing = 0.3 + 0.7 * (1 - clamp(performance, 0, 1));
  const offsets = groups.map(
    (group) => (group.advantage - meanAdvantage) * narrowing * (scale.best - scale.worst),
  );
  const fit = offsets.reduce((limit, offset) => {
    if (offset > 0) return Math.min(limit, (scale.highest - total) / offset);
    if (offset < 0) return Math.min(limit, (scale.lowest - total) / offset);
    return limit;
  }, 1);
  return offsets.map((offset) => total + fit * offset);
}

function expectedCount(city: CitySeed, profile: DemoProfile): number {
  if (profile.countPerThousand !== undefined && city.population) {
    return (profile.countPerThousand * city.population) / 1000;
  }
  const typical = profile.typicalCount ?? 100;
  return city.population ? typical * (city.population / 500_000) ** 0.25 : typical;
}

/** Splits whole units in proportion to the weights (largest remainder), so the parts add up exactly. */
function apportion(totalUnits: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (totalUnits * weight) / weightSum);
  const parts = exact.map(Math.floor);
  let remaining = totalUnits - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (remaining <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remaining -= 1;
  }
  return parts;
}

/** Adjusted parity index (domain decision 7): r = group / reference, shown as 2 − 1/r when r > 1. */
function deriveParity(
  indicator: IndicatorSeed,
  yearRows: readonly DemoObservationSeed[],
): DemoObservationSeed | null {
  const source = profileOf(indicator).parityOf;
  if (!source) return null;
  const field = DIMENSION_FIELD[source.dimension];
  const valueOf = (code: string) =>
    yearRows.find((row) => row.indicator === source.indicator && row[field] === code)?.value ?? null;
  const headline = yearRows.find(
    (row) => row.indicator === source.indicator && row.sex === TOTAL_CODE && row.urbanisation === TOTAL_CODE,
  );
  const groupValue = valueOf(source.group);
  const referenceValue = valueOf(source.reference);
  if (!headline || groupValue === null || !referenceValue) return null;
  const ratio = groupValue / referenceValue;
  const adjusted = ratio <= 1 ? ratio : 2 - 1 / ratio;
  return observation(
    headline.citySlug,
    headline.year,
    indicator.code,
    roundTo(adjusted, indicator.decimals),
    headline.status,
  );
}

function drawStatus(random: () => number, isLatestYear: boolean): Status {
  const draw = random();
  if (isLatestYear && draw < 0.4) return 'P';
  if (draw > 0.96) return 'E';
  if (draw > 0.957) return 'P';
  return 'A';
}

function observation(
  citySlug: string,
  year: number,
  indicator: string,
  value: number,
  status: Status,
): DemoObservationSeed {
  return {
    citySlug,
    year,
    indicator,
    sex: TOTAL_CODE,
    age: TOTAL_CODE,
    urbanisation: TOTAL_CODE,
    disabilityStatus: TOTAL_CODE,
    value,
    status,
  };
}

function termStart(year: number, termLength: number, offset: number): number {
  return year - ((((year - offset) % termLength) + termLength) % termLength);
}

function chance(key: string, probability: number): boolean {
  return seededRandom(key)() < probability;
}

function between(random: () => number, low: number, high: number): number {
  return low + random() * (high - low);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** mulberry32 seeded with the FNV-1a hash of the key. */
function seededRandom(key: string): () => number {
  let state = hashText(key);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
