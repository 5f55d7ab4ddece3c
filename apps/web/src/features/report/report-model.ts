import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  type CityReportResponse,
  type CurrentUser,
  type ReportEquityGap,
  type ReportIndicator,
  type ReportScore,
} from '@lcm/contracts';
import {
  summaryIndicatorOf,
  type EquityGapSummaryInput,
  type IndicatorProgressSummaryInput,
  type RankingSummaryInput,
  type ScoreSummaryInput,
} from '@lcm/domain';
import type { ChartTable } from '../../shared/charts/chart-table';

/** A year in a report link: four digits within the reporting years; anything else is a malformed link. */
export function parseReportYear(raw: string | undefined): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_REPORTING_YEAR && year <= LAST_REPORTING_YEAR ? year : null;
}

/** Whether the user may read the city's report with values not yet approved (as the API decides it). */
export function canReadInsider(user: CurrentUser | null, slug: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || user.role === 'analyst' || user.cities.includes(slug);
}

/** The report's address in the web app; `?view=public` shows a signed-in insider what visitors see. */
export function reportPath(slug: string, year: number, options: { publicView?: boolean } = {}): string {
  const path = `/cities/${encodeURIComponent(slug)}/report/${year}`;
  return options.publicView ? `${path}?view=public` : path;
}

export function indicatorSummaryInput(row: ReportIndicator): IndicatorProgressSummaryInput {
  const { indicator, progress, localTarget, peers } = row;
  return {
    ...summaryIndicatorOf(indicator),
    direction: indicator.direction,
    first: row.first && { year: row.first.year, value: row.first.value },
    latest: row.latest && { year: row.latest.year, value: row.latest.value },
    status: progress.status,
    peerMedian: peers && peers.cities > 1 ? { value: peers.median, cityCount: peers.cities } : null,
    target:
      indicator.targetValue === null
        ? null
        : { value: indicator.targetValue, year: indicator.targetYear ?? progress.targetYear },
    localTarget: localTarget && {
      value: localTarget.targetValue,
      year: localTarget.targetYear,
      status: localTarget.measure.status,
    },
  };
}

export function scoreSummaryInput(subject: string, score: ReportScore): ScoreSummaryInput {
  return {
    subject,
    score: score.composite.score,
    band: score.band,
    reported: score.composite.reported,
    total: score.composite.total,
    dataYears: score.dataYears,
  };
}

export function equityGapSummaryInput(gap: ReportEquityGap): EquityGapSummaryInput {
  return {
    ...summaryIndicatorOf(gap.indicator),
    dimension: gap.dimension,
    year: gap.year,
    disadvantagedValue: gap.disadvantagedValue,
    referenceValue: gap.referenceValue,
    parity: gap.parity,
  };
}

/** The city's overall score among its peers, for the ranking summary under the peer chart. */
export function peerRankingSummaryInput(report: CityReportResponse, subject: string): RankingSummaryInput {
  const { overall, peers, city, year } = report;
  return {
    name: subject,
    unit: 'number',
    decimals: 0,
    cityName: city.name,
    latest: overall.composite.score === null ? null : { year, value: overall.composite.score },
    rank: peers.rank,
    of: peers.ranked,
    dataYears: overall.dataYears,
  };
}

export interface PeerTableLabels {
  caption: string;
  city: string;
  score: string;
  rank: string;
}

/**
 * The peer chart's data: every peer city with its overall score and rank (ties share a rank, as the
 * API ranks), the report's city marked.
 */
export function peerChartTable(report: CityReportResponse, labels: PeerTableLabels): ChartTable {
  const scores = report.peers.cities.flatMap((city) => (city.score === null ? [] : [city.score]));
  return {
    caption: labels.caption,
    rowHeader: labels.city,
    columns: [
      { key: 'rank', header: labels.rank, kind: 'number', decimals: 0 },
      { key: 'score', header: labels.score, kind: 'number', decimals: 0 },
    ],
    rows: report.peers.cities.map((city) => ({
      key: city.slug,
      header: city.self ? `▶ ${city.name}` : city.name,
      cells: [
        city.score === null ? null : scores.filter((score) => score > city.score!).length + 1,
        city.score,
      ],
    })),
  };
}

/** Whether the report shows any value not approved yet (only the insider version can). */
export function showsUnapprovedValues(report: CityReportResponse): boolean {
  return (
    report.indicators.some((row) => row.first?.approved === false || row.latest?.approved === false) ||
    report.equity.some((gap) => !gap.approved)
  );
}

/** Indicators with a confirmed city target, to show it beside the global one. */
export function withLocalTargets(report: CityReportResponse): ReportIndicator[] {
  return report.indicators.filter((row) => row.localTarget !== null);
}

/** The report's indicators grouped under their Key Features areas, in framework order. */
export function indicatorsByArea(
  report: CityReportResponse,
): { code: string | null; name: string; rows: ReportIndicator[] }[] {
  const names = new Map(report.areas.map((area) => [area.code, area.name]));
  const groups = new Map<string | null, ReportIndicator[]>();
  for (const row of report.indicators) {
    const list = groups.get(row.area) ?? [];
    list.push(row);
    groups.set(row.area, list);
  }
  return [...groups].map(([code, rows]) => ({ code, name: (code && names.get(code)) ?? '', rows }));
}
