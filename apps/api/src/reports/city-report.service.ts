import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROGRESS_METHOD,
  DEFAULT_REPORT_PEERS,
  nearestYearWithData,
  TOTAL_CODE,
  type Aggregation,
  type CityReportQuery,
  type CityReportResponse,
  type CityReportYearsResponse,
  type CompositeNodeScore,
  type ReportAreaScore,
  type ReportIndicator,
  type ReportYear,
} from '@lcm/contracts';
import {
  APPROVED_ONLY,
  INDICATOR_COLUMNS,
  requireCity,
  sqlRunnerOf,
  toAnalyticsCity,
  type CityRow,
  type IndicatorRow,
  type SqlRunner,
  type ValueScope,
} from '../analytics/analytics-sql';
import { CityCompositesService } from '../analytics/city-composites.service';
import { cityProgressRows } from '../analytics/city-progress.service';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { EvidenceNotesService } from '../evidence-notes/evidence-notes.service';
import { confirmedLocalTargets } from '../local-targets/local-target-reader';
import { PeerGroupsService } from '../peer-groups/peer-groups.service';
import { citiesOf } from '../peer-groups/peer-resolver';
import {
  dataQualityNotes,
  equityGaps,
  peerComparisons,
  peerPosition,
  reportScore,
  toReportValue,
} from './report-assembly';
import {
  cityValues,
  cityYears,
  peerLatestValues,
  type CityValueRow,
  type CityYearRow,
} from './report-reader';

/** Framework level of the Key Features' areas, below the three sections. */
const AREA_LEVEL = 'area';

const isHeadline = (row: CityValueRow) =>
  row.sex === TOTAL_CODE && row.urbanisation === TOTAL_CODE && row.disabilityStatus === TOTAL_CODE;

/**
 * A city's progress report for one year, assembled from the analytics: composite scores from the
 * composites service, progress and local targets as the city progress answer measures them, the peer
 * group as the analytics resolve it. Values are those up to the report year; the public version uses
 * approved values only, the insider version adds the city's own unapproved values (its peers stay
 * approved-only), each of them labelled.
 */
@Injectable()
export class CityReportService {
  private readonly db: SqlRunner;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly peerGroups: PeerGroupsService,
    private readonly composites: CityCompositesService,
    private readonly evidenceNotes: EvidenceNotesService,
  ) {
    this.db = sqlRunnerOf(dataSource);
  }

  async years(slug: string, query: CityReportQuery, user: AuthUser | null): Promise<CityReportYearsResponse> {
    const city = await requireCity(this.db, slug);
    const years = toReportYears(await cityYears(this.db, city.id, this.insider(query, user, city)));
    return { city: toAnalyticsCity(city), years, latestYear: years.at(-1)?.year ?? null };
  }

  /**
   * The public report's own checks, without assembling it: an unknown city, or a year without approved
   * data, is the same 404 as the report's. Answers the city's slug.
   */
  async assertPublicReport(slug: string, year: number): Promise<string> {
    const city = await requireCity(this.db, slug);
    const yearRows = await cityYears(this.db, city.id, false);
    if (!yearRows.some((row) => row.year === year)) throw noDataFor(city, year, yearRows, false);
    return city.slug;
  }

  async report(
    slug: string,
    year: number,
    query: CityReportQuery,
    user: AuthUser | null,
  ): Promise<CityReportResponse> {
    const city = await requireCity(this.db, slug);
    const insider = this.insider(query, user, city);
    const yearRows = await cityYears(this.db, city.id, insider);
    const reportYear = yearRows.find((row) => row.year === year);
    if (!reportYear) throw noDataFor(city, year, yearRows, insider);

    const scope: ValueScope = insider ? { kind: 'cities', cityIds: [city.id] } : APPROVED_ONLY;
    const defaultPeers = city.population && city.population > 0 ? DEFAULT_REPORT_PEERS : 'region';
    const group = await this.peerGroups.resolve(query.peers ?? defaultPeers, { city, k: query.k, user });
    const [composites, allIndicators, values, peerRows, peerCities, localTargets, evidence] =
      await Promise.all([
        this.composites.composites(slug, { framework: 'KFLC', year, preview: insider }, user),
        this.db<IndicatorRow & { aggregation: Aggregation }>(
          `SELECT ${INDICATOR_COLUMNS}, i.aggregation FROM indicator i`,
        ),
        cityValues(this.db, city.id, year, insider),
        peerLatestValues(this.db, group.cityIds, year, scope),
        citiesOf(this.db, group.cityIds),
        confirmedLocalTargets(this.db, city.id),
        // The public version shows the notes of approved years only, whoever reads it.
        this.evidenceNotes.list(slug, { to: year }, insider ? user : null),
      ]);

    const areaNodes = composites.nodes.filter((node) => node.level === AREA_LEVEL);
    const byCode = new Map(allIndicators.map((indicator) => [indicator.code, indicator]));
    const areaOf = new Map<string, string>();
    for (const node of areaNodes) {
      for (const { code } of node.indicators) if (!areaOf.has(code)) areaOf.set(code, node.code);
    }
    // Framework order: area by area, then anything attached above the areas.
    const frameworkCodes = [
      ...new Set([
        ...areaOf.keys(),
        ...composites.nodes.flatMap((node) => node.indicators.map((i) => i.code)),
      ]),
    ];
    const indicators = frameworkCodes.flatMap((code) => byCode.get(code) ?? []);

    const headline = values.filter(isHeadline);
    const method = DEFAULT_PROGRESS_METHOD;
    const progressRows = cityProgressRows(
      {
        indicators,
        values: headline.map((row) => ({ ...row, cityId: city.id })),
        // The analytics rank today's values; the report ranks as of its year (peerComparisons below).
        ranks: [],
        localTargets,
      },
      method,
    );
    const comparisons = peerComparisons(peerRows, city.id);
    const shown: { indicator: IndicatorRow; rows: CityValueRow[] }[] = [];
    const reportIndicators = indicators.map((indicator, index): ReportIndicator => {
      const row = progressRows[index]!;
      const series = headline.filter((value) => value.indicatorId === indicator.id);
      const latest = series.at(-1) ?? null;
      const first = series.find((value) => value.year === row.globalProgress.baseYear) ?? series[0] ?? null;
      shown.push({ indicator, rows: [...new Set([first, latest])].flatMap((value) => value ?? []) });
      return {
        indicator: row.indicator,
        area: areaOf.get(indicator.code) ?? null,
        first: first && toReportValue(first),
        latest: latest && toReportValue(latest),
        score: row.score,
        band: row.band,
        progress: row.globalProgress,
        localTarget: row.localProgress,
        peers: comparisons.get(indicator.id) ?? null,
      };
    });

    const topNodes = composites.nodes.filter((node) => node.parent === null);
    const overall = reportScore(uniqueIndicatorScores(topNodes));
    return {
      city: toAnalyticsCity(city),
      year,
      version: insider ? 'insider' : 'public',
      submissionStatus: reportYear.status,
      method,
      years: toReportYears(yearRows),
      overall,
      areas: areaNodes.map((node) => this.area(node, composites.nodes)),
      indicators: reportIndicators,
      peers: peerPosition(group.description, peerCities, peerRows, indicators, { cityId: city.id, overall }),
      equity: equityGaps(indicators, values),
      dataQuality: dataQualityNotes(shown),
      evidence: evidence.sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt)),
    };
  }

  /**
   * Whether the caller gets the insider version: asked for, and allowed to see the city's unapproved
   * values (network staff, the city's own people); asking without that right is refused, not ignored.
   */
  private insider(query: CityReportQuery, user: AuthUser | null, city: CityRow): boolean {
    if (!query.preview) return false;
    if (!user) throw ApiException.unauthorized('Sign in to read the report with values not yet approved');
    if (!accessPolicy.canSeeUnapproved(user, city.id)) {
      throw ApiException.forbidden(
        `Only network staff and the people of ${city.name} read its report with values not yet approved`,
      );
    }
    return true;
  }

  private area(node: CompositeNodeScore, nodes: readonly CompositeNodeScore[]): ReportAreaScore {
    const section = nodes.find((candidate) => candidate.code === node.parent);
    return {
      code: node.code,
      name: node.name,
      section: section ? { code: section.code, name: section.name } : null,
      ...reportScore(node.indicators),
    };
  }
}

function toReportYears(rows: readonly CityYearRow[]): ReportYear[] {
  return rows.map((row) => ({ year: row.year, public: row.status === 'approved' }));
}

/** Each indicator once, though it may sit under several nodes. */
function uniqueIndicatorScores(nodes: readonly CompositeNodeScore[]) {
  const scores = new Map(nodes.flatMap((node) => node.indicators.map((score) => [score.code, score])));
  return [...scores.values()];
}

/** A report of a year without data: a 404 that names the nearest year with data, if any. */
function noDataFor(
  city: CityRow,
  year: number,
  years: readonly CityYearRow[],
  insider: boolean,
): ApiException {
  const kind = insider ? 'data' : 'approved data';
  const nearest = nearestYearWithData(
    years.map((row) => row.year),
    year,
  );
  const message =
    nearest === null
      ? `${city.name} has no ${kind} yet, so there is no report for ${year}`
      : `${city.name} has no ${kind} for ${year}; the nearest year with ${kind} is ${nearest}`;
  return new ApiException(404, { code: 'NOT_FOUND', message, errors: [{ field: 'year', message }] });
}
