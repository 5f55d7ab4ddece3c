import {
  DEFAULT_PROGRESS_TARGET_YEAR,
  type CityProgressRow,
  type CompositeNodeScore,
  type IndicatorDto,
} from '@lcm/contracts';
import {
  summariseIndicatorProgress,
  summariseRanking,
  summariseScore,
  summaryIndicatorOf,
  type SummaryLanguage,
  type YearValue,
} from '@lcm/domain';
import type { IndicatorSeriesModel } from './indicator-series';

/** First and latest reported values of the headline series; nulls when it has none. */
function headlineSpan(model: IndicatorSeriesModel): [YearValue | null, YearValue | null] {
  const total = model.series.find((series) => series.isTotal);
  const reported = (total?.points ?? []).flatMap((point) =>
    point.value === null ? [] : [{ year: point.year, value: point.value }],
  );
  return [reported[0] ?? null, reported[reported.length - 1] ?? null];
}

/**
 * The city's indicator chart in plain words: the headline value from its first to its latest year,
 * progress toward the 2030 target and the city's own target, and the rank among the peer group.
 */
export function indicatorSummary(
  model: IndicatorSeriesModel,
  indicator: IndicatorDto,
  progress: CityProgressRow | undefined,
  cityName: string,
  language: SummaryLanguage,
): string {
  const base = summaryIndicatorOf(indicator);
  const [first, latest] = headlineSpan(model);
  const global = progress?.globalProgress;
  const local = progress?.localProgress;
  const sentences = [
    summariseIndicatorProgress(
      {
        ...base,
        direction: indicator.direction,
        first,
        latest,
        status: global?.status ?? null,
        target:
          indicator.targetValue === null
            ? null
            : {
                value: indicator.targetValue,
                year: indicator.targetYear ?? global?.targetYear ?? DEFAULT_PROGRESS_TARGET_YEAR,
              },
        localTarget: local && {
          value: local.targetValue,
          year: local.targetYear,
          status: local.measure.status,
        },
      },
      language,
    ),
  ];
  if (progress?.standing && progress.latest) {
    sentences.push(
      summariseRanking(
        {
          ...base,
          cityName,
          latest: { year: progress.latest.year, value: progress.latest.value },
          rank: progress.standing.rank,
          of: progress.standing.of,
          dataYears: null,
        },
        language,
      ),
    );
  }
  return sentences.join(' ');
}

/** An area score in plain words, with its coverage and the data years of the values scored. */
export function areaScoreSummary(node: CompositeNodeScore, language: SummaryLanguage): string {
  const years = node.indicators.flatMap((entry) =>
    entry.score !== null && entry.year !== null ? [entry.year] : [],
  );
  return summariseScore(
    {
      subject: node.name,
      score: node.composite.score,
      band: node.band,
      reported: node.composite.reported,
      total: node.composite.total,
      dataYears: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
    },
    language,
  );
}
