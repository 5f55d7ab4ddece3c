/**
 * `npm run bench:import`: writes a 1,000,000-observation file in our template format (fewer with
 * IMPORT_BENCH_ROWS), imports it into a fresh embedded PostgreSQL through the real API (multipart
 * upload, dry run, confirm) as an official of one city, then COPYs the very same rows into a scratch
 * table of the same shape in the same database: `LIKE observation INCLUDING ALL` plus observation's two
 * foreign keys, i.e. the same columns, types, defaults, CHECK constraints, indexes and references, so
 * COPY pays the same per-row checks the database makes on every import (without them COPY skips about
 * 13 s of reference checks per million rows that no loader into `observation` can avoid).
 * Process memory is sampled throughout the import. Prints a summary, and as its last line one JSON
 * object.
 *
 * One city cannot reach a million values with the framework's indicators alone, so the benchmark adds
 * synthetic indicators broken down by every dimension (108 combinations × 101 years each).
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  apiRoutes,
  type ImportCommitResponse,
  type ImportJobDto,
  type SessionResponse,
} from '@lcm/contracts';
import { hashPassword } from '../auth/passwords';
import { copyFrom } from '../exchange/imports/pg-copy';
import { type BenchApp, round, startBenchApp } from './bench-harness';

const DEFAULT_ROWS = 1_000_000;
const CITY = 'bristol';
const PASSWORD = 'bench-import-password';
const SEXES = ['F', 'M', '_T'];
const AGES = ['Y15T24', 'Y25T64', 'Y_GE65', '_T'];
const URBANISATIONS = ['U', 'R', '_T'];
const DISABILITIES = ['PD', 'PWD', '_T'];
const COMBINATIONS = SEXES.length * AGES.length * URBANISATIONS.length * DISABILITIES.length;
const YEARS = LAST_REPORTING_YEAR - FIRST_REPORTING_YEAR + 1;
const RSS_SAMPLE_MS = 50;
const POLL_MS = 200;

interface Observation {
  indicator: number;
  year: number;
  sex: string;
  age: string;
  urbanisation: string;
  disability: string;
  value: number;
}

function rowCount(): number {
  const raw = process.env.IMPORT_BENCH_ROWS;
  if (!raw) return DEFAULT_ROWS;
  const rows = Number(raw);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`IMPORT_BENCH_ROWS must be a positive whole number, got '${raw}'`);
  return rows;
}

/** The benchmark's rows in a fixed order: every combination of every year of every synthetic indicator. */
function* observations(rows: number): Generator<Observation> {
  let produced = 0;
  for (let indicator = 1; ; indicator++) {
    for (let year = FIRST_REPORTING_YEAR; year <= LAST_REPORTING_YEAR; year++) {
      for (const sex of SEXES)
        for (const age of AGES)
          for (const urbanisation of URBANISATIONS)
            for (const disability of DISABILITIES) {
              if (produced++ === rows) return;
              // A deterministic percentage with one decimal.
              const value = ((indicator * 7919 + year * 104729 + produced * 31) % 1001) / 10;
              yield { indicator, year, sex, age, urbanisation, disability, value };
            }
    }
  }
}

const indicatorCode = (n: number) => `BENCH_${String(n).padStart(3, '0')}`;

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out: Writable = createWriteStream(file);
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

function* templateLines(rows: number): Generator<string> {
  yield 'city,indicator,year,sex,age,urbanisation,disability_status,value,unit,status\r\n';
  for (const o of observations(rows)) {
    yield `${CITY},${indicatorCode(o.indicator)},${o.year},${o.sex},${o.age},${o.urbanisation},${o.disability},${o.value},PT,A\r\n`;
  }
}

function* copyLines(
  rows: number,
  submissionIds: ReadonlyMap<number, number>,
  indicatorIds: ReadonlyMap<string, number>,
): Generator<string> {
  for (const o of observations(rows)) {
    yield `${submissionIds.get(o.year)}\t${indicatorIds.get(indicatorCode(o.indicator))}\t${o.sex}\t${o.age}\t${o.urbanisation}\t${o.disability}\t${o.value}\tA\n`;
  }
}

interface ImportResult {
  rows: number;
  fileBytes: number;
  dryRunSeconds: number;
  importSeconds: number;
  copySeconds: number;
  rssBefore: number;
  peakRss: number;
  /** The machine's load averages (1, 5, 15 min) when the measuring ended. */
  load: number[];
}

async function main(): Promise<void> {
  const rows = rowCount();
  const bench = await startBenchApp('import');
  const sql = new Client({ connectionString: bench.databaseUrl });
  let result: ImportResult;
  try {
    await sql.connect();
    result = await measure(bench, sql, rows);
  } finally {
    await sql.end();
    await bench.stop();
  }
  // After the teardown, so that the JSON object stays the last line.
  report(result);
}

/** Writes the file, imports it through the API, then COPYs the same rows, timing both. */
async function measure(bench: BenchApp, sql: Client, rows: number): Promise<ImportResult> {
  const indicators = Math.ceil(rows / (COMBINATIONS * YEARS));
  await sql.query(
    `INSERT INTO indicator (code, name, definition, unit, unit_label, direction, decimals, min_value, max_value,
                            dimensions, aggregation)
     SELECT 'BENCH_' || lpad(n::text, 3, '0'), 'Benchmark indicator ' || n, 'Synthetic, for the import benchmark',
            'PT', 'Percent', 'higher', 1, 0, 100, ARRAY['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS'], 'none'
     FROM generate_series(1, $1::int) AS n`,
    [indicators],
  );
  const token = await officialToken(sql, bench.base);

  const file = path.join(bench.workDir, 'observations.csv');
  console.log(`Writing ${rows} observations (${indicators} synthetic indicators) …`);
  await inWorker({ file, rows });
  const fileBytes = (await stat(file)).size;

  console.log(`Importing ${(fileBytes / 1e6).toFixed(0)} MB through the API (upload, dry run, confirm) …`);
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  const started = performance.now();
  const job = await importFile(bench.base, token, file);
  const dryRunSeconds = (performance.now() - started) / 1000;
  const committed = await call<ImportCommitResponse>(
    bench.base,
    token,
    apiRoutes.importConfirm(job.id),
    'POST',
  );
  const importSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (committed.written !== rows || job.counts.new !== rows) {
    throw new Error(
      `Expected ${rows} new observations, the import wrote ${committed.written}: ${JSON.stringify(job.counts)}`,
    );
  }

  console.log('COPY of the same rows into a scratch table shaped like observation …');
  const copySeconds = await copyBaseline(sql, bench.workDir, rows);
  return {
    rows,
    fileBytes,
    dryRunSeconds,
    importSeconds,
    copySeconds,
    rssBefore,
    peakRss,
    load: loadavg(),
  };
}

function report(r: ImportResult): void {
  const rowsPerSec = r.rows / r.importSeconds;
  const copyRowsPerSec = r.rows / r.copySeconds;
  console.log(`Import benchmark: ${r.rows} observations, file ${(r.fileBytes / 1e6).toFixed(1)} MB`);
  console.log(`  upload + dry run   ${r.dryRunSeconds.toFixed(1).padStart(7)} s`);
  console.log(`  confirm (commit)   ${(r.importSeconds - r.dryRunSeconds).toFixed(1).padStart(7)} s`);
  console.log(
    `  import in all      ${r.importSeconds.toFixed(1).padStart(7)} s  ${round(rowsPerSec)} rows/s`,
  );
  console.log(
    `  PostgreSQL COPY    ${r.copySeconds.toFixed(1).padStart(7)} s  ${round(copyRowsPerSec)} rows/s`,
  );
  console.log(
    `  RSS of the process: ${round(r.rssBefore / 2 ** 20)} MB before the import, peak ${round(r.peakRss / 2 ** 20)} MB during it`,
  );
  console.log(
    '  The import checks each row against submission and indicator (foreign keys) and writes one audit entry per value;',
  );
  console.log(
    '  the COPY baseline loads a table LIKE observation INCLUDING ALL with the same two foreign keys (same shape).',
  );
  console.log(
    `  Load average (1, 5, 15 min) at the end: ${r.load.map((load) => load.toFixed(2)).join(', ')}`,
  );
  console.log(
    JSON.stringify({
      bench: 'import',
      rows: r.rows,
      rowsPerSec: round(rowsPerSec),
      copyRowsPerSec: round(copyRowsPerSec),
      ratioToCopy: round(copyRowsPerSec / rowsPerSec, 2),
      peakRssMB: round(r.peakRss / 2 ** 20),
    }),
  );
}

/** An official of the benchmark city, signed in through the API. */
async function officialToken(sql: Client, base: string): Promise<string> {
  const email = 'official.bench@bench.local';
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, 'Benchmark official', 'official', $2)
     RETURNING id`,
    [email, await hashPassword(PASSWORD)],
  );
  await sql.query(`INSERT INTO user_city (user_id, city_id) SELECT $1, id FROM city WHERE slug = $2`, [
    rows[0]!.id,
    CITY,
  ]);
  const session = await call<SessionResponse>(base, null, apiRoutes.authLogin(), 'POST', {
    email,
    password: PASSWORD,
  });
  return session.accessToken;
}

async function call<T>(
  base: string,
  token: string | null,
  url: string,
  method = 'GET',
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Uploads the file (streamed from disk) and waits for its dry run. */
async function importFile(base: string, token: string, file: string): Promise<ImportJobDto> {
  const form = new FormData();
  form.set('city', CITY);
  form.set('file', await openAsBlob(file), path.basename(file));
  const response = await fetch(`${base}${apiRoutes.imports()}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  if (!response.ok) throw new Error(`Upload answered ${response.status}: ${await response.text()}`);
  let job = (await response.json()) as ImportJobDto;
  while (job.status === 'queued' || job.status === 'dry-running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await call<ImportJobDto>(base, token, apiRoutes.importJob(job.id));
  }
  if (job.status !== 'ready') throw new Error(`The dry run ended ${job.status}: ${job.problem}`);
  return job;
}

/**
 * Seconds COPY takes to load the same rows, prepared beforehand as COPY text, into a table of
 * observation's shape: the same columns, defaults, CHECK constraints and indexes (LIKE … INCLUDING ALL)
 * and the same foreign keys, which LIKE does not copy.
 */
async function copyBaseline(sql: Client, workDir: string, rows: number): Promise<number> {
  await sql.query('CREATE TABLE bench_copy (LIKE observation INCLUDING ALL)');
  await sql.query(
    `ALTER TABLE bench_copy
       ADD FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
       ADD FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE RESTRICT`,
  );
  const submissions = await sql.query<{ year: number; id: number }>(
    `SELECT s.year, s.id FROM submission s JOIN city c ON c.id = s.city_id WHERE c.slug = $1`,
    [CITY],
  );
  const indicators = await sql.query<{ code: string; id: number }>(`SELECT code, id FROM indicator`);
  const copyFile = path.join(workDir, 'observations.copy');
  await writeLines(
    copyFile,
    copyLines(
      rows,
      new Map(submissions.rows.map((s) => [s.year, s.id])),
      new Map(indicators.rows.map((i) => [i.code, i.id])),
    ),
  );
  const started = performance.now();
  const copy = await copyFrom(
    sql,
    'COPY bench_copy (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status) FROM STDIN',
  );
  for await (const chunk of createReadStream(copyFile, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    await copy.write(chunk);
  }
  const copied = await copy.end();
  const seconds = (performance.now() - started) / 1000;
  if (copied !== rows) throw new Error(`COPY stored ${copied} rows, expected ${rows}`);
  return seconds;
}

interface FileJob {
  file: string;
  rows: number;
}

/**
 * Writes the benchmark file in a worker thread: its garbage goes with the worker's heap, so the RSS
 * measured afterwards is the API's own.
 */
async function inWorker(job: FileJob): Promise<void> {
  const worker = new Worker(__filename, { workerData: job });
  const [exitCode] = (await once(worker, 'exit')) as [number];
  if (exitCode !== 0) throw new Error(`Writing the benchmark file failed (exit code ${exitCode})`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  const job = workerData as FileJob;
  void writeLines(job.file, templateLines(job.rows));
}
