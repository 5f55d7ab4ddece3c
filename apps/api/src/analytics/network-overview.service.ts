import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  REGION_CODES,
  REPORTING_STATUSES,
  type NetworkOverviewQuery,
  type NetworkOverviewResponse,
  type RegionCode,
  type ReportingStatus,
  type SubmissionStatus,
  type ValueDistribution,
} from '@lcm/contracts';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import {
  INDICATOR_COLUMNS,
  sqlRunnerOf,
  toAnalyticsIndicator,
  type IndicatorRow,
  type SqlRunner,
} from './analytics-sql';

interface DistributionRow extends ValueDistribution {
  indicatorId: number;
  year: number;
}

/**
 * The latest year that at least half as many cities reported as the best-covered year: early in a
 * reporting cycle the newest year holds a handful of cities, too few to summarise the network.
 */
function defaultYear(coverage: readonly { year: number; cities: number }[]): number | null {
  const most = Math.max(0, ...coverage.map((row) => row.cities));
  return coverage.filter((row) => row.cities * 2 >= most).at(-1)?.year ?? null;
}

const IS_MEMBER = `(c.joined_on IS NULL OR c.joined_on <= current_date) AND (c.left_on IS NULL OR c.left_on > current_date)`;

/** The network at a glance: who reports what, how values spread, where the submissions stand. */
@Injectable()
export class NetworkOverviewService {
  private readonly db: SqlRunner;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.db = sqlRunnerOf(dataSource);
  }

  async overview(query: NetworkOverviewQuery, user: AuthUser | null): Promise<NetworkOverviewResponse> {
    const [indicators, distributions, byYear] = await Promise.all([
      this.db<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicator i ORDER BY i.code`),
      this.db<DistributionRow>(
        `SELECT indicator_id AS "indicatorId", year, cities, min, q1, median, q3, max FROM analytics_distribution`,
      ),
      // Values per year from the distributions, cities per year from the (small) submission table.
      this.db<{ year: number; cities: number; values: number }>(
        `SELECT d.year, COALESCE(s.cities, 0) AS cities, d.values
         FROM (SELECT year, sum(cities)::int AS values FROM analytics_distribution GROUP BY year) d
         LEFT JOIN (SELECT year, count(*)::int AS cities FROM submission WHERE status = 'approved' GROUP BY year) s
           USING (year)
         ORDER BY d.year`,
      ),
    ]);
    const years = byYear.map((row) => row.year);
    const year = query.year ?? defaultYear(byYear);
    const [regions, submissions] = await Promise.all([
      this.db<{ region: RegionCode; cities: number; reporting: number }>(
        `SELECT c.region, (count(*) FILTER (WHERE ${IS_MEMBER}))::int AS cities, count(s.id)::int AS reporting
         FROM city c LEFT JOIN submission s ON s.city_id = c.id AND s.year = $1 AND s.status = 'approved'
         GROUP BY c.region`,
        [year],
      ),
      accessPolicy.canReview(user) ? this.submissionCounts() : Promise.resolve(null),
    ]);

    const distributionOf = new Map(distributions.map((d) => [`${d.indicatorId}:${d.year}`, d]));
    const regionOf = new Map(regions.map((row) => [row.region, row]));
    return {
      year,
      years,
      memberCities: regions.reduce((sum, row) => sum + row.cities, 0),
      coverageByYear: byYear,
      coverageByRegion: REGION_CODES.map((region) => ({
        region,
        cities: regionOf.get(region)?.cities ?? 0,
        reporting: regionOf.get(region)?.reporting ?? 0,
      })),
      submissions,
      indicators: indicators.map((indicator) => {
        const ofYear = year === null ? undefined : distributionOf.get(`${indicator.id}:${year}`);
        return {
          indicator: toAnalyticsIndicator(indicator),
          citiesByYear: years.map((y) => distributionOf.get(`${indicator.id}:${y}`)?.cities ?? 0),
          distribution: ofYear
            ? {
                cities: ofYear.cities,
                min: ofYear.min,
                q1: ofYear.q1,
                median: ofYear.median,
                q3: ofYear.q3,
                max: ofYear.max,
              }
            : null,
        };
      }),
    };
  }

  /** Submission statuses per reporting year; member cities without a submission have not started. */
  private async submissionCounts(): Promise<NonNullable<NetworkOverviewResponse['submissions']>> {
    const [rows, [members]] = await Promise.all([
      this.db<{ year: number; status: SubmissionStatus; count: number }>(
        'SELECT year, status, count(*)::int AS count FROM submission GROUP BY year, status ORDER BY year',
      ),
      this.db<{ count: number }>(`SELECT count(*)::int AS count FROM city c WHERE ${IS_MEMBER}`),
    ]);
    const byYear = new Map<number, Record<ReportingStatus, number>>();
    for (const row of rows) {
      const counts =
        byYear.get(row.year) ??
        (Object.fromEntries(REPORTING_STATUSES.map((status) => [status, 0])) as Record<
          ReportingStatus,
          number
        >);
      counts[row.status] = row.count;
      byYear.set(row.year, counts);
    }
    return [...byYear].map(([year, counts]) => {
      const started = REPORTING_STATUSES.reduce((sum, status) => sum + counts[status], 0);
      return { year, counts: { ...counts, not_started: Math.max(0, members!.count - started) } };
    });
  }
}
