import type { AnalyticsIndicator, DimensionCode } from '@lcm/contracts';
import {
  summariseEquityGap,
  summariseIndicatorProgress,
  summaryIndicatorOf,
  type ParityDimension,
  type SummaryLanguage,
  type YearValue,
} from '@lcm/domain';
import { latestParity, type EquityDimensionModel, type EquitySeries } from './equity-model';

const PARITY_DIMENSIONS: readonly DimensionCode[] = ['SEX', 'URBANISATION', 'DISABILITY_STATUS'];

function isParityDimension(dimension: DimensionCode): dimension is ParityDimension {
  return PARITY_DIMENSIONS.includes(dimension);
}

function firstAndLatest(
  years: readonly number[],
  series: EquitySeries,
): [YearValue | null, YearValue | null] {
  const reported = years.flatMap((year, index) => {
    const value = series.values[index];
    return value === null || value === undefined ? [] : [{ year, value }];
  });
  return [reported[0] ?? null, reported[reported.length - 1] ?? null];
}

/** The groups chart in plain words: each series (the total, then each group) from its first to its latest value. */
export function groupsSummary(
  years: readonly number[],
  dimension: EquityDimensionModel,
  indicator: AnalyticsIndicator,
  language: SummaryLanguage,
): string {
  const base = summaryIndicatorOf(indicator);
  return dimension.series
    .map((series) => {
      const [first, latest] = firstAndLatest(years, series);
      return summariseIndicatorProgress(
        {
          ...base,
          name: `${indicator.name} (${series.label})`,
          direction: indicator.direction,
          first,
          latest,
          status: null,
        },
        language,
      );
    })
    .join(' ');
}

/**
 * The parity chart in plain words: the latest parity index with its year, both groups' values that year
 * and who is behind; says so when no year has values for both groups.
 */
export function paritySummary(
  years: readonly number[],
  dimension: EquityDimensionModel,
  indicator: AnalyticsIndicator,
  language: SummaryLanguage,
): string | null {
  const { parity } = dimension;
  if (!parity || !isParityDimension(dimension.dimension)) return null;
  const latest = latestParity(years, parity);
  const valueOf = (label: string): number | null => {
    const series = dimension.series.find((entry) => !entry.isTotal && entry.label === label);
    return latest && series ? (series.values[years.indexOf(latest.year)] ?? null) : null;
  };
  return summariseEquityGap(
    {
      ...summaryIndicatorOf(indicator),
      dimension: dimension.dimension,
      year: latest?.year ?? null,
      disadvantagedValue: valueOf(parity.disadvantaged),
      referenceValue: valueOf(parity.reference),
      parity: latest?.index ?? null,
    },
    language,
  );
}
