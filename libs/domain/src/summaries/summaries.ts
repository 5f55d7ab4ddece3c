import { DEFAULT_PROGRESS_TARGET_YEAR, MIN_COMPOSITE_COVERAGE, PARITY_RANGE } from '@lcm/contracts';
import { arabicPhrases } from './phrases-ar';
import { englishPhrases } from './phrases-en';
import { spanishPhrases } from './phrases-es';
import { frenchPhrases } from './phrases-fr';
import type { SummaryPhrases } from './phrases';
import {
  SUMMARY_LANGUAGES,
  type ComparisonSummaryInput,
  type CoverageSummaryInput,
  type DistributionSummaryInput,
  type EquityGapSummaryInput,
  type IndicatorProgressSummaryInput,
  type RankingSummaryInput,
  type ScoreSummaryInput,
  type SummaryIndicator,
  type SummaryLanguage,
  type YearValue,
} from './summary-inputs';

const PHRASES: Record<SummaryLanguage, SummaryPhrases> = {
  en: englishPhrases,
  fr: frenchPhrases,
  es: spanishPhrases,
  ar: arabicPhrases,
};

const DEFAULT_DECIMALS = 1;

/** The summary language of a language tag such as `fr`, `fr-CA` or `ar-JO`; English for any other. */
export function summaryLanguageOf(tag: string | null | undefined): SummaryLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return SUMMARY_LANGUAGES.find((language) => language === primary) ?? 'en';
}

/** Unit code (SDMX UNIT_MEASURE style) of percentages, 0–100. */
const PERCENT_UNIT = 'PT';

/** How a summary writes the values of an indicator (any indicator shape of the API: DTO or analytics). */
export function summaryIndicatorOf(indicator: {
  name: string;
  unit: string;
  decimals: number;
}): SummaryIndicator {
  return {
    name: indicator.name,
    unit: indicator.unit === PERCENT_UNIT ? 'percent' : 'number',
    decimals: indicator.decimals,
  };
}

/** Formats a value of an indicator: percent values (0–100) with the language's percent sign. */
export function formatSummaryValue(
  value: number,
  indicator: SummaryIndicator,
  language: SummaryLanguage,
): string {
  const decimals = indicator.decimals ?? DEFAULT_DECIMALS;
  return indicator.unit === 'percent'
    ? new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: decimals }).format(
        value / 100,
      )
    : new Intl.NumberFormat(language, { maximumFractionDigits: decimals }).format(value);
}

function formatCount(count: number, language: SummaryLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(count);
}

function formatShare(share: number, language: SummaryLanguage): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Years are written as plain digits, never grouped ("2023", not "2,023"). */
function formatYear(year: number): string {
  return String(year);
}

function sentence(phrases: SummaryPhrases, clauses: readonly string[]): string {
  return clauses.join(phrases.clauseSeparator) + phrases.stop;
}

/**
 * How an indicator moved from its first to its latest value, where it stands against the peer median,
 * and its progress status toward the target, e.g. "Adult participation in learning rose from 24% (2016)
 * to 29% (2023), above the median of 12 peer cities (21%); progress is moderate: faster progress is
 * needed to reach the 2030 target."
 */
export function summariseIndicatorProgress(
  input: IndicatorProgressSummaryInput,
  language: SummaryLanguage,
): string {
  const phrases = PHRASES[language];
  const value = (v: number): string => formatSummaryValue(v, input, language);
  const targetYear = formatYear(input.target?.year ?? DEFAULT_PROGRESS_TARGET_YEAR);
  const latest = input.latest ?? input.first;
  if (!latest) return phrases.noValue(input.name, targetYear) + phrases.stop;

  const first = input.first && input.first.year < latest.year ? input.first : null;
  let trend: string;
  if (!first) trend = phrases.single(input.name, value(latest.value), formatYear(latest.year));
  else {
    const args = [
      input.name,
      value(first.value),
      formatYear(first.year),
      value(latest.value),
      formatYear(latest.year),
    ] as const;
    // Compared as shown, so that 24.01 → 24.04 shown as "24%" twice reads as steady.
    if (value(first.value) === value(latest.value))
      trend = phrases.steady(
        input.name,
        value(latest.value),
        formatYear(first.year),
        formatYear(latest.year),
      );
    else trend = latest.value > first.value ? phrases.rose(...args) : phrases.fell(...args);
  }
  if (input.peerMedian && input.peerMedian.cityCount > 0) {
    const median = input.peerMedian.value;
    const position = latest.value > median ? 'above' : latest.value < median ? 'below' : 'equal';
    trend += phrases.peerMedian(position, value(median), formatCount(input.peerMedian.cityCount, language));
  }

  const clauses = [trend];
  if (input.status)
    clauses.push(phrases.progress(input.status, targetYear, input.target ? value(input.target.value) : null));
  let summary = sentence(phrases, clauses);
  if (input.localTarget) {
    const local = input.localTarget;
    summary +=
      ' ' + phrases.localTarget(local.status, value(local.value), formatYear(local.year)) + phrases.stop;
  }
  return summary;
}

function yearSpan(phrases: SummaryPhrases, years: { from: number; to: number }): string {
  return phrases.yearSpan(formatYear(years.from), formatYear(years.to));
}

/**
 * A 0–100 score with its colour, how many indicators it rests on and their data years; says when the
 * score is not shown because too few indicators have data.
 */
export function summariseScore(input: ScoreSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  const reported = formatCount(input.reported, language);
  const total = formatCount(input.total, language);
  const years = input.dataYears ? yearSpan(phrases, input.dataYears) : null;
  if (input.reported === 0 || !years) return phrases.scoreNoData(input.subject, total) + phrases.stop;
  if (input.score === null)
    return (
      phrases.scoreHidden(
        input.subject,
        formatShare(input.minCoverage ?? MIN_COMPOSITE_COVERAGE, language),
        reported,
        total,
        years,
      ) + phrases.stop
    );
  const score = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(input.score);
  const band = input.band ? phrases.band[input.band] : null;
  return phrases.score(input.subject, score, band, reported, total, years) + phrases.stop;
}

/** The parity index between a disadvantaged and a reference group, its year and what it means. */
export function summariseEquityGap(input: EquityGapSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  const { disadvantaged, reference } = phrases.groups[input.dimension];
  if (!input.parity || input.year === null)
    return phrases.parityMissing(input.name, disadvantaged, reference) + phrases.stop;
  const index = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const values =
    input.disadvantagedValue != null && input.referenceValue != null
      ? phrases.groupValues(
          disadvantaged,
          formatSummaryValue(input.disadvantagedValue, input, language),
          reference,
          formatSummaryValue(input.referenceValue, input, language),
        )
      : null;
  return (
    phrases.parity(
      input.name,
      formatYear(input.year),
      values,
      index.format(input.parity.adjusted),
      input.parity.band,
      disadvantaged,
      reference,
      { lower: index.format(PARITY_RANGE.lower), upper: index.format(PARITY_RANGE.upper) },
    ) + phrases.stop
  );
}

/** A city's rank among the cities compared, with its value, the value's year and the spread of data years. */
export function summariseRanking(input: RankingSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  if (!input.latest) return phrases.rankNoValue(input.cityName, input.name) + phrases.stop;
  const value = formatSummaryValue(input.latest.value, input, language);
  const year = formatYear(input.latest.year);
  const clauses = [
    input.rank === null
      ? phrases.unranked(input.cityName, input.name, value, year)
      : phrases.rank(
          input.cityName,
          input.name,
          formatCount(input.rank, language),
          formatCount(input.of, language),
          value,
          year,
        ),
  ];
  if (input.dataYears) clauses.push(phrases.rankYears(yearSpan(phrases, input.dataYears)));
  return sentence(phrases, clauses);
}

function byValue(a: { latest: YearValue }, b: { latest: YearValue }): number {
  return a.latest.value - b.latest.value;
}

/** The cities compared on an indicator: highest and lowest latest values with their years, and who has none. */
export function summariseComparison(input: ComparisonSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  const value = (v: number): string => formatSummaryValue(v, input, language);
  const withValue = input.cities
    .filter((city): city is { name: string; latest: YearValue } => city.latest !== null)
    .sort(byValue);
  const missing = input.cities.filter((city) => city.latest === null).map((city) => city.name);
  const clauses = [
    phrases.comparison(input.name, yearSpan(phrases, input), formatCount(input.cities.length, language)),
  ];
  const lowest = withValue[0];
  const highest = withValue[withValue.length - 1];
  if (!lowest || !highest) clauses.push(phrases.comparisonNone());
  else if (lowest === highest)
    clauses.push(
      phrases.comparisonOnly(lowest.name, value(lowest.latest.value), formatYear(lowest.latest.year)),
    );
  else
    clauses.push(
      phrases.comparisonRange(
        value(highest.latest.value),
        highest.name,
        formatYear(highest.latest.year),
        value(lowest.latest.value),
        lowest.name,
        formatYear(lowest.latest.year),
      ),
    );
  if (withValue.length > 0 && missing.length > 0)
    clauses.push(
      phrases.comparisonMissing(new Intl.ListFormat(language, { type: 'conjunction' }).format(missing)),
    );
  return sentence(phrases, clauses);
}

/** The spread of the network's values of an indicator in one year. */
export function summariseDistribution(input: DistributionSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  if (!input.distribution || input.year === null)
    return (
      phrases.distributionNone(input.name, input.year === null ? null : formatYear(input.year)) + phrases.stop
    );
  const value = (v: number): string => formatSummaryValue(v, input, language);
  const { cities, min, median, max } = input.distribution;
  return (
    phrases.distribution(
      input.name,
      formatYear(input.year),
      value(median),
      value(min),
      value(max),
      formatCount(cities, language),
    ) + phrases.stop
  );
}

/** How many member cities reported approved data in a year. */
export function summariseCoverage(input: CoverageSummaryInput, language: SummaryLanguage): string {
  const phrases = PHRASES[language];
  if (input.year === null || input.memberCities === 0) return phrases.coverageNone() + phrases.stop;
  return (
    phrases.coverage(
      formatYear(input.year),
      formatCount(input.reportingCities, language),
      formatCount(input.memberCities, language),
      formatShare(input.reportingCities / input.memberCities, language),
    ) + phrases.stop
  );
}
