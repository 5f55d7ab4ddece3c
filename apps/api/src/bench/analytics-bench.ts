/**
 * `npm run bench:analytics`: builds synthetic networks of 425 (S) and 2,000 (M) cities × 60 indicators ×
 * 11 years, each value with sex and urban/rural breakdowns, in a throw-away embedded PostgreSQL (a tenth
 * of the cities' newest year approved one by one after the bulk load, as approvals arrive); then times
 * the peer comparison and the city progress over HTTP against the real app, and the very same SQL
 * statements straight over pg. Prints a table, and as its last line one JSON object for scale M.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROGRESS_METHOD,
  LAST_REPORTING_YEAR,
  REGION_CODES,
  apiRoutes,
  withQuery,
} from '@lcm/contracts';
import { rebuildAnalytics, refreshCityYearAnalytics } from '../analytics/analytics-refresh';
import {
  APPROVED_ONLY,
  cityBySlug,
  requireCity,
  requireIndicator,
  type SqlRunner,
} from '../analytics/analytics-sql';
import { readCityProgress } from '../analytics/city-progress.service';
import { readIndicatorComparison } from '../analytics/indicator-comparison.service';
import { resolvePeerGroup } from '../peer-groups/peer-resolver';
import { parsePeerSelector } from '../peer-groups/peer-selector';
import { round, startBenchApp } from './bench-harness';

const SCALES = [
  { name: 'S', cities: 425 },
  { name: 'M', cities: 2000 },
] as const;
const WARM_UP_CALLS = 30;
const TIMED_CALLS = 200;
/** Cities and indicators the calls rotate through, so that no answer is served from a warm page only. */
const SAMPLE_CITIES = 50;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
/**
 * Share of the cities whose newest year is approved one by one after the bulk build, through the same
 * refresh as an approval, so that the read tables are timed as a live network leaves them (rows
 * rewritten since the last rebuild) and not only freshly rebuilt.
 */
const LATE_APPROVAL_SHARE = 0.1;

interface Timing {
  p50: number;
  p95: number;
}

interface ScaleResult {
  scale: string;
  cities: number;
  observations: number;
  buildSeconds: number;
  peer: { api: Timing; sql: Timing };
  progress: { api: Timing; sql: Timing };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Runs `call` with each argument in turn, warm-up calls first, and returns the timed latencies' p50 and p95. */
async function time<T>(args: readonly T[], call: (arg: T) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP_CALLS; i++) await call(args[i % args.length]!);
  const latencies: number[] = [];
  for (let i = 0; i < TIMED_CALLS; i++) {
    const started = performance.now();
    await call(args[i % args.length]!);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

/** A deterministic number in [0, 1) from integers, computed in SQL. */
const unit = (...parts: string[]) =>
  `((hashint8(${parts.reduce((key, part) => `(${key}) * 1000003 + ${part}`)}) & 2147483647)::float8 / 2147483648)`;

/** Adds synthetic cities until the network has `total`, each in a region and country, with a population. */
async function addCities(db: SqlRunner, total: number): Promise<void> {
  await db(
    `INSERT INTO city (slug, name, country_iso3, country_name, region, population, population_year, joined_on)
     SELECT 'bench-' || n, 'Bench City ' || n, 'B' || chr(65 + n % 26) || chr(65 + (n / 26) % 26),
            'Bench country ' || (n % 676), ($2::text[])[1 + n % 5],
            round(exp(ln(30000) + ${unit('n::bigint')} * ln(1000)))::int, 2024, '2016-01-01'
     FROM generate_series((SELECT count(*)::int FROM city) + 1, $1::int) AS n`,
    [total, REGION_CODES],
  );
}

/**
 * Approved submissions for every year of the cities without any yet (about one city-year in ten left
 * out, as in real reporting), and their values: a headline value and four breakdowns (F, M, U, R) per
 * indicator, each on a city's own level and trend between the indicator's bounds.
 */
async function addValues(db: SqlRunner): Promise<void> {
  await db(
    `INSERT INTO submission (city_id, year, status, version, submitted_at, approved_at)
     SELECT c.id, y, 'approved', 1, now(), now()
     FROM city c CROSS JOIN generate_series(${FIRST_YEAR}, ${LAST_YEAR}) AS y
     WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.city_id = c.id)
       AND ${unit('c.id::bigint', 'y::bigint')} >= 0.1`,
  );
  const level = unit('s.city_id::bigint', 'i.id::bigint');
  const trend = `(${unit('i.id::bigint', 's.city_id::bigint', '7')} - 0.4) * 0.03`;
  const noise = `(${unit('s.id::bigint', 'i.id::bigint')} - 0.5) * 0.04`;
  await db(
    `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status)
     SELECT s.id, i.id, d.sex, '_T', d.urbanisation, '_T',
            round((lo + (hi - lo) * least(1, greatest(0,
              0.1 + 0.8 * ${level} + ${trend} * (s.year - ${FIRST_YEAR}) + ${noise} + d.shift)))::numeric, 1)::float8,
            'A'
     FROM submission s
     CROSS JOIN (SELECT id, COALESCE(worst_bound, min_value, 0) AS lo, COALESCE(best_bound, max_value, 100) AS hi
                 FROM indicator) i
     CROSS JOIN (VALUES ('_T', '_T', 0.0), ('F', '_T', -0.02), ('M', '_T', 0.02), ('_T', 'U', 0.03), ('_T', 'R', -0.05))
       AS d(sex, urbanisation, shift)
     WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE o.submission_id = s.id)`,
  );
}

/**
 * Puts the newest year of a share of the cities without analytics yet back to submitted, for approval
 * after the build; returns those submissions.
 */
async function holdBackNewestYear(db: SqlRunner): Promise<{ id: number; cityId: number }[]> {
  return db(
    `UPDATE submission s SET status = 'submitted', approved_at = NULL
     WHERE s.year = ${LAST_YEAR} AND s.status = 'approved'
       AND NOT EXISTS (SELECT 1 FROM analytics_value v WHERE v.city_id = s.city_id)
       AND ${unit('s.city_id::bigint', '11')} < ${LATE_APPROVAL_SHARE}
     RETURNING s.id, s.city_id AS "cityId"`,
  );
}

async function main(): Promise<void> {
  const { databaseUrl, app, base, stop } = await startBenchApp('analytics');
  // As many connections as the app's own pool, so that both sides may run their statements side by side.
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', () => undefined); // idle connections closed by the server stopping
  const db: SqlRunner = async <T>(sql: string, params?: unknown[]) =>
    (await pool.query(sql, params)).rows as T[];
  const dataSource = app.get(DataSource);
  const results: ScaleResult[] = [];
  try {
    for (const scale of SCALES) {
      console.log(`Building scale ${scale.name}: ${scale.cities} cities …`);
      const started = performance.now();
      await addCities(db, scale.cities);
      await addValues(db);
      const late = await holdBackNewestYear(db);
      await dataSource.transaction((manager) => rebuildAnalytics(manager));
      await db('VACUUM ANALYZE');
      for (const submission of late) {
        await dataSource.transaction(async (manager) => {
          await manager.query(
            `UPDATE submission SET status = 'approved', approved_at = now() WHERE id = $1`,
            [submission.id],
          );
          await refreshCityYearAnalytics(manager, submission.cityId, LAST_YEAR);
        });
      }
      const buildSeconds = (performance.now() - started) / 1000;
      const [counted] = await db<{ count: number }>('SELECT count(*)::int AS count FROM observation');
      const observations = counted!.count;

      const sampleCities = (
        await db<{ slug: string }>(`SELECT slug FROM city ORDER BY hashint4(id) LIMIT ${SAMPLE_CITIES}`)
      ).map((c) => c.slug);
      const codes = (await db<{ code: string }>('SELECT code FROM indicator ORDER BY code')).map(
        (i) => i.code,
      );
      const pairs = sampleCities.map((city, i) => ({ city, code: codes[i % codes.length]! }));
      console.log(
        `Built in ${buildSeconds.toFixed(0)} s (${observations} observations, ${late.length} approvals after the build); timing …`,
      );

      // Until the whole answer has arrived; parsing it is the client's time, not the API's.
      const call = async (url: string) => {
        const response = await fetch(`${base}${url}`);
        if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
        return response.arrayBuffer();
      };
      const region = parsePeerSelector('region');
      // The statements of IndicatorComparisonService.compare and CityProgressService.progress, in order.
      const peerSql = async ({ city, code }: { city: string; code: string }) => {
        const indicator = await requireIndicator(db, code);
        const reference = (await cityBySlug(db, city))!;
        const group = await resolvePeerGroup(db, region, { city: reference, user: null });
        return readIndicatorComparison(
          db,
          indicator.id,
          group.cityIds,
          LAST_REPORTING_YEAR,
          APPROVED_ONLY,
          DEFAULT_PROGRESS_METHOD,
        );
      };
      const progressSql = async ({ city }: { city: string }) => {
        const reference = await requireCity(db, city);
        const group = await resolvePeerGroup(db, region, { city: reference, user: null });
        return readCityProgress(db, reference.id, group.cityIds, APPROVED_ONLY, DEFAULT_PROGRESS_METHOD);
      };
      results.push({
        scale: scale.name,
        cities: scale.cities,
        observations,
        buildSeconds,
        peer: {
          api: await time(pairs, ({ city, code }) =>
            call(withQuery(apiRoutes.analyticsIndicatorComparison(code), { peers: 'region', city })),
          ),
          sql: await time(pairs, peerSql),
        },
        progress: {
          api: await time(pairs, ({ city }) =>
            call(withQuery(apiRoutes.analyticsCityProgress(city), { peers: 'region' })),
          ),
          sql: await time(pairs, progressSql),
        },
      });
    }
  } finally {
    await pool.end();
    await stop();
  }
  report(results);
}

function report(results: readonly ScaleResult[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log(
    `Analytics benchmark: ${TIMED_CALLS} timed calls per endpoint after ${WARM_UP_CALLS} warm-up calls`,
  );
  console.log(
    'scale  cities  observations  build s  endpoint          API p50  API p95  SQL p50  SQL p95  API/SQL p95',
  );
  for (const r of results) {
    for (const [name, timing] of [
      ['peer comparison', r.peer],
      ['city progress', r.progress],
    ] as const) {
      console.log(
        `${r.scale.padEnd(5)}  ${String(r.cities).padStart(6)}  ${String(r.observations).padStart(12)}  ${r.buildSeconds
          .toFixed(0)
          .padStart(
            7,
          )}  ${name.padEnd(16)}${ms(timing.api.p50)} ${ms(timing.api.p95)} ${ms(timing.sql.p50)} ${ms(
          timing.sql.p95,
        )}  ${(timing.api.p95 / timing.sql.p95).toFixed(2).padStart(11)}`,
      );
    }
  }
  const m = results.find((r) => r.scale === 'M')!;
  console.log(
    JSON.stringify({
      bench: 'analytics',
      scale: 'M',
      peerP95Ms: round(m.peer.api.p95, 2),
      peerSqlP95Ms: round(m.peer.sql.p95, 2),
      progressP95Ms: round(m.progress.api.p95, 2),
      progressSqlP95Ms: round(m.progress.sql.p95, 2),
      ratio: round(Math.max(m.peer.api.p95 / m.peer.sql.p95, m.progress.api.p95 / m.progress.sql.p95), 2),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
