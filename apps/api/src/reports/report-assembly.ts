import {
  TOTAL_CODE,
  type Aggregation,
  type DataQualityFlag,
  type PeerGroupDescription,
  type ReportDataQualityNote,
  type ReportEquityGap,
  type ReportParityDimension,
  type ReportPeerCity,
  type ReportPeerComparison,
  type ReportPeerPosition,
  type ReportScore,
  type ReportValue,
} from '@lcm/contracts';
import { compositeScore, median, parityIndex, scoreBand } from '@lcm/domain';
import { toAnalyticsIndicator, type CityRow, type IndicatorRow } from '../analytics/analytics-sql';
import { PARITY_PAIRS } from '../analytics/city-equity.service';
import { scorerOf, standingOf } from '../analytics/scoring';
import type { CityValueRow, PeerValueRow } from './report-reader';

/*
 * The parts of a report worked out from the rows read: pure functions over the scoring, progress and
 * parity methods of @lcm/domain and the analytics, so that a report says what the analytics pages say.
 */

/** Rank counts of the city per indicator, and the peer median, from the peers' latest values. */
export function peerComparisons(rows: readonly PeerValueRow[], cityId: number) {
  const byIndicator = new Map<number, PeerValueRow[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicatorId) ?? [];
    list.push(row);
    byIndicator.set(row.indicatorId, list);
  }
  const comparisons = new Map<number, ReportPeerComparison>();
  for (const [indicatorId, peers] of byIndicator) {
    const own = peers.find((row) => row.cityId === cityId);
    const ranked = peers.filter((row) => row.merit !== null);
    const counts =
      own?.merit != null
        ? {
            rank: ranked.filter((row) => row.merit! > own.merit!).length + 1,
            of: ranked.length,
            worse: ranked.filter((row) => row.merit! < own.merit!).length,
          }
        : null;
    comparisons.set(indicatorId, {
      standing: counts ? standingOf(counts) : null,
      median: median(peers.map((row) => row.value)),
      cities: peers.length,
    });
  }
  return comparisons;
}

/** A 0–100 composite of indicator scores with its colour and the span of the data years scored. */
export function reportScore(scores: readonly { score: number | null; year: number | null }[]): ReportScore {
  const composite = compositeScore(scores.map((s) => s.score));
  const years = scores.flatMap((s) => (s.score !== null && s.year !== null ? [s.year] : []));
  return {
    composite,
    band: composite.score === null ? null : scoreBand(composite.score),
    dataYears: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
  };
}

/**
 * The peer group's cities ranked by overall score (the composite of every framework indicator's latest
 * value up to the report year). The report's own city carries the overall score of the report itself.
 */
export function peerPosition(
  group: PeerGroupDescription,
  cities: readonly CityRow[],
  rows: readonly PeerValueRow[],
  frameworkIndicators: readonly IndicatorRow[],
  self: { cityId: number; overall: ReportScore },
): ReportPeerPosition {
  const scorers = new Map(frameworkIndicators.map((indicator) => [indicator.id, scorerOf(indicator)]));
  const valuesOf = new Map<number, Map<number, number>>();
  for (const row of rows) {
    if (!scorers.has(row.indicatorId)) continue;
    const values = valuesOf.get(row.cityId) ?? new Map<number, number>();
    values.set(row.indicatorId, row.value);
    valuesOf.set(row.cityId, values);
  }
  const scored: ReportPeerCity[] = cities.map((city) => {
    if (city.id === self.cityId) {
      const { score } = self.overall.composite;
      return { slug: city.slug, name: city.name, score, band: self.overall.band, self: true };
    }
    const values = valuesOf.get(city.id);
    const { score } = compositeScore(
      frameworkIndicators.map((indicator) => {
        const value = values?.get(indicator.id);
        return value === undefined ? null : scorers.get(indicator.id)!(value).score;
      }),
    );
    return {
      slug: city.slug,
      name: city.name,
      score,
      band: score === null ? null : scoreBand(score),
      self: false,
    };
  });
  scored.sort(
    (a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || a.name.localeCompare(b.name, 'en'),
  );
  const scores = scored.flatMap((city) => (city.score === null ? [] : [city.score]));
  const own = self.overall.composite.score;
  return {
    group,
    cities: scored,
    rank: own === null ? null : scores.filter((score) => score > own).length + 1,
    ranked: scores.length,
    median: scores.length ? median(scores) : null,
  };
}

const DIMENSION_COLUMN: Record<ReportParityDimension, 'sex' | 'urbanisation' | 'disabilityStatus'> = {
  SEX: 'sex',
  URBANISATION: 'urbanisation',
  DISABILITY_STATUS: 'disabilityStatus',
};

/**
 * The city's gaps between the usually disadvantaged group and its reference group, per indicator and
 * dimension, in the latest year up to the report year with values for both. Gaps outside parity first,
 * the largest first; then those at parity. Counts (parts that add up to a total) are left out: the ratio
 * of two groups' counts compares the groups' sizes, not how each group fares.
 */
export function equityGaps(
  indicators: readonly (IndicatorRow & { aggregation: Aggregation })[],
  values: readonly CityValueRow[],
): ReportEquityGap[] {
  const gaps: ReportEquityGap[] = [];
  for (const indicator of indicators) {
    if (indicator.aggregation === 'sum') continue;
    const rows = values.filter((row) => row.indicatorId === indicator.id);
    for (const dimension of Object.keys(DIMENSION_COLUMN) as ReportParityDimension[]) {
      const pair = PARITY_PAIRS[dimension];
      if (!pair || !indicator.dimensions.includes(dimension)) continue;
      const column = DIMENSION_COLUMN[dimension];
      const groupRows = rows.filter((row) => row[column] !== TOTAL_CODE);
      // Rows are oldest first: the last year with both groups wins.
      for (let i = groupRows.length - 1; i >= 0; i--) {
        const year = groupRows[i]!.year;
        const disadvantaged = groupRows.find(
          (row) => row.year === year && row[column] === pair.disadvantaged,
        );
        const reference = groupRows.find((row) => row.year === year && row[column] === pair.reference);
        if (!disadvantaged || !reference) continue;
        const parity = parityIndex(disadvantaged.value, reference.value, indicator.direction);
        if (parity) {
          gaps.push({
            indicator: toAnalyticsIndicator(indicator),
            dimension,
            ...pair,
            year,
            disadvantagedValue: disadvantaged.value,
            referenceValue: reference.value,
            parity,
            approved: disadvantaged.approved && reference.approved,
          });
        }
        break;
      }
    }
  }
  const distance = (gap: ReportEquityGap) =>
    gap.parity.band === 'parity' ? -1 : Math.abs(1 - gap.parity.adjusted);
  return gaps.sort((a, b) => distance(b) - distance(a) || a.indicator.code.localeCompare(b.indicator.code));
}

/** What a reader should know about a value shown in the report; empty when nothing. */
export function dataQualityFlags(
  row: Pick<CityValueRow, 'status' | 'approved' | 'comment'>,
): DataQualityFlag[] {
  const flags: DataQualityFlag[] = [];
  if (row.status === 'E') flags.push('estimated');
  if (row.status === 'P') flags.push('provisional');
  if (!row.approved) flags.push('unapproved');
  if (row.comment) flags.push('commented');
  return flags;
}

/** Notes on the first and latest values the report shows of each indicator, by indicator, then year. */
export function dataQualityNotes(
  shown: readonly { indicator: IndicatorRow; rows: readonly CityValueRow[] }[],
): ReportDataQualityNote[] {
  return shown.flatMap(({ indicator, rows }) =>
    rows.flatMap((row) => {
      const flags = dataQualityFlags(row);
      return flags.length
        ? [
            {
              indicator: { code: indicator.code, name: indicator.name },
              year: row.year,
              flags,
              source: row.source,
              comment: row.comment,
            },
          ]
        : [];
    }),
  );
}

export function toReportValue(row: CityValueRow): ReportValue {
  return { year: row.year, value: row.value, status: row.status, approved: row.approved };
}
