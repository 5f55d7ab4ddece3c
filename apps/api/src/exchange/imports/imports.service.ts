import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientBase } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FIRST_REPORTING_YEAR,
  IMPORT_CHANGE_KINDS,
  LAST_REPORTING_YEAR,
  MAX_IMPORT_BYTES,
  type ImportAcceptedRow,
  type ImportChangeKind,
  type ImportCommitResponse,
  type ImportConflict,
  type ImportFormat,
  type ImportJobDto,
  type ImportJobStatus,
  type ImportRejectedRow,
  type ImportReportPage,
  type ImportReportQuery,
  type ObservationStatus,
  type SubmissionStatus,
} from '@lcm/contracts';
import {
  EDITABLE_STATUSES,
  exchangeIndicator,
  isEditable,
  type ExchangeContext,
  type ImportProblem,
  type ImportProblemCode,
} from '@lcm/domain';
import { accessPolicy } from '../../auth/access-policy';
import type { AuthUser } from '../../auth/auth-user';
import { CitiesService } from '../../cities/cities.service';
import { ApiException } from '../../common/api-exception';
import { IndicatorsService } from '../../indicators/indicators.service';
import { AuditTrail } from '../../workflow/audit-trail.service';
import { DryRunCancelled, FileRefused, loadIntoStaging, type DryRunSink } from './dry-run';
import { ImportJobEntity } from './import.entities';
import { LabelMappingsService } from './label-mappings.service';
import {
  auditSql,
  candidatesSql,
  changeCountsSql,
  conflictsSql,
  createRawSql,
  deleteSql,
  dropStagingSql,
  duplicatesSql,
  insertNewSql,
  stagingTables,
  updateChangedSql,
  type ChangeCount,
  type StagingTables,
} from './staging';
import { receiveUpload } from './upload-receiver';

/** Problems kept per job for the report; all of them are counted. */
const MAX_STORED_PROBLEMS = 10_000;
/** Dry runs at once; further uploads wait as `queued`. */
const CONCURRENT_DRY_RUNS = 2;
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const RUNNING_STATUSES: readonly ImportJobStatus[] = ['queued', 'dry-running'];
/**
 * Memory PostgreSQL may use per hash or sort while comparing and committing a file (the default
 * 4 MB sends the hash of a million-row file to disk in batches).
 */
const STAGING_WORK_MEM = '64MB';
/** Header problems a chosen indicator solves: the file name names no indicator, or several of ours. */
const INDICATOR_CHOICE_CODES: readonly ImportProblemCode[] = ['AMBIGUOUS_INDICATOR', 'NO_INDICATOR'];
/** Dry runs nobody confirmed or cancelled within this many days are cancelled, freeing their staging. */
const FORGOTTEN_DRY_RUN_DAYS = 7;
/**
 * First key of the session advisory lock a process holds on a job while it dry-runs or commits it
 * (second key: the job id's hash), so that another replica starting up leaves that job alone.
 */
const IMPORT_LOCK_CLASS = 715_020_003;
const importLockSql = (fn: 'pg_advisory_lock' | 'pg_try_advisory_lock' | 'pg_advisory_unlock') =>
  `SELECT ${fn}(${IMPORT_LOCK_CLASS}, hashtext($1)) AS locked`;

interface JobRow extends ImportJobEntity {
  citySlug: string;
  cityName: string;
}

interface CandidateRow {
  row: number;
  indicator: string;
  year: number;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
  timeDetail: string | null;
  change: ImportChangeKind;
  storedValue: number | null;
  storedStatus: ObservationStatus | null;
  total: number;
}

interface ConflictRow {
  indicator: string | null;
  year: number | null;
  sex: string | null;
  age: string | null;
  urbanisation: string | null;
  disabilityStatus: string | null;
  rows: { row: number; value: string }[];
  total: number;
}

interface SubmissionState {
  id: number;
  year: number;
  status: SubmissionStatus;
  version: number;
}

/** The stored values moved on since the dry run: its report no longer says what a commit would do. */
class StaleDryRun extends Error {}

function disaggregationOf(row: {
  sex: string | null;
  age: string | null;
  urbanisation: string | null;
  disabilityStatus: string | null;
}) {
  const parts = {
    SEX: row.sex,
    AGE: row.age,
    URBANISATION: row.urbanisation,
    DISABILITY_STATUS: row.disabilityStatus,
  };
  return Object.fromEntries(Object.entries(parts).filter(([, code]) => code !== null && code !== '_T'));
}

/** Rows a commit of the job writes: new, changed and deleted values (unchanged ones write nothing). */
function rowsToWrite(job: Pick<ImportJobEntity, 'newCount' | 'changedCount' | 'deletedCount'>): number {
  return job.newCount + job.changedCount + job.deletedCount;
}

function lockedMessage(cityName: string, year: number, status: SubmissionStatus): string {
  return status === 'approved'
    ? `The ${year} submission of ${cityName} is approved and locked: an administrator must reopen it before values can be imported into it`
    : `The ${year} submission of ${cityName} is submitted for review: values can be imported into it again only if a reviewer returns it`;
}

/**
 * File imports: upload → dry run in the background (parse, map, validate, stage, compare) → report →
 * commit in one transaction, or cancel. Only a city's own officials import, only into drafts (or
 * returned submissions), exactly as form entry allows.
 */
@Injectable()
export class ImportsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportsService.name);
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private freeSlots = CONCURRENT_DRY_RUNS;
  private readonly waiting: (() => void)[] = [];
  /** Largest accepted file; a property so the benchmark and tests can see the limit in force. */
  readonly maxBytes = MAX_IMPORT_BYTES;
  readonly uploadDirectory = path.join(tmpdir(), 'lcm-imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
    private readonly labelMappings: LabelMappingsService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Imports a stopped process left half-way cannot go on: they fail, and their staging goes. A job whose
   * lock is held is being worked on by another live replica and stays as it is.
   */
  async onApplicationBootstrap(): Promise<void> {
    // A session lock is released by the session that took it: try and release on one connection.
    const runner = this.dataSource.createQueryRunner();
    try {
      const unfinished = await runner.manager.query<{ id: string }[]>(
        `SELECT id FROM import_job WHERE status IN ('queued', 'dry-running', 'committing')`,
      );
      for (const { id } of unfinished) {
        const [{ locked }] = await runner.manager.query<[{ locked: boolean }]>(
          importLockSql('pg_try_advisory_lock'),
          [id],
        );
        if (!locked) continue;
        try {
          // An UPDATE answers [rows, affected count] through TypeORM.
          const [interrupted] = await runner.manager.query<[{ id: string }[], number]>(
            `UPDATE import_job SET status = 'failed', dry_run_finished_at = COALESCE(dry_run_finished_at, now()),
                    problem = 'The server restarted during the import; nothing was written. Upload the file again.'
             WHERE id = $1 AND status IN ('queued', 'dry-running', 'committing') RETURNING id`,
            [id],
          );
          if (interrupted.length > 0) await runner.query(dropStagingSql(stagingTables(id)));
        } finally {
          await runner.query(importLockSql('pg_advisory_unlock'), [id]);
        }
      }
    } finally {
      await runner.release();
    }
    await this.cancelForgottenDryRuns();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const { controller } of this.running.values()) controller.abort();
    await Promise.all([...this.running.values()].map((run) => run.done));
  }

  async upload(request: IncomingMessage, user: AuthUser): Promise<ImportJobDto> {
    await this.cancelForgottenDryRuns().catch((error: unknown) =>
      this.logger.warn(`Could not cancel forgotten dry runs: ${String(error)}`),
    );
    const upload = await receiveUpload(request, this.uploadDirectory, this.maxBytes);
    let jobId: string;
    try {
      const { city: slug, defaultYear, indicator } = this.uploadFields(upload.fields);
      const city = await this.cities.findBySlug(slug);
      if (!accessPolicy.canEditCity(user, city.id)) {
        throw ApiException.forbidden(`Only officials of ${city.name} may import its values`);
      }
      const indicatorCode = indicator === null ? null : await this.indicatorCodeOf(indicator);
      const actor = await this.audit.actorOf(this.dataSource.manager, user);
      const [created] = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO import_job (city_id, user_id, created_by_label, file_name, file_hash, file_bytes, status,
                                 default_year, indicator_code)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $8) RETURNING id`,
        [
          city.id,
          user.id,
          actor.label,
          upload.fileName,
          upload.sha256,
          upload.bytes,
          defaultYear,
          indicatorCode,
        ],
      );
      jobId = created!.id;
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    }
    this.start(jobId, upload.path);
    return this.get(jobId, user);
  }

  /** The caller's most recent imports, newest first. */
  async list(user: AuthUser): Promise<ImportJobDto[]> {
    const rows = await this.jobRows('j.user_id = $1 ORDER BY j.created_at DESC LIMIT 50', [user.id]);
    return rows.map((row) => this.toDto(row));
  }

  async get(id: string, user: AuthUser): Promise<ImportJobDto> {
    return this.toDto(await this.ownJob(id, user));
  }

  async report(id: string, query: ImportReportQuery, user: AuthUser): Promise<ImportReportPage> {
    const job = await this.ownJob(id, user);
    const page = query.page ?? 1;
    const pageSize = Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const offset = (page - 1) * pageSize;
    if (query.kind === 'rejected') {
      if (!['ready', 'committing', 'committed'].includes(job.status)) throw this.noReport(job);
      const items = await this.dataSource.query<(ImportRejectedRow & { stored: number })[]>(
        `SELECT row, column_name AS column, reason, count(*) OVER ()::int AS stored
         FROM import_problem WHERE job_id = $1 ORDER BY row, id LIMIT $2 OFFSET $3`,
        [job.id, pageSize, offset],
      );
      const stored = items[0]?.stored ?? (await this.storedProblems(job.id));
      return {
        kind: 'rejected',
        page,
        pageSize,
        total: job.problemCount,
        stored,
        items: items.map(({ row, column, reason }) => ({ row, column, reason })),
      };
    }
    if (job.status !== 'ready') throw this.noReport(job);
    const tables = stagingTables(job.id);
    if (query.kind === 'conflicts') {
      return {
        kind: 'conflicts',
        page,
        pageSize,
        ...(await this.conflictPage(tables, query, pageSize, offset)),
      };
    }
    return {
      kind: query.kind,
      page,
      pageSize,
      ...(await this.candidatePage(tables, query, pageSize, offset)),
    };
  }

  async confirm(id: string, user: AuthUser): Promise<ImportCommitResponse> {
    const job = await this.ownJob(id, user);
    if (!accessPolicy.canEditCity(user, job.cityId)) {
      throw ApiException.forbidden(`Only officials of ${job.cityName} may import its values`);
    }
    if (job.status !== 'ready') {
      throw ApiException.conflict(
        'CONFLICT',
        `This import is ${job.status}; only an import whose dry run is ready can be confirmed`,
      );
    }
    if (rowsToWrite(job) === 0) {
      throw ApiException.conflict(
        'CONFLICT',
        'This import has nothing to write: none of its accepted rows is new, changed or deleted. Cancel it instead.',
      );
    }
    // The lock is held from the claim until the final status: a replica starting up meanwhile leaves the job be.
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.query(importLockSql('pg_advisory_lock'), [job.id]);
      const [, claimed] = await runner.manager.query<[unknown[], number]>(
        `UPDATE import_job SET status = 'committing' WHERE id = $1 AND status = 'ready'`,
        [job.id],
      );
      if (claimed === 0) {
        throw ApiException.conflict('CONFLICT', 'This import was confirmed or cancelled meanwhile');
      }
      const tables = stagingTables(job.id);
      let written: number;
      try {
        written = await runner.manager.transaction((manager) => this.commit(manager, job, tables, user));
      } catch (error) {
        if (error instanceof StaleDryRun) {
          await this.finish(job.id, 'failed', error.message);
          throw ApiException.conflict('CONFLICT', error.message);
        }
        // Nothing was written; the dry run still stands and may be confirmed again.
        await runner.query(`UPDATE import_job SET status = 'ready' WHERE id = $1`, [job.id]);
        throw error;
      }
      await runner.query(dropStagingSql(tables));
      return { job: await this.get(job.id, user), written };
    } finally {
      await runner.query(importLockSql('pg_advisory_unlock'), [job.id]).catch(() => undefined);
      await runner.release();
    }
  }

  async cancel(id: string, user: AuthUser): Promise<ImportJobDto> {
    const job = await this.ownJob(id, user);
    const run = this.running.get(job.id);
    if (run) {
      run.controller.abort();
      await run.done;
    } else if (job.status === 'ready') {
      await this.finish(job.id, 'cancelled', null);
    } else if (RUNNING_STATUSES.includes(job.status)) {
      // Left by another process, which owns the run: stopping it here would race with that process.
      throw ApiException.conflict('CONFLICT', 'This import runs on another server; try again in a moment');
    } else {
      throw ApiException.conflict('CONFLICT', `This import is ${job.status} and can no longer be cancelled`);
    }
    return this.get(job.id, user);
  }

  private uploadFields(fields: Record<string, string>): {
    city: string;
    defaultYear: number | null;
    indicator: string | null;
  } {
    const city = fields.city?.trim();
    if (!city) {
      throw ApiException.validation('The city is missing', [
        { field: 'city', message: 'name the city the values belong to, by its slug (e.g. bristol)' },
      ]);
    }
    const indicator = fields.indicator?.trim() || null;
    const rawYear = fields.defaultYear?.trim();
    if (!rawYear) return { city, defaultYear: null, indicator };
    const year = Number(rawYear);
    if (!Number.isInteger(year) || year < FIRST_REPORTING_YEAR || year > LAST_REPORTING_YEAR) {
      throw ApiException.validation('Invalid default year', [
        {
          field: 'defaultYear',
          message: `defaultYear must be a year from ${FIRST_REPORTING_YEAR} to ${LAST_REPORTING_YEAR}`,
        },
      ]);
    }
    return { city, defaultYear: year, indicator };
  }

  /** The framework's spelling of a chosen indicator code (matched as the importer matches codes: any case). */
  private async indicatorCodeOf(indicator: string): Promise<string> {
    const [found] = await this.dataSource.query<{ code: string }[]>(
      'SELECT code FROM indicator WHERE upper(code) = upper($1)',
      [indicator],
    );
    if (!found) {
      throw ApiException.validation('Unknown indicator', [
        {
          field: 'indicator',
          message: `'${indicator}' is not an indicator of the framework: give its code, such as SDG_4_6_1_LIT, or leave it out to take the indicator from the file`,
        },
      ]);
    }
    return found.code;
  }

  private start(jobId: string, filePath: string): void {
    const controller = new AbortController();
    const done = this.whenSlotFree()
      .then(() => this.dryRun(jobId, filePath, controller.signal))
      .finally(() => {
        this.releaseSlot();
        this.running.delete(jobId);
        return rm(filePath, { force: true });
      });
    this.running.set(jobId, { controller, done });
  }

  private async whenSlotFree(): Promise<void> {
    if (this.freeSlots > 0) {
      this.freeSlots--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.freeSlots++;
  }

  /** Never throws: every outcome ends in a job status the user can read. */
  private async dryRun(jobId: string, filePath: string, signal: AbortSignal): Promise<void> {
    const tables = stagingTables(jobId);
    const runner = this.dataSource.createQueryRunner();
    let client: ClientBase | null = null;
    let locked = false;
    let workMemSet = false;
    try {
      if (signal.aborted) throw new DryRunCancelled();
      client = (await runner.connect()) as ClientBase;
      await client.query(importLockSql('pg_advisory_lock'), [jobId]);
      locked = true;
      const [, claimed] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE import_job SET status = 'dry-running' WHERE id = $1 AND status = 'queued'`,
        [jobId],
      );
      // Another replica, starting up while this job waited for a slot, took it for abandoned and ended it.
      if (claimed === 0) return;
      const [job] = await this.jobRows('j.id = $1', [jobId]);
      const { context, indicatorIds } = await this.exchangeContext(job!);
      await client.query(createRawSql(tables));
      const outcome = await loadIntoStaging(
        client,
        { filePath, fileBytes: Number(job!.fileBytes), context, indicatorIds, tables, signal },
        this.sink(jobId),
      );
      await client.query(`SET work_mem = '${STAGING_WORK_MEM}'`);
      workMemSet = true;
      // Statistics first: without them the planner takes a fresh table for a few rows and sorts a
      // million of them on disk instead of hashing them.
      for (const sql of [
        `ANALYZE ${tables.raw}`,
        duplicatesSql(tables),
        `ANALYZE ${tables.duplicates}`,
        conflictsSql(tables),
      ]) {
        if (signal.aborted) throw new DryRunCancelled();
        await client.query(sql);
      }
      if (signal.aborted) throw new DryRunCancelled();
      await client.query(candidatesSql(tables), [job!.cityId]);
      // Fresh statistics, so that the commit's joins are planned for this file's size.
      await client.query(`ANALYZE ${tables.candidates}`);
      await client.query(`DROP TABLE ${tables.raw}, ${tables.duplicates}`);
      await this.recordOutcome(client, job!, tables, outcome.rows, outcome.rejectedRows);
    } catch (error) {
      await this.dataSource.query(dropStagingSql(tables)).catch(() => undefined);
      if (error instanceof DryRunCancelled || signal.aborted) {
        await this.finish(jobId, 'cancelled', null);
      } else if (error instanceof FileRefused) {
        const choiceNeeded = error.codes.some((code) => INDICATOR_CHOICE_CODES.includes(code));
        const advice = choiceNeeded
          ? ' Choose the indicator this file is for (the indicator field of the upload) and upload the file again.'
          : '';
        await this.finish(jobId, 'failed', `${error.message}${advice} Nothing was imported.`, choiceNeeded);
      } else {
        this.logger.error(`Import ${jobId} failed`, error instanceof Error ? error.stack : String(error));
        await this.finish(
          jobId,
          'failed',
          'The import failed unexpectedly; nothing was written. Try again, or report the problem with the file attached.',
        );
      }
    } finally {
      // The connection goes back to the pool: it must not keep this run's setting.
      if (workMemSet) await client?.query('RESET work_mem').catch(() => undefined);
      if (locked) await client?.query(importLockSql('pg_advisory_unlock'), [jobId]).catch(() => undefined);
      await runner.release();
    }
  }

  private sink(jobId: string): DryRunSink {
    let problemCount = 0;
    return {
      progress: async (rows, bytes) => {
        await this.dataSource.query(
          'UPDATE import_job SET rows_processed = $2, bytes_processed = $3 WHERE id = $1',
          [jobId, rows, bytes],
        );
      },
      format: async (format: ImportFormat) => {
        await this.dataSource.query('UPDATE import_job SET format = $2 WHERE id = $1', [jobId, format]);
      },
      problems: async (problems: readonly ImportProblem[]) => {
        const room = Math.max(0, MAX_STORED_PROBLEMS - problemCount);
        const kept = problems.slice(0, room);
        problemCount += problems.length;
        await this.dataSource.query('UPDATE import_job SET problem_count = $2 WHERE id = $1', [
          jobId,
          problemCount,
        ]);
        if (kept.length === 0) return;
        await this.dataSource.query(
          `INSERT INTO import_problem (job_id, row, column_name, reason)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
          [jobId, kept.map((p) => p.row ?? 0), kept.map((p) => p.column), kept.map((p) => p.message)],
        );
      },
    };
  }

  private async exchangeContext(
    job: JobRow,
  ): Promise<{ context: ExchangeContext; indicatorIds: Map<string, number> }> {
    const [indicators, validation, labelMappings, city] = await Promise.all([
      this.indicators.list(),
      this.indicators.validationContext(),
      this.labelMappings.forImport(),
      this.cities.findBySlug(job.citySlug),
    ]);
    return {
      context: {
        indicators: indicators.map(exchangeIndicator),
        dimensionCodes: validation.dimensionCodes,
        labelMappings,
        city: { slug: city.slug, name: city.name, countryIso3: city.countryIso3 },
        fileName: job.fileName,
        ...(job.defaultYear !== null ? { defaultYear: job.defaultYear } : {}),
        ...(job.indicatorCode !== null ? { indicatorCode: job.indicatorCode } : {}),
      },
      indicatorIds: validation.indicatorIds,
    };
  }

  /** Counts, target years and the state of their submissions: what a commit will do and whether it may. */
  private async recordOutcome(
    client: ClientBase,
    job: JobRow,
    tables: StagingTables,
    rows: number,
    rejectedRows: number,
  ): Promise<void> {
    const lockedRows = await this.refuseLockedRows(client, job, tables);
    const counts = (await client.query<ChangeCount>(changeCountsSql(tables))).rows;
    const [conflicting] = (
      await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${tables.conflicts}`)
    ).rows;
    const total = (change: ImportChangeKind) =>
      counts.filter((c) => c.change === change).reduce((sum, c) => sum + c.count, 0);
    const years = [...new Set(counts.map((c) => c.year))].sort((a, b) => a - b);
    const changedYears = [...new Set(counts.filter((c) => c.change !== 'unchanged').map((c) => c.year))];
    const submissions = await this.submissionStates(this.dataSource.manager, job.cityId, changedYears, false);
    const versions = Object.fromEntries(
      changedYears.map((year) => [year, submissions.find((s) => s.year === year)?.version ?? 0]),
    );
    await this.dataSource.query(
      `UPDATE import_job SET status = 'ready', dry_run_finished_at = now(), row_count = $2, rejected_count = $3,
              conflicting_count = $4, accepted_count = $5, new_count = $6, changed_count = $7, unchanged_count = $8,
              deleted_count = $9, years = $10, submission_versions = $11, problem = NULL,
              rows_processed = $2, bytes_processed = file_bytes
       WHERE id = $1`,
      [
        job.id,
        rows,
        rejectedRows + lockedRows,
        conflicting!.count,
        IMPORT_CHANGE_KINDS.reduce((sum, change) => sum + total(change), 0),
        total('new'),
        total('changed'),
        total('unchanged'),
        total('deleted'),
        years,
        JSON.stringify(versions),
      ],
    );
  }

  /**
   * Rows that would change a submitted or approved year are refused one by one (reason on the `year`
   * column), so that the rest of the file can still go into the city's drafts; unchanged rows of such
   * years stay accepted, since they write nothing. Returns how many rows were refused.
   */
  private async refuseLockedRows(client: ClientBase, job: JobRow, tables: StagingTables): Promise<number> {
    const locked = await client.query<{ year: number; status: SubmissionStatus }>(
      `SELECT DISTINCT s.year, s.status FROM ${tables.candidates} c
       JOIN submission s ON s.city_id = $1 AND s.year = c.year
       WHERE c.change <> 'unchanged' AND s.status <> ALL($2::text[])`,
      [job.cityId, EDITABLE_STATUSES],
    );
    if (locked.rows.length === 0) return 0;
    const years = locked.rows.map((r) => r.year);
    const reasons = locked.rows.map((r) => lockedMessage(job.cityName, r.year, r.status));
    const refused = await client.query<{ count: number; stored: number }>(
      `WITH refused AS (
         DELETE FROM ${tables.candidates} c WHERE c.change <> 'unchanged' AND c.year = ANY($2::int[])
         RETURNING c.row_no, c.year
       ), stored AS (
         INSERT INTO import_problem (job_id, row, column_name, reason)
         SELECT $1, r.row_no, 'year', l.reason
         FROM refused r JOIN unnest($2::int[], $3::text[]) AS l(year, reason) USING (year)
         ORDER BY r.row_no
         LIMIT GREATEST(0, $4 - (SELECT problem_count FROM import_job WHERE id = $1))
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM refused)::int AS count, (SELECT count(*) FROM stored)::int AS stored`,
      [job.id, years, reasons, MAX_STORED_PROBLEMS],
    );
    const { count } = refused.rows[0]!;
    await client.query('UPDATE import_job SET problem_count = problem_count + $2 WHERE id = $1', [
      job.id,
      count,
    ]);
    return count;
  }

  private async submissionStates(
    manager: EntityManager,
    cityId: number,
    years: readonly number[],
    lock: boolean,
  ): Promise<SubmissionState[]> {
    if (years.length === 0) return [];
    return manager.query<SubmissionState[]>(
      `SELECT id, year, status, version FROM submission WHERE city_id = $1 AND year = ANY($2::int[])
       ORDER BY year${lock ? ' FOR UPDATE' : ''}`,
      [cityId, years],
    );
  }

  /** The commit proper, inside one transaction: any failure leaves the data as it was. */
  private async commit(
    manager: EntityManager,
    job: JobRow,
    tables: StagingTables,
    user: AuthUser,
  ): Promise<number> {
    const changedYears = (
      await manager.query<{ year: number }[]>(
        `SELECT DISTINCT year FROM ${tables.candidates} WHERE change <> 'unchanged'`,
      )
    ).map((r) => r.year);
    const submissions = await this.submissionStates(manager, job.cityId, changedYears, true);
    const stale =
      changedYears.some(
        (year) => (submissions.find((s) => s.year === year)?.version ?? 0) !== job.submissionVersions[year],
      ) || Object.keys(job.submissionVersions).length !== changedYears.length;
    if (stale) {
      throw new StaleDryRun(
        `Values of ${job.cityName} changed since this file was checked, so its report is out of date; nothing was written. Upload the file again for a fresh report.`,
      );
    }
    const locked = submissions.find((s) => !isEditable(s.status));
    if (locked)
      throw ApiException.conflict(
        'SUBMISSION_LOCKED',
        lockedMessage(job.cityName, locked.year, locked.status),
      );
    const missing = changedYears.filter((year) => !submissions.some((s) => s.year === year));
    if (missing.length > 0) {
      const created = await manager.query<unknown[]>(
        `INSERT INTO submission (city_id, year, status, version)
         SELECT $1, year, 'draft', 0 FROM unnest($2::int[]) AS year
         ON CONFLICT ON CONSTRAINT uq_submission_city_year DO NOTHING RETURNING id`,
        [job.cityId, missing],
      );
      // Another writer created one meanwhile: it may hold values this report did not see.
      if (created.length !== missing.length) {
        throw new StaleDryRun(
          `Values of ${job.cityName} changed since this file was checked; nothing was written. Upload the file again for a fresh report.`,
        );
      }
    }
    const actor = await this.audit.actorOf(manager, user);
    await manager.query(`SET LOCAL work_mem = '${STAGING_WORK_MEM}'`);
    // Each statement scans the whole staging table: skip those the dry run found nothing for.
    if (job.newCount > 0) await manager.query(insertNewSql(tables), [job.cityId]);
    if (job.changedCount > 0) await manager.query(updateChangedSql(tables), [job.cityId]);
    if (job.deletedCount > 0) await manager.query(deleteSql(tables), [job.cityId]);
    if (changedYears.length > 0)
      await manager.query(auditSql(tables), [
        job.cityId,
        actor.id,
        actor.label,
        `Imported from ${job.fileName} (SHA-256 ${job.fileHash})`,
      ]);
    if (changedYears.length > 0) {
      await manager.query(
        'UPDATE submission SET version = version + 1, updated_at = now() WHERE city_id = $1 AND year = ANY($2::int[])',
        [job.cityId, changedYears],
      );
    }
    await manager.query(`UPDATE import_job SET status = 'committed', committed_at = now() WHERE id = $1`, [
      job.id,
    ]);
    return rowsToWrite(job);
  }

  /** Cancels dry runs left `ready` for days: nobody is going to confirm them, and their staging is large. */
  private async cancelForgottenDryRuns(): Promise<void> {
    // Claimed by status, so that a confirm that got there first keeps its staging.
    const [forgotten] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE import_job SET status = 'cancelled'
       WHERE status = 'ready' AND dry_run_finished_at < now() - make_interval(days => $1) RETURNING id`,
      [FORGOTTEN_DRY_RUN_DAYS],
    );
    for (const { id } of forgotten) await this.finish(id, 'cancelled', null);
  }

  /** Ends a job that will not be committed: its staging and report rows go, its counts stay. */
  private async finish(
    jobId: string,
    status: 'failed' | 'cancelled',
    problem: string | null,
    indicatorChoiceNeeded = false,
  ): Promise<void> {
    await this.dataSource.query(dropStagingSql(stagingTables(jobId)));
    await this.dataSource.query('DELETE FROM import_problem WHERE job_id = $1', [jobId]);
    await this.dataSource.query(
      `UPDATE import_job SET status = $2, problem = $3, indicator_choice_needed = $4,
              dry_run_finished_at = COALESCE(dry_run_finished_at, now())
       WHERE id = $1`,
      [jobId, status, problem, indicatorChoiceNeeded],
    );
  }

  private async candidatePage(
    tables: StagingTables,
    query: ImportReportQuery,
    pageSize: number,
    offset: number,
  ): Promise<{ total: number; items: ImportAcceptedRow[] }> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const change = query.change ?? (query.kind === 'changes' ? null : undefined);
    if (change) {
      params.push(change);
      conditions.push(`c.change = $${params.length}`);
    } else if (change === null) {
      conditions.push(`c.change <> 'unchanged'`);
    }
    if (query.indicator) {
      params.push(query.indicator);
      conditions.push(`i.code = $${params.length}`);
    }
    if (query.year !== undefined) {
      params.push(query.year);
      conditions.push(`c.year = $${params.length}`);
    }
    params.push(pageSize, offset);
    const rows = await this.dataSource.query<CandidateRow[]>(
      `SELECT c.row_no AS row, i.code AS indicator, c.year, c.sex, c.age, c.urbanisation,
              c.disability_status AS "disabilityStatus", c.value, c.status, c.source, c.comment,
              c.time_detail AS "timeDetail", c.change, c.stored_value AS "storedValue",
              c.stored_status AS "storedStatus", count(*) OVER ()::int AS total
       FROM ${tables.candidates} c JOIN indicator i ON i.id = c.indicator_id
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY c.row_no LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map(({ total: _total, sex, age, urbanisation, disabilityStatus, ...row }) => ({
        ...row,
        disaggregation: disaggregationOf({ sex, age, urbanisation, disabilityStatus }),
      })),
    };
  }

  private async conflictPage(
    tables: StagingTables,
    query: ImportReportQuery,
    pageSize: number,
    offset: number,
  ): Promise<{ total: number; items: ImportConflict[] }> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (query.indicator) {
      params.push(query.indicator);
      conditions.push(`i.code = $${params.length}`);
    }
    if (query.year !== undefined) {
      params.push(query.year);
      conditions.push(`f.year = $${params.length}`);
    }
    params.push(pageSize, offset);
    const groups = await this.dataSource.query<ConflictRow[]>(
      `SELECT i.code AS indicator, f.year, f.sex, f.age, f.urbanisation, f.disability_status AS "disabilityStatus",
              json_agg(json_build_object('row', f.row_no, 'value', f.shown) ORDER BY f.row_no) AS rows,
              count(*) OVER ()::int AS total
       FROM ${tables.conflicts} f LEFT JOIN indicator i ON i.id = f.indicator_id
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       GROUP BY f.group_key, i.code, f.year, f.sex, f.age, f.urbanisation, f.disability_status
       ORDER BY min(f.row_no) LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      total: groups[0]?.total ?? 0,
      items: groups.map((g) => ({
        indicator: g.indicator,
        year: g.year,
        disaggregation: g.indicator === null ? null : disaggregationOf(g),
        rows: g.rows,
      })),
    };
  }

  private async storedProblems(jobId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM import_problem WHERE job_id = $1',
      [jobId],
    );
    return row!.count;
  }

  private noReport(job: JobRow): ApiException {
    return ApiException.conflict(
      'CONFLICT',
      RUNNING_STATUSES.includes(job.status)
        ? 'The dry run is still running: its report is ready when the job status is ready'
        : `This import is ${job.status}; its report is no longer available`,
    );
  }

  private async ownJob(id: string, user: AuthUser): Promise<JobRow> {
    const [job] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.jobRows('j.id = $1 AND j.user_id = $2', [id, user.id])
      : [];
    if (!job) throw ApiException.notFound(`No import ${id} of yours`);
    return job;
  }

  private jobRows(condition: string, params: unknown[]): Promise<JobRow[]> {
    return this.dataSource.query<JobRow[]>(
      `SELECT j.id, j.city_id AS "cityId", c.slug AS "citySlug", c.name AS "cityName", j.user_id AS "userId",
              j.created_by_label AS "createdByLabel", j.file_name AS "fileName", j.file_hash AS "fileHash",
              j.file_bytes AS "fileBytes", j.format, j.status, j.default_year AS "defaultYear",
              j.indicator_code AS "indicatorCode", j.indicator_choice_needed AS "indicatorChoiceNeeded",
              j.rows_processed AS "rowsProcessed", j.bytes_processed AS "bytesProcessed", j.row_count AS "rowCount",
              j.accepted_count AS "acceptedCount", j.rejected_count AS "rejectedCount",
              j.conflicting_count AS "conflictingCount", j.new_count AS "newCount", j.changed_count AS "changedCount",
              j.unchanged_count AS "unchangedCount", j.deleted_count AS "deletedCount",
              j.problem_count AS "problemCount", j.years, j.submission_versions AS "submissionVersions",
              j.problem, j.created_at AS "createdAt", j.dry_run_finished_at AS "dryRunFinishedAt",
              j.committed_at AS "committedAt"
       FROM import_job j JOIN city c ON c.id = j.city_id
       WHERE ${condition}`,
      params,
    );
  }

  private toDto(job: JobRow): ImportJobDto {
    return {
      id: job.id,
      city: job.citySlug,
      cityName: job.cityName,
      fileName: job.fileName,
      fileHash: job.fileHash,
      format: job.format,
      status: job.status,
      defaultYear: job.defaultYear,
      indicator: job.indicatorCode,
      indicatorChoiceNeeded: job.indicatorChoiceNeeded,
      progress: {
        rowsProcessed: job.rowsProcessed,
        bytesProcessed: Number(job.bytesProcessed),
        bytesTotal: Number(job.fileBytes),
      },
      counts: {
        rows: job.rowCount,
        accepted: job.acceptedCount,
        rejected: job.rejectedCount,
        conflicting: job.conflictingCount,
        new: job.newCount,
        changed: job.changedCount,
        unchanged: job.unchangedCount,
        deleted: job.deletedCount,
      },
      years: job.years,
      problem: job.problem,
      canCommit: job.status === 'ready' && rowsToWrite(job) > 0,
      createdBy: job.createdByLabel,
      createdAt: job.createdAt.toISOString(),
      dryRunFinishedAt: job.dryRunFinishedAt?.toISOString() ?? null,
      committedAt: job.committedAt?.toISOString() ?? null,
    };
  }
}
