import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROGRESS_METHOD,
  type CityProgressQuery,
  type CityProgressResponse,
  type CityProgressRow,
  type ProgressMethod,
} from '@lcm/contracts';
import { measureProgress, progressIndicatorOf } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { confirmedLocalTargets, type ConfirmedLocalTarget } from '../local-targets/local-target-reader';
import { PeerGroupsService } from '../peer-groups/peer-groups.service';
import {
  headlineValues,
  INDICATOR_COLUMNS,
  latestValues,
  meritSql,
  requireCity,
  SqlParams,
  toAnalyticsCity,
  toAnalyticsIndicator,
  type IndicatorRow,
  sqlRunnerOf,
  type SqlRunner,
  type ValueRow,
  type ValueScope,
} from './analytics-sql';
import { scorerOf, standingOf, type RankCounts } from './scoring';
import { valueScope } from './value-scope';

export interface CityProgressData {
  indicators: IndicatorRow[];
  /** The city's headline values, by indicator and year. */
  values: ValueRow[];
  /** The city's rank per indicator among the peer group's latest values. */
  ranks: (RankCounts & { indicatorId: number })[];
  localTargets: ConfirmedLocalTarget[];
}

/** Every statement behind a city's progress answer, given the city and its peer group. */
export async function readCityProgress(
  db: SqlRunner,
  cityId: number,
  peerIds: readonly number[],
  scope: ValueScope,
): Promise<CityProgressData> {
  const valueParams = new SqlParams();
  const valuesSql = `SELECT hv.indicator_id AS "indicatorId", hv.city_id AS "cityId", hv.year, hv.value, hv.status
    FROM ${headlineValues(scope, valueParams)} hv WHERE hv.city_id = ${valueParams.add(cityId)}
    ORDER BY hv.indicator_id, hv.year`;
  const rankParams = new SqlParams();
  const ranksSql = `WITH peer AS (
      SELECT l.indicator_id, l.city_id, ${meritSql('l.value', 'i')} AS merit
      FROM ${latestValues(scope, rankParams)} l JOIN indicator i ON i.id = l.indicator_id
      WHERE l.city_id = ANY(${rankParams.add(peerIds)}::int[])
    )
    SELECT own.indicator_id AS "indicatorId", (count(*) FILTER (WHERE p.merit > own.merit) + 1)::int AS rank,
           count(*)::int AS of, (count(*) FILTER (WHERE p.merit < own.merit))::int AS worse
    FROM peer own JOIN peer p ON p.indicator_id = own.indicator_id AND p.merit IS NOT NULL
    WHERE own.city_id = ${rankParams.add(cityId)} AND own.merit IS NOT NULL
    GROUP BY own.indicator_id`;
  const [indicators, values, ranks, localTargets] = await Promise.all([
    db<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicator i ORDER BY i.code`),
    db<ValueRow>(valuesSql, valueParams.values),
    db<RankCounts & { indicatorId: number }>(ranksSql, rankParams.values),
    confirmedLocalTargets(db, cityId),
  ]);
  return { indicators, values, ranks, localTargets };
}

/** Each indicator of the city: latest value, score and colour, standing among peers, progress to both targets. */
export function cityProgressRows(data: CityProgressData, method: ProgressMethod): CityProgressRow[] {
  const series = new Map<number, ValueRow[]>();
  for (const value of data.values) {
    const list = series.get(value.indicatorId) ?? [];
    list.push(value);
    series.set(value.indicatorId, list);
  }
  const ranks = new Map(data.ranks.map((rank) => [rank.indicatorId, rank]));
  const targets = new Map(data.localTargets.map((target) => [target.indicatorId, target]));
  return data.indicators.map((indicator) => {
    const values = series.get(indicator.id) ?? [];
    const latest = values[values.length - 1];
    const rank = ranks.get(indicator.id);
    const local = targets.get(indicator.id);
    return {
      indicator: toAnalyticsIndicator(indicator),
      latest: latest ? { year: latest.year, value: latest.value, status: latest.status } : null,
      ...(latest ? scorerOf(indicator)(latest.value) : { score: null, band: null }),
      standing: rank ? standingOf(rank) : null,
      globalProgress: measureProgress(values, progressIndicatorOf(indicator), { method }),
      localProgress: local
        ? {
            targetId: local.id,
            targetValue: local.targetValue,
            targetYear: local.targetYear,
            measure: measureProgress(
              values,
              progressIndicatorOf(indicator, { value: local.targetValue, year: local.targetYear }),
              { method },
            ),
          }
        : null,
    };
  });
}

/** A city's progress on every indicator, against the global and its own targets, among its peers. */
@Injectable()
export class CityProgressService {
  private readonly db: SqlRunner;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly peerGroups: PeerGroupsService,
  ) {
    this.db = sqlRunnerOf(dataSource);
  }

  async progress(
    slug: string,
    query: CityProgressQuery,
    user: AuthUser | null,
  ): Promise<CityProgressResponse> {
    const city = await requireCity(this.db, slug);
    const scope = valueScope(user, query.preview, city);
    const group = await this.peerGroups.resolve(query.peers, { city, k: query.k, user });
    const method = query.method ?? DEFAULT_PROGRESS_METHOD;
    const data = await readCityProgress(this.db, city.id, group.cityIds, scope);
    return {
      city: toAnalyticsCity(city),
      method,
      peers: group.description,
      preview: scope.kind !== 'approved',
      indicators: cityProgressRows(data, method),
    };
  }
}
