import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROGRESS_METHOD,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  type ComparisonCityRow,
  type IndicatorComparisonQuery,
  type IndicatorComparisonResponse,
  type PeerGroupDescription,
  type ProgressMeasure,
  type ProgressMethod,
} from '@lcm/contracts';
import { measureProgress, progressIndicatorOf } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { assertYearRange } from '../common/reporting-year';
import { PeerGroupsService } from '../peer-groups/peer-groups.service';
import { citiesOf } from '../peer-groups/peer-resolver';
import {
  headlineValues,
  meritSql,
  requireIndicator,
  SqlParams,
  sqlRunnerOf,
  toAnalyticsCity,
  toAnalyticsIndicator,
  type CityRow,
  type IndicatorRow,
  type SqlRunner,
  type ValueRow,
  type ValueScope,
} from './analytics-sql';
import { percentileOf, scorerOf, standingOf, type RankCounts } from './scoring';
import { valueScope } from './value-scope';

/** Years shown when the query does not say: the latest with data and the ten before it. */
const DEFAULT_YEARS_SHOWN = 11;
/** Longest period one comparison shows. */
const MAX_YEARS_SHOWN = 50;
/** Most cities one comparison names. */
const MAX_CITIES = 500;

/**
 * A value ranked among the compared cities' values of its year, or among their latest values; a latest
 * value also carries the progress stored with it, when it is the latest approved value of all.
 */
type RankedValue = Omit<ValueRow, 'indicatorId'> & { latest: boolean; progress: ProgressMeasure | null } & (
    RankCounts | NullRank
  );
interface NullRank {
  rank: null;
  of: null;
  worse: null;
}

export interface ComparisonData {
  cities: CityRow[];
  values: RankedValue[];
}

/**
 * Rank (1 = best, ties shared), cities ranked, and cities doing worse, from one ascending order by merit:
 * the rank is one more than the cities doing strictly better. `window` orders by merit, ties included.
 */
const RANKS = (partition: string, window: string) => `
  CASE WHEN merit IS NOT NULL THEN (count(*) OVER (${partition}) - count(*) OVER ${window} + 1)::int END AS rank,
  CASE WHEN merit IS NOT NULL THEN (count(*) OVER (${partition}))::int END AS of,
  CASE WHEN merit IS NOT NULL THEN (rank() OVER ${window} - 1)::int END AS worse`;

/**
 * Every statement behind a comparison: the cities, and their values of the indicator up to `untilYear`,
 * each ranked within its year, plus each city's latest value ranked among the others' latest. A latest
 * value that is also the latest in analytics_latest (always, unless `untilYear` cuts the series short)
 * comes with the progress stored at approval; previews measure it from the values instead.
 */
export async function readIndicatorComparison(
  db: SqlRunner,
  indicatorId: number,
  cityIds: readonly number[],
  untilYear: number,
  scope: ValueScope,
  method: ProgressMethod,
): Promise<ComparisonData> {
  const params = new SqlParams();
  const indicator = params.add(indicatorId);
  const stored =
    scope.kind === 'approved'
      ? {
          progress: `s.progress -> ${params.add(method)}`,
          join: `LEFT JOIN analytics_latest s
            ON s.indicator_id = ${indicator} AND s.city_id = latest.city_id AND s.year = latest.year`,
        }
      : { progress: 'NULL::jsonb', join: '' };
  const sql = `WITH v AS (
      SELECT hv.city_id, hv.year, hv.value, hv.status, ${meritSql('hv.value', 'i')} AS merit
      FROM ${headlineValues(scope, params)} hv JOIN indicator i ON i.id = hv.indicator_id
      WHERE hv.indicator_id = ${indicator} AND hv.city_id = ANY(${params.add(cityIds)}::int[])
        AND hv.year <= ${params.add(untilYear)}
    ),
    latest AS (SELECT DISTINCT ON (city_id) * FROM v ORDER BY city_id, year DESC)
    SELECT false AS latest, city_id AS "cityId", year, value, status, ${RANKS('PARTITION BY year', 'in_year')},
      NULL::jsonb AS progress
    FROM v
    WINDOW in_year AS (PARTITION BY year ORDER BY merit RANGE UNBOUNDED PRECEDING)
    UNION ALL
    SELECT true, latest.city_id, latest.year, latest.value, latest.status, ${RANKS('', 'overall')},
      ${stored.progress}
    FROM latest ${stored.join}
    WINDOW overall AS (ORDER BY merit RANGE UNBOUNDED PRECEDING)`;
  const [cities, values] = await Promise.all([citiesOf(db, cityIds), db<RankedValue>(sql, params.values)]);
  return { cities, values };
}

export interface ComparisonPeriod {
  from: number;
  to: number;
}

export interface ComparisonTable {
  /** Best latest value first; cities without one last, by name. */
  rows: ComparisonCityRow[];
  /** Cities ranked in each year of the period. */
  rankedByYear: number[];
  /** Whether any city has a value in the period. */
  hasValues: boolean;
}

/**
 * One row per city: its values of each year of the period as arrays aligned with the years, its
 * latest value, its progress (as stored, else measured here). Filled in one pass over the ranked values
 * (a region holds thousands).
 */
export function comparisonTable(
  indicator: IndicatorRow,
  data: ComparisonData,
  period: ComparisonPeriod,
  method: ProgressMethod,
): ComparisonTable {
  const yearCount = period.to - period.from + 1;
  const perYear = <T>(fill: T): T[] => new Array<T>(yearCount).fill(fill);
  const score = scorerOf(indicator);
  const rankedByYear = perYear(0);
  const byCity = new Map<
    number,
    { row: Omit<ComparisonCityRow, 'progress'>; series: RankedValue[]; progress: ProgressMeasure | null }
  >();
  for (const city of data.cities) {
    const row: Omit<ComparisonCityRow, 'progress'> = {
      city: toAnalyticsCity(city),
      values: perYear(null),
      statuses: perYear(null),
      scores: perYear(null),
      ranks: perYear(null),
      percentiles: perYear(null),
      latest: null,
    };
    byCity.set(city.id, { row, series: [], progress: null });
  }
  let hasValues = false;
  for (const value of data.values) {
    const entry = byCity.get(value.cityId);
    if (!entry) continue;
    const { row } = entry;
    if (value.latest) {
      entry.progress = value.progress;
      row.latest = {
        year: value.year,
        value: value.value,
        status: value.status,
        ...score(value.value),
        standing: value.rank === null ? null : standingOf(value),
      };
      continue;
    }
    entry.series.push(value);
    const index = value.year - period.from;
    if (index < 0 || index >= yearCount) continue;
    hasValues = true;
    row.values[index] = value.value;
    row.statuses[index] = value.status;
    row.scores[index] = score(value.value).score;
    if (value.rank !== null) {
      row.ranks[index] = value.rank;
      row.percentiles[index] = percentileOf(value);
      rankedByYear[index] = value.of;
    }
  }
  const progressIndicator = progressIndicatorOf(indicator);
  const rows = [...byCity.values()].map(({ row, series, progress }) => ({
    ...row,
    progress: progress ?? measureProgress(series, progressIndicator, { method, currentYear: period.to }),
  }));
  // Best first; cities without a value last, by name (the cities come by name).
  const order = (row: ComparisonCityRow) => row.latest?.standing?.rank ?? Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => order(a) - order(b));
  return { rows, rankedByYear, hasValues };
}

/** Chosen cities or a peer group compared on one indicator over the years. */
@Injectable()
export class IndicatorComparisonService {
  private readonly db: SqlRunner;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly peerGroups: PeerGroupsService,
  ) {
    this.db = sqlRunnerOf(dataSource);
  }

  async compare(
    code: string,
    query: IndicatorComparisonQuery,
    user: AuthUser | null,
  ): Promise<IndicatorComparisonResponse> {
    const indicator = await requireIndicator(this.db, code);
    const selection = await this.selection(query, user);
    const scope = valueScope(user, query.preview);
    assertYearRange(query, 'Invalid comparison');
    const method = query.method ?? DEFAULT_PROGRESS_METHOD;
    const data = await readIndicatorComparison(
      this.db,
      indicator.id,
      selection.cityIds,
      query.to ?? LAST_REPORTING_YEAR,
      scope,
      method,
    );
    const period = this.period(query, data);
    const { rows, rankedByYear, hasValues } = comparisonTable(indicator, data, period, method);
    return {
      indicator: toAnalyticsIndicator(indicator),
      method,
      ...period,
      years: Array.from({ length: period.to - period.from + 1 }, (_, offset) => period.from + offset),
      rankedByYear,
      peers: selection.peers,
      preview: scope.kind !== 'approved',
      availability: hasValues
        ? { status: 'available', reason: null }
        : { status: 'not_available', reason: 'no_data' },
      cities: rows,
    };
  }

  /** Named cities, or a peer group (of a reference city, where it needs one); never both. */
  private async selection(
    query: IndicatorComparisonQuery,
    user: AuthUser | null,
  ): Promise<{ cityIds: number[]; peers: PeerGroupDescription | null }> {
    if (query.cities !== undefined && query.peers !== undefined) {
      throw invalid('cities', 'give either cities or peers, not both');
    }
    if (query.cities !== undefined) {
      if (query.city !== undefined)
        throw invalid('city', 'city is the reference city of peers; name it in cities');
      if (query.k !== undefined) throw invalid('k', 'k goes with peers=like-mine');
      return { cityIds: await this.namedCities(query.cities), peers: null };
    }
    if (query.peers === undefined) {
      throw invalid('cities', 'choose the cities to compare: cities=<slug>,<slug> or a peer group in peers');
    }
    const city = query.city ? await this.peerGroups.cityParameter('city', query.city) : null;
    const group = await this.peerGroups.resolve(query.peers, { city, k: query.k, user });
    return { cityIds: group.cityIds, peers: group.description };
  }

  private async namedCities(list: string): Promise<number[]> {
    const slugs = [
      ...new Set(
        list
          .split(',')
          .map((slug) => slug.trim())
          .filter(Boolean),
      ),
    ];
    if (slugs.length === 0) throw invalid('cities', 'name at least one city');
    if (slugs.length > MAX_CITIES) throw invalid('cities', `compare at most ${MAX_CITIES} cities at once`);
    const found = await this.db<{ id: number; slug: string }>(
      'SELECT id, slug FROM city WHERE slug = ANY($1::text[])',
      [slugs],
    );
    const unknown = slugs.filter((slug) => !found.some((city) => city.slug === slug));
    if (unknown.length)
      throw invalid('cities', `no city with slug ${unknown.map((s) => `'${s}'`).join(', ')}`);
    return found.map((city) => city.id);
  }

  /** The years asked for; by default the eleven up to the latest with data (or this year without any). */
  private period(query: IndicatorComparisonQuery, data: ComparisonData): ComparisonPeriod {
    const latestYear = data.values.reduce<number | null>(
      (max, v) => (max === null || v.year > max ? v.year : max),
      null,
    );
    const to =
      query.to ?? Math.max(latestYear ?? new Date().getUTCFullYear(), query.from ?? FIRST_REPORTING_YEAR);
    const from = query.from ?? Math.max(FIRST_REPORTING_YEAR, to - DEFAULT_YEARS_SHOWN + 1);
    if (to - from + 1 > MAX_YEARS_SHOWN) {
      throw invalid('from', `a comparison spans at most ${MAX_YEARS_SHOWN} years; ${from}–${to} is longer`);
    }
    return { from, to };
  }
}

function invalid(field: string, message: string): ApiException {
  return ApiException.validation('Invalid comparison', [{ field, message }]);
}
