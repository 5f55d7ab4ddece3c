import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROGRESS_METHOD,
  type CityProgressQuery,
  type CityProgressResponse,
  type CityProgressRow,
  type LocalTargetProgress,
  type ProgressMeasure,
  type ProgressMethod,
} from '@lcm/contracts';
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
import { cityIndicatorProgress, type CityIndicatorProgress } from './city-indicator-progress';
import { scorerOf, standingOf, type RankCounts } from './scoring';
import { valueScope } from './value-scope';

export interface CityProgressData {
  indicators: IndicatorRow[];
  /** The city's headline values, by indicator and year: what progress not stored is measured on. */
  values: ValueRow[];
  /** The city's rank per indicator among the peer group's latest values. */
  ranks: (RankCounts & { indicatorId: number })[];
  localTargets: ConfirmedLocalTarget[];
  /** The city's latest approved values with the progress stored with them (approved-only answers). */
  stored?: StoredLatestRow[];
}

/** A latest approved value as stored in analytics_latest, with the progress by the method asked for. */
export interface StoredLatestRow extends ValueRow {
  globalProgress: ProgressMeasure | null;
  localProgress: LocalTargetProgress | null;
}

/**
 * Every statement behind a city's progress answer, given the city and its peer group. Approved-only
 * answers read the progress stored at approval; previews measure it from the values.
 */
export async function readCityProgress(
  db: SqlRunner,
  cityId: number,
  peerIds: readonly number[],
  scope: ValueScope,
  method: ProgressMethod,
): Promise<CityProgressData> {
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
  const approved = scope.kind === 'approved';
  const [indicators, stored, values, ranks, localTargets] = await Promise.all([
    db<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicator i ORDER BY i.code`),
    approved ? storedLatest(db, cityId, method) : undefined,
    approved ? [] : cityValues(db, cityId, scope),
    db<RankCounts & { indicatorId: number }>(ranksSql, rankParams.values),
    confirmedLocalTargets(db, cityId),
  ]);
  // Rows stored before progress was (until the start-up fill after an upgrade) are measured from the values.
  const unmeasured = stored?.some((row) => row.globalProgress === null);
  return {
    indicators,
    stored,
    values: unmeasured ? await cityValues(db, cityId, scope) : values,
    ranks,
    localTargets,
  };
}

function storedLatest(db: SqlRunner, cityId: number, method: ProgressMethod): Promise<StoredLatestRow[]> {
  return db<StoredLatestRow>(
    `SELECT l.indicator_id AS "indicatorId", l.city_id AS "cityId", l.year, l.value, l.status,
            l.progress -> $2 AS "globalProgress", l.local_progress -> $2 AS "localProgress"
     FROM analytics_latest l WHERE l.city_id = $1`,
    [cityId, method],
  );
}

function cityValues(db: SqlRunner, cityId: number, scope: ValueScope): Promise<ValueRow[]> {
  const params = new SqlParams();
  return db<ValueRow>(
    `SELECT hv.indicator_id AS "indicatorId", hv.city_id AS "cityId", hv.year, hv.value, hv.status
     FROM ${headlineValues(scope, params)} hv WHERE hv.city_id = ${params.add(cityId)}
     ORDER BY hv.indicator_id, hv.year`,
    params.values,
  );
}

/** Each indicator of the city: latest value, score and colour, standing among peers, progress to both targets. */
export function cityProgressRows(data: CityProgressData, method: ProgressMethod): CityProgressRow[] {
  const series = new Map<number, ValueRow[]>();
  for (const value of data.values) {
    const list = series.get(value.indicatorId) ?? [];
    list.push(value);
    series.set(value.indicatorId, list);
  }
  const stored = new Map<number, MeasuredIndicator>();
  for (const { globalProgress, localProgress, ...latest } of data.stored ?? []) {
    if (globalProgress) stored.set(latest.indicatorId, { latest, globalProgress, localProgress });
  }
  const ranks = new Map(data.ranks.map((rank) => [rank.indicatorId, rank]));
  const targets = new Map(data.localTargets.map((target) => [target.indicatorId, target]));
  const measured = (
    values: readonly ValueRow[],
    indicator: IndicatorRow,
    localTarget: ConfirmedLocalTarget | undefined,
  ): MeasuredIndicator => ({
    latest: values[values.length - 1] ?? null,
    ...cityIndicatorProgress(values, indicator, localTarget, method),
  });
  return data.indicators.map((indicator) => {
    const { latest, globalProgress, localProgress } =
      stored.get(indicator.id) ??
      measured(series.get(indicator.id) ?? [], indicator, targets.get(indicator.id));
    const rank = ranks.get(indicator.id);
    return {
      indicator: toAnalyticsIndicator(indicator),
      latest: latest ? { year: latest.year, value: latest.value, status: latest.status } : null,
      ...(latest ? scorerOf(indicator)(latest.value) : { score: null, band: null }),
      standing: rank ? standingOf(rank) : null,
      globalProgress,
      localProgress,
    };
  });
}

interface MeasuredIndicator extends CityIndicatorProgress {
  latest: ValueRow | null;
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
    const data = await readCityProgress(this.db, city.id, group.cityIds, scope, method);
    return {
      city: toAnalyticsCity(city),
      method,
      peers: group.description,
      preview: scope.kind !== 'approved',
      indicators: cityProgressRows(data, method),
    };
  }
}
