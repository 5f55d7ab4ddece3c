import type { ProgressStatus, ScoreBand } from '@lcm/contracts';
import type { ParityDimension } from './summary-inputs';

/**
 * The sentences of one language. Every argument arrives already formatted for the language (numbers
 * through Intl.NumberFormat, years as plain digits), so that a phrase only arranges words.
 */
export interface SummaryPhrases {
  /** Ends a sentence. */
  stop: string;
  /** Joins the clauses of one sentence ("; " in English). */
  clauseSeparator: string;

  rose(name: string, first: string, firstYear: string, latest: string, latestYear: string): string;
  fell(name: string, first: string, firstYear: string, latest: string, latestYear: string): string;
  steady(name: string, value: string, firstYear: string, latestYear: string): string;
  /** One year of data only. */
  single(name: string, value: string, year: string): string;
  /** No value at all; says that progress cannot be measured either. */
  noValue(name: string, targetYear: string): string;
  /** Comparison with the peer median, appended to the trend clause. */
  peerMedian(position: 'above' | 'below' | 'equal', median: string, cityCount: string): string;
  /** Progress toward the global target, one clause per status. */
  progress(status: ProgressStatus, targetYear: string, target: string | null): string;
  /** Progress toward the city's own target, as a sentence of its own (without the stop). */
  localTarget(status: ProgressStatus | null, target: string, targetYear: string): string;

  band: Record<ScoreBand, string>;
  score(
    subject: string,
    score: string,
    band: string | null,
    reported: string,
    total: string,
    years: string,
  ): string;
  scoreHidden(
    subject: string,
    minCoverage: string,
    reported: string,
    total: string,
    years: string | null,
  ): string;
  scoreNoData(subject: string, total: string): string;
  /** "from 2019 to 2023", or "from 2023" for a single year. */
  yearSpan(from: string, to: string): string;

  /** Disadvantaged and reference groups of a parity dimension. */
  groups: Record<ParityDimension, { disadvantaged: string; reference: string }>;
  groupValues(
    disadvantaged: string,
    disadvantagedValue: string,
    reference: string,
    referenceValue: string,
  ): string;
  parity(
    name: string,
    year: string,
    values: string | null,
    index: string,
    position: 'parity' | 'disadvantaged_behind' | 'reference_behind',
    disadvantaged: string,
    reference: string,
    parityRange: { lower: string; upper: string },
  ): string;
  parityMissing(name: string, disadvantaged: string, reference: string): string;

  rank(city: string, name: string, rank: string, of: string, value: string, year: string): string;
  unranked(city: string, name: string, value: string, year: string): string;
  rankNoValue(city: string, name: string): string;
  /** Spread of the data years of the values compared. */
  rankYears(years: string): string;

  comparison(name: string, period: string, cityCount: string): string;
  comparisonRange(
    highest: string,
    highestCity: string,
    highestYear: string,
    lowest: string,
    lowestCity: string,
    lowestYear: string,
  ): string;
  comparisonOnly(city: string, value: string, year: string): string;
  comparisonNone(): string;
  comparisonMissing(cities: string): string;

  distribution(name: string, year: string, median: string, min: string, max: string, cities: string): string;
  distributionNone(name: string, year: string | null): string;

  coverage(year: string, reporting: string, members: string, share: string): string;
  coverageNone(): string;
}
