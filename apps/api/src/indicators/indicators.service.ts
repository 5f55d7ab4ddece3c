import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  SOURCE_LANGUAGE,
  type DimensionCode,
  type DimensionDto,
  type IndicatorDto,
  type IndicatorListQuery,
  type Language,
} from '@lcm/contracts';
import type { IndicatorRules, ValidationContext } from '@lcm/domain';
import { ApiException } from '../common/api-exception';
import { DimensionEntity } from './dimension.entity';
import { IndicatorEntity, SCORE_BANDS_SQL } from './indicator.entity';

@Injectable()
export class IndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Indicators matching the query; `q` searches the English texts and those in `language`. */
  async list(query: IndicatorListQuery = {}, language: Language = SOURCE_LANGUAGE): Promise<IndicatorDto[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.node) {
      await this.assertNodeExists(query.node);
      params.push(query.node);
      // Indicators under the node or any of its descendants.
      conditions.push(`i.id IN (
        WITH RECURSIVE subtree AS (
          SELECT id FROM framework_node WHERE code = $${params.length}
          UNION ALL SELECT n.id FROM framework_node n JOIN subtree s ON n.parent_id = s.id
        )
        SELECT l.indicator_id FROM indicator_framework_node l JOIN subtree s ON l.node_id = s.id)`);
    }
    if (query.framework) {
      params.push(query.framework);
      conditions.push(`i.id IN (SELECT l.indicator_id FROM indicator_framework_node l
        JOIN framework_node n ON n.id = l.node_id WHERE n.framework_code = $${params.length})`);
    }
    const text = query.q?.trim();
    if (text) {
      params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const p = `$${params.length}`;
      params.push(language);
      // Readers search in the language they read, and in English, which every indicator has.
      conditions.push(`(i.code ILIKE ${p} OR i.name ILIKE ${p} OR i.definition ILIKE ${p}
        OR EXISTS (SELECT 1 FROM indicator_translation t WHERE t.indicator_id = i.id
                   AND t.lang = $${params.length} AND (t.name ILIKE ${p} OR t.definition ILIKE ${p})))`);
    }
    return this.queryIndicators(conditions, params);
  }

  async findByCode(code: string): Promise<IndicatorDto> {
    const [row] = await this.queryIndicators(['i.code = $1'], [code]);
    if (!row) throw ApiException.notFound(`No indicator with code '${code}'`);
    return row;
  }

  async dimensions(): Promise<DimensionDto[]> {
    const dimensions = await this.dataSource.getRepository(DimensionEntity).find({
      relations: { values: true },
      order: { sortOrder: 'ASC', values: { sortOrder: 'ASC' } },
    });
    return dimensions.map((d) => ({
      code: d.code,
      name: d.name,
      values: d.values.map((v) => ({ code: v.code, label: v.label })),
    }));
  }

  /** What the shared validation rules need, read fresh so edits to the framework apply at once. */
  async validationContext(): Promise<ValidationContext & { indicatorIds: Map<string, number> }> {
    const [indicators, dimensions] = await Promise.all([
      this.dataSource.getRepository(IndicatorEntity).find(),
      this.dimensions(),
    ]);
    const rules = new Map<string, IndicatorRules>(indicators.map((i) => [i.code, i]));
    const dimensionCodes: Partial<Record<DimensionCode, string[]>> = {};
    for (const d of dimensions) dimensionCodes[d.code] = d.values.map((v) => v.code);
    return {
      indicators: rules,
      dimensionCodes,
      indicatorIds: new Map(indicators.map((i) => [i.code, i.id])),
    };
  }

  private async assertNodeExists(code: string): Promise<void> {
    const found = await this.dataSource.query<unknown[]>('SELECT 1 FROM framework_node WHERE code = $1', [
      code,
    ]);
    if (found.length === 0) {
      throw ApiException.validation('Unknown framework node', [
        { field: 'node', message: `no framework node with code '${code}'` },
      ]);
    }
  }

  /** Texts are read in English; answers are translated on their way out (ContentTranslationInterceptor). */
  private queryIndicators(conditions: string[], params: unknown[]): Promise<IndicatorDto[]> {
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    return this.dataSource.query<IndicatorDto[]>(
      `SELECT i.code, i.name, i.definition, i.unit, i.unit_label AS "unitLabel", i.direction, i.decimals,
              i.min_value AS "minValue", i.max_value AS "maxValue", i.target_value AS "targetValue",
              i.target_year AS "targetYear", i.baseline_year AS "baselineYear", i.best_bound AS "bestBound",
              i.worst_bound AS "worstBound", ${SCORE_BANDS_SQL} AS "scoreBands", i.dimensions, i.aggregation, i.sdg_series_code AS "sdgSeriesCode",
              COALESCE((SELECT array_agg(n.code ORDER BY n.code) FROM indicator_framework_node l
                        JOIN framework_node n ON n.id = l.node_id WHERE l.indicator_id = i.id), '{}') AS "frameworkNodes"
       FROM indicator i ${where} ORDER BY i.code`,
      params,
    );
  }
}
