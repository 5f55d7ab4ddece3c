import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  CityCompositesQuery,
  CityCompositesResponse,
  CompositeNodeScore,
  FrameworkCode,
} from '@lcm/contracts';
import { compositeScore, scoreBand } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import {
  headlineValues,
  INDICATOR_COLUMNS,
  requireCity,
  SqlParams,
  sqlRunnerOf,
  toAnalyticsCity,
  type IndicatorRow,
  type SqlRunner,
  type ValueRow,
} from './analytics-sql';
import { scorerOf } from './scoring';
import { valueScope } from './value-scope';

const DEFAULT_FRAMEWORK: FrameworkCode = 'KFLC';

interface NodeRow {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  /** Indicators under the node at any depth. */
  indicatorIds: number[];
}

/** The framework's nodes depth first, each with the indicators under it at any depth. */
const NODES_SQL = `WITH RECURSIVE tree AS (
    SELECT n.id, n.parent_id, ARRAY[n.sort_order] AS path FROM framework_node n
    WHERE n.framework_code = $1 AND n.parent_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_id, t.path || c.sort_order FROM framework_node c JOIN tree t ON c.parent_id = t.id
  ),
  under AS (
    SELECT id AS root, id AS node FROM tree
    UNION ALL
    SELECT u.root, c.id FROM under u JOIN framework_node c ON c.parent_id = u.node
  )
  SELECT n.code, n.name, n.level, p.code AS parent,
         COALESCE(array_agg(DISTINCT l.indicator_id) FILTER (WHERE l.indicator_id IS NOT NULL), '{}') AS "indicatorIds"
  FROM tree t
  JOIN framework_node n ON n.id = t.id
  LEFT JOIN framework_node p ON p.id = t.parent_id
  JOIN under u ON u.root = t.id
  LEFT JOIN indicator_framework_node l ON l.node_id = u.node
  GROUP BY t.id, t.path, n.code, n.name, n.level, p.code
  ORDER BY t.path`;

/** Composite scores of a city per framework node: the mean of the indicator scores, shown from 80 % coverage. */
@Injectable()
export class CityCompositesService {
  private readonly db: SqlRunner;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.db = sqlRunnerOf(dataSource);
  }

  async composites(
    slug: string,
    query: CityCompositesQuery,
    user: AuthUser | null,
  ): Promise<CityCompositesResponse> {
    const city = await requireCity(this.db, slug);
    const scope = valueScope(user, query.preview, city);
    const framework = query.framework ?? DEFAULT_FRAMEWORK;
    const params = new SqlParams();
    const year = params.add(query.year ?? null);
    const latestSql = `SELECT DISTINCT ON (hv.indicator_id) hv.indicator_id AS "indicatorId", hv.year, hv.value
      FROM ${headlineValues(scope, params)} hv
      WHERE hv.city_id = ${params.add(city.id)} AND (${year}::int IS NULL OR hv.year <= ${year}::int)
      ORDER BY hv.indicator_id, hv.year DESC`;
    const [nodes, indicators, latest] = await Promise.all([
      this.db<NodeRow>(NODES_SQL, [framework]),
      this.db<IndicatorRow>(`SELECT ${INDICATOR_COLUMNS} FROM indicator i`),
      this.db<Pick<ValueRow, 'indicatorId' | 'year' | 'value'>>(latestSql, params.values),
    ]);
    if (nodes.length === 0) {
      throw ApiException.validation('Unknown framework', [
        { field: 'framework', message: `the framework ${framework} has no nodes` },
      ]);
    }
    const latestOf = new Map(latest.map((value) => [value.indicatorId, value]));
    const scored = new Map(
      indicators.map((indicator) => {
        const value = latestOf.get(indicator.id);
        return [
          indicator.id,
          {
            code: indicator.code,
            score: value ? scorerOf(indicator)(value.value).score : null,
            year: value?.year ?? null,
          },
        ];
      }),
    );
    return {
      city: toAnalyticsCity(city),
      framework,
      year: query.year ?? null,
      preview: scope.kind !== 'approved',
      nodes: nodes.map((node): CompositeNodeScore => {
        const scores = node.indicatorIds.flatMap((id) => scored.get(id) ?? []);
        scores.sort((a, b) => a.code.localeCompare(b.code));
        const composite = compositeScore(scores.map((s) => s.score));
        return {
          code: node.code,
          name: node.name,
          level: node.level,
          parent: node.parent,
          composite,
          band: composite.score === null ? null : scoreBand(composite.score),
          indicators: scores,
        };
      }),
    };
  }
}
