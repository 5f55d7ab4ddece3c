import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { rebuildAnalytics } from '../analytics/analytics-refresh';
import { hashPassword } from '../auth/passwords';
import { seedDemoWorkflow } from '../workflow/demo-workflow';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { DEMO_YEARS, generateDemoObservations } from './demo/demo-values';
import { CITIES } from './reference/cities';
import { DIMENSIONS } from './reference/dimensions';
import { FRAMEWORKS } from './reference/frameworks';
import { INDICATORS } from './reference/indicators';
import {
  FRAMEWORK_NODE_TRANSLATIONS,
  FRAMEWORK_TRANSLATIONS,
  INDICATOR_NAME_TRANSLATIONS,
} from './reference/translations';
import type { DemoObservationSeed, FrameworkNodeSeed } from './seed-types';

export const DEMO_DATA_SETTING = 'demo_data';
export const DEMO_SOURCE = 'Demo data (synthetic)';
/** Years up to this one are approved in the demo; later ones are still in review. */
const LAST_APPROVED_DEMO_YEAR = 2024;
const INSERT_BATCH = 20000;
/** Any constant works; it only has to be the same for every replica that may seed at once. */
const SEED_LOCK_KEY = 715_020_001;

/**
 * Fills an empty database: the frameworks, indicators, dimensions and member cities always,
 * and the synthetic demo values when demo data is on. A database that holds a framework is
 * never touched again, so restarts keep their data.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedIfEmpty();
  }

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      const [{ count }] = await manager.query<[{ count: number }]>(
        'SELECT count(*)::int AS count FROM framework',
      );
      if (count > 0) return false;
      await this.seedReferenceData(manager);
      if (this.config.demoData) {
        await this.seedDemoData(manager);
        await this.seedDemoAccounts(manager);
        await seedDemoWorkflow(manager);
        await rebuildAnalytics(manager);
      }
      return true;
    });
  }

  private async seedReferenceData(manager: EntityManager): Promise<void> {
    for (const [index, dimension] of DIMENSIONS.entries()) {
      await manager.query('INSERT INTO dimension (code, name, sort_order) VALUES ($1, $2, $3)', [
        dimension.code,
        dimension.name,
        index,
      ]);
      for (const [order, value] of dimension.values.entries()) {
        await manager.query(
          'INSERT INTO dimension_value (dimension_code, code, label, sort_order) VALUES ($1, $2, $3, $4)',
          [dimension.code, value.code, value.label, order],
        );
      }
    }

    const nodeIds = new Map<string, number>();
    const insertNodes = async (
      frameworkCode: string,
      nodes: readonly FrameworkNodeSeed[],
      parentId: number | null,
    ) => {
      for (const [order, node] of nodes.entries()) {
        const [{ id }] = await manager.query<[{ id: number }]>(
          `INSERT INTO framework_node (framework_code, parent_id, code, name, level, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [frameworkCode, parentId, node.code, node.name, node.level, order],
        );
        nodeIds.set(node.code, id);
        await insertNodes(frameworkCode, node.children ?? [], id);
      }
    };
    for (const [order, framework] of FRAMEWORKS.entries()) {
      await manager.query(
        'INSERT INTO framework (code, name, description, sort_order) VALUES ($1, $2, $3, $4)',
        [framework.code, framework.name, framework.description, order],
      );
      await insertNodes(framework.code, framework.nodes, null);
    }

    for (const indicator of INDICATORS) {
      const [{ id }] = await manager.query<[{ id: number }]>(
        `INSERT INTO indicator (code, name, definition, unit, unit_label, direction, decimals, min_value, max_value,
           target_value, target_year, baseline_year, best_bound, worst_bound, dimensions, aggregation, sdg_series_code,
           band_achieved, band_yellow, band_orange)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
        [
          indicator.code,
          indicator.name,
          indicator.definition,
          indicator.unit,
          indicator.unitLabel,
          indicator.direction,
          indicator.decimals,
          indicator.minValue,
          indicator.maxValue,
          indicator.targetValue,
          indicator.targetYear,
          indicator.baselineYear,
          indicator.bestBound,
          indicator.worstBound,
          indicator.dimensions,
          indicator.aggregation,
          indicator.sdgSeriesCode,
          indicator.scoreBands?.achieved ?? null,
          indicator.scoreBands?.yellow ?? null,
          indicator.scoreBands?.orange ?? null,
        ],
      );
      for (const nodeCode of indicator.frameworkNodes) {
        const nodeId = nodeIds.get(nodeCode);
        if (nodeId === undefined)
          throw new Error(`Seed error: indicator ${indicator.code} names unknown node ${nodeCode}`);
        await manager.query('INSERT INTO indicator_framework_node (indicator_id, node_id) VALUES ($1, $2)', [
          id,
          nodeId,
        ]);
      }
    }

    await this.seedTranslations(manager);

    const column = <T>(pick: (c: (typeof CITIES)[number]) => T): T[] => CITIES.map(pick);
    await manager.query(
      `INSERT INTO city (slug, name, country_iso3, country_name, region, population, population_year, latitude, longitude, joined_on, left_on)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::smallint[],
                            $8::float8[], $9::float8[], $10::date[], $11::date[])`,
      [
        column((c) => c.slug),
        column((c) => c.name),
        column((c) => c.countryIso3),
        column((c) => c.countryName),
        column((c) => c.region),
        column((c) => c.population),
        column((c) => c.populationYear),
        column((c) => c.latitude),
        column((c) => c.longitude),
        column((c) => c.joinedOn),
        column((c) => c.leftOn),
      ],
    );
    this.logger.log(
      `Seeded ${FRAMEWORKS.length} frameworks, ${INDICATORS.length} indicators and ${CITIES.length} member cities`,
    );
  }

  /**
   * French, Spanish and Arabic texts of the frameworks, names of the Key Features and of the indicators;
   * indicator definitions stay English until the secretariat translates them.
   */
  private async seedTranslations(manager: EntityManager): Promise<void> {
    for (const [code, languages] of Object.entries(FRAMEWORK_TRANSLATIONS)) {
      for (const [lang, { name, description }] of Object.entries(languages)) {
        await manager.query(
          'INSERT INTO framework_translation (framework_code, lang, name, description) VALUES ($1, $2, $3, $4)',
          [code, lang, name, description],
        );
      }
    }
    const rows = (translations: Readonly<Record<string, Readonly<Record<string, string>>>>) =>
      Object.entries(translations).flatMap(([code, names]) =>
        Object.entries(names).map(([lang, name]) => ({ code, lang, name })),
      );
    const nodes = rows(FRAMEWORK_NODE_TRANSLATIONS);
    const indicators = rows(INDICATOR_NAME_TRANSLATIONS);
    // A join that drops a row would hide a typo in a code, so count what was inserted.
    const inserted = async (sql: string, list: typeof nodes): Promise<void> => {
      const result = await manager.query<{ count: number }[]>(sql, [
        list.map((r) => r.code),
        list.map((r) => r.lang),
        list.map((r) => r.name),
      ]);
      if (result[0]?.count !== list.length)
        throw new Error('Seed error: a translation names an unknown code');
    };
    await inserted(
      `WITH inserted AS (
         INSERT INTO framework_node_translation (node_id, lang, name)
         SELECT n.id, t.lang, t.name FROM unnest($1::text[], $2::text[], $3::text[]) AS t(code, lang, name)
         JOIN framework_node n ON n.code = t.code RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      nodes,
    );
    await inserted(
      `WITH inserted AS (
         INSERT INTO indicator_translation (indicator_id, lang, name)
         SELECT i.id, t.lang, t.name FROM unnest($1::text[], $2::text[], $3::text[]) AS t(code, lang, name)
         JOIN indicator i ON i.code = t.code RETURNING 1)
       SELECT count(*)::int AS count FROM inserted`,
      indicators,
    );
  }

  private async seedDemoAccounts(manager: EntityManager): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      const [{ id }] = await manager.query<[{ id: string }]>(
        `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [account.email, account.displayName, account.role, await hashPassword(DEMO_PASSWORD)],
      );
      if (account.citySlug) {
        await manager.query(
          'INSERT INTO user_city (user_id, city_id) SELECT $1, id FROM city WHERE slug = $2',
          [id, account.citySlug],
        );
      }
    }
    this.logger.log(`Seeded ${DEMO_ACCOUNTS.length} demo accounts`);
  }

  private async seedDemoData(manager: EntityManager): Promise<void> {
    const observations = generateDemoObservations(CITIES, INDICATORS, DEMO_YEARS);
    const cityIds = new Map(
      (await manager.query<{ id: number; slug: string }[]>('SELECT id, slug FROM city')).map((c) => [
        c.slug,
        c.id,
      ]),
    );
    const indicatorIds = new Map(
      (await manager.query<{ id: number; code: string }[]>('SELECT id, code FROM indicator')).map((i) => [
        i.code,
        i.id,
      ]),
    );

    const cityYears = new Map<string, { cityId: number; year: number }>();
    for (const o of observations) {
      const cityId = cityIds.get(o.citySlug)!;
      cityYears.set(`${cityId}:${o.year}`, { cityId, year: o.year });
    }
    const years = [...cityYears.values()];
    const submissions = await manager.query<{ id: number; city_id: number; year: number }[]>(
      `INSERT INTO submission (city_id, year, status, version, submitted_at, approved_at)
       SELECT c, y, CASE WHEN y <= $3 THEN 'approved' ELSE 'submitted' END, 1,
              make_timestamptz(y + 1, 3, 1, 0, 0, 0, 'UTC'),
              CASE WHEN y <= $3 THEN make_timestamptz(y + 1, 6, 1, 0, 0, 0, 'UTC') END
       FROM unnest($1::int[], $2::int[]) AS t(c, y)
       RETURNING id, city_id, year`,
      [years.map((y) => y.cityId), years.map((y) => y.year), LAST_APPROVED_DEMO_YEAR],
    );
    const submissionIds = new Map(submissions.map((s) => [`${s.city_id}:${s.year}`, s.id]));

    for (let start = 0; start < observations.length; start += INSERT_BATCH) {
      const batch = observations.slice(start, start + INSERT_BATCH);
      const column = <T>(pick: (o: DemoObservationSeed) => T): T[] => batch.map(pick);
      await manager.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status, source)
         SELECT *, $9 FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::text[])`,
        [
          column((o) => submissionIds.get(`${cityIds.get(o.citySlug)}:${o.year}`)),
          column((o) => indicatorIds.get(o.indicator)),
          column((o) => o.sex),
          column((o) => o.age),
          column((o) => o.urbanisation),
          column((o) => o.disabilityStatus),
          column((o) => o.value),
          column((o) => o.status),
          DEMO_SOURCE,
        ],
      );
    }
    await manager.query(`INSERT INTO app_setting (key, value) VALUES ($1, 'true'::jsonb)`, [
      DEMO_DATA_SETTING,
    ]);
    this.logger.log(
      `Seeded ${observations.length} demo observations in ${submissions.length} city-year submissions`,
    );
  }
}
