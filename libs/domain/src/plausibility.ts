import {
  DEFAULT_PLAUSIBILITY_THRESHOLDS,
  type PeerPosition,
  type PeerSummary,
  type PlausibilityCheck,
  type PlausibilityThresholds,
  type PlausibilityWarning,
  type PopulationBand,
  type YearValue,
} from '@lcm/contracts';

/** Makes the MAD of a normal distribution comparable with its standard deviation (Iglewicz and Hoaglin). */
const MAD_SCALE = 0.6745;
/** The same for the mean absolute deviation, used when more than half of the past values are equal. */
const MEAN_AD_SCALE = 1.2533;
/** Below this many past values a median and its spread say too little to call a value unusual. */
export const MIN_HISTORY_FOR_ROBUST_Z = 3;

export interface PlausibilityInput {
  value: number;
  /** The reporting year: only history before it counts. */
  year: number;
  /** The city's own values of this indicator and disaggregation, in any order. */
  history: readonly YearValue[];
  /** Peer values for the same indicator, disaggregation and year, in any order. */
  peerValues?: readonly number[];
  thresholds?: PlausibilityThresholds;
}

/**
 * Compares a value with the city's own past (change against the previous value, robust z-score)
 * and with its peers. Warnings ask the official for a comment; they never block a submission.
 */
export function checkPlausibility(input: PlausibilityInput): PlausibilityCheck {
  const thresholds = input.thresholds ?? DEFAULT_PLAUSIBILITY_THRESHOLDS;
  const past = input.history.filter((h) => h.year < input.year && Number.isFinite(h.value));
  const previous = past.reduce<YearValue | null>(
    (latest, h) => (!latest || h.year > latest.year ? h : latest),
    null,
  );
  const change = previous ? input.value - previous.value : null;
  const changePercent =
    previous && change !== null && previous.value !== 0 ? (change / Math.abs(previous.value)) * 100 : null;
  const robustZ = robustZScore(
    input.value,
    past.map((h) => h.value),
  );
  const peers = input.peerValues ? [...input.peerValues].sort((a, b) => a - b) : [];

  const warnings: PlausibilityWarning[] = [];
  if (robustZ !== null && Math.abs(robustZ) > thresholds.maxRobustZ) {
    warnings.push({ kind: 'unusual-for-city', measure: robustZ, threshold: thresholds.maxRobustZ });
  }
  if (changePercent !== null && Math.abs(changePercent) > thresholds.maxChangePercent) {
    warnings.push({ kind: 'large-change', measure: changePercent, threshold: thresholds.maxChangePercent });
  }
  return {
    value: input.value,
    previous: previous ? { year: previous.year, value: previous.value } : null,
    change,
    changePercent,
    robustZ,
    peerPosition: peerPosition(input.value, peers),
    warnings,
  };
}

/**
 * z = 0.6745·(x − median)/MAD. When more than half of the values are equal the MAD is 0; the
 * mean absolute deviation then measures the spread instead. When every value is the same there is
 * no spread to compare with and the result is null (the change rule still applies).
 */
export function robustZScore(value: number, history: readonly number[]): number | null {
  if (history.length < MIN_HISTORY_FOR_ROBUST_Z) return null;
  const centre = median(history);
  const deviations = history.map((h) => Math.abs(h - centre));
  const mad = median(deviations);
  if (mad > 0) return (MAD_SCALE * (value - centre)) / mad;
  const meanDeviation = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  if (meanDeviation > 0) return (value - centre) / (MEAN_AD_SCALE * meanDeviation);
  return null;
}

/** Median of the values (NaN for none). */
export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Quantile of ascending values by linear interpolation between order statistics (Hyndman–Fan type 7). */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (position - below) * (high - low);
}

/** Median, quartiles and the sorted values of a peer group; null when no peer has a value. */
export function summarisePeers(values: readonly number[], year: number): PeerSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    year,
    count: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    values: sorted,
  };
}

/** Where a value stands among ascending peer values; null without peers. */
export function peerPosition(value: number, sortedPeers: readonly number[]): PeerPosition | null {
  if (sortedPeers.length === 0) return null;
  const below = sortedPeers.filter((p) => p < value).length;
  const equal = sortedPeers.filter((p) => p === value).length;
  const above = sortedPeers.length - below - equal;
  return {
    percentile: ((below + equal / 2) / sortedPeers.length) * 100,
    rank: above + 1,
    of: sortedPeers.length + 1,
    median: quantile(sortedPeers, 0.5),
  };
}

/** Population bands of peer groups; null when the population is unknown. */
export function populationBand(population: number | null): PopulationBand | null {
  if (population === null || !Number.isFinite(population)) return null;
  if (population < 250_000) return 'LT_250K';
  if (population < 1_000_000) return '250K_1M';
  if (population <= 5_000_000) return '1M_5M';
  return 'GE_5M';
}

/**
 * Thresholds from the stored setting: each positive number it holds replaces its default, anything
 * else (missing, malformed) keeps the default, so a bad setting never switches the checks off.
 */
export function resolvePlausibilityThresholds(setting: unknown): PlausibilityThresholds {
  const stored = typeof setting === 'object' && setting !== null ? (setting as Record<string, unknown>) : {};
  const pick = (key: keyof PlausibilityThresholds): number => {
    const value = stored[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0
      ? value
      : DEFAULT_PLAUSIBILITY_THRESHOLDS[key];
  };
  return { maxRobustZ: pick('maxRobustZ'), maxChangePercent: pick('maxChangePercent') };
}
