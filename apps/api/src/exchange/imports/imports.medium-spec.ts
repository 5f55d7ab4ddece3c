import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type {
  ApiError,
  AuditEventDto,
  CityObservationsResponse,
  ImportCommitResponse,
  ImportJobDto,
  ImportRejectedRow,
  ImportReportPage,
} from '@lcm/contracts';
import { REPO_ROOT } from '../../config/app-config';
import { loginAs } from '../../test/auth-helpers';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ImportsService } from './imports.service';

const FIXTURES = path.join(REPO_ROOT, 'fixtures');
const BRISTOL_4_3_1 = path.join(FIXTURES, 'bristol-sdg-data', 'data', 'indicator_4-3-1.csv');
const ONS_4_3_1 = path.join(FIXTURES, 'ons-sdg-data', 'data', 'indicator_4-3-1.csv');
const BRISTOL_4_6_1 = path.join(FIXTURES, 'bristol-sdg-data', 'data', 'indicator_4-6-1.csv');

const TEMPLATE_HEADER = 'city,indicator,year,sex,age,urbanisation,disability_status,value,unit,status';

/** Year and value of each data row of a two-column Open SDG file. */
function yearValues(file: string): [number, number][] {
  return readFileSync(file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number) as [number, number]);
}

describe('importing a file: upload, dry run, report, confirm or cancel', () => {
  let t: TestApp;
  let official: string;
  let corkOfficial: string;
  let mayor: string;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    official = await loginAs(t, 'official', 'bristol');
    corkOfficial = await loginAs(t, 'official', 'cork');
    mayor = await loginAs(t, 'mayor', 'bristol');
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  function upload(
    token: string,
    file: Buffer | string,
    fileName: string,
    city = 'bristol',
    extraFields: Record<string, string> = {},
  ) {
    const form = t.http().post('/api/imports').auth(token, { type: 'bearer' }).field('city', city);
    for (const [name, value] of Object.entries(extraFields)) void form.field(name, value);
    return form.attach('file', typeof file === 'string' ? Buffer.from(file, 'utf8') : file, fileName);
  }

  async function settle(id: string, token = official): Promise<ImportJobDto> {
    for (;;) {
      const job = (await t.http().get(`/api/imports/${id}`).auth(token, { type: 'bearer' }).expect(200))
        .body as ImportJobDto;
      if (job.status !== 'queued' && job.status !== 'dry-running') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function dryRun(
    file: Buffer | string,
    fileName: string,
    extraFields: Record<string, string> = {},
  ): Promise<ImportJobDto> {
    const response = await upload(official, file, fileName, 'bristol', extraFields).expect(201);
    return settle((response.body as ImportJobDto).id);
  }

  async function report(id: string, query: string): Promise<ImportReportPage> {
    return (
      await t.http().get(`/api/imports/${id}/report?${query}`).auth(official, { type: 'bearer' }).expect(200)
    ).body as ImportReportPage;
  }

  const confirm = (id: string) =>
    t.http().post(`/api/imports/${id}/confirm`).auth(official, { type: 'bearer' });

  async function bristolValues(indicator: string): Promise<CityObservationsResponse['observations']> {
    const response = await t
      .http()
      .get(`/api/cities/bristol/observations?indicator=${indicator}`)
      .auth(official, { type: 'bearer' })
      .expect(200);
    return (response.body as CityObservationsResponse).observations;
  }

  async function countRows(table: string): Promise<number> {
    const [row] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table}`,
    );
    return row!.count;
  }

  const stagingTables = async () =>
    (
      await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = 'import_staging'`,
      )
    ).length;

  it('imports Bristol’s 4.3.1 file as the city’s official, with the values of the file, audited with its hash', async () => {
    const expected = yearValues(BRISTOL_4_3_1);
    const job = await dryRun(readFileSync(BRISTOL_4_3_1), 'indicator_4-3-1.csv');
    expect(job).toMatchObject({
      status: 'ready',
      format: 'open-sdg-csv',
      canCommit: true,
      problem: null,
      counts: {
        rows: 16,
        accepted: 16,
        rejected: 0,
        conflicting: 0,
        new: 16,
        changed: 0,
        unchanged: 0,
        deleted: 0,
      },
      progress: { rowsProcessed: 16, bytesProcessed: job.progress.bytesTotal },
    });
    expect(job.years).toEqual(expected.map(([year]) => year));
    const accepted = await report(job.id, 'kind=accepted&pageSize=5');
    expect(accepted.total).toBe(16);
    expect(accepted.items[0]).toMatchObject({
      row: 2,
      indicator: 'SDG_4_3_1',
      year: 2004,
      value: 34.3,
      change: 'new',
    });
    expect(await bristolValues('SDG_4_3_1')).toEqual([]);

    const committed = (await confirm(job.id).expect(200)).body as ImportCommitResponse;
    expect(committed).toMatchObject({ written: 16, job: { status: 'committed' } });
    const stored = await bristolValues('SDG_4_3_1');
    expect(stored.map((o) => [o.year, o.value])).toEqual(expected);
    expect(await stagingTables()).toBe(0);

    const history = (
      await t
        .http()
        .get('/api/cities/bristol/years/2010/submission/history')
        .auth(official, { type: 'bearer' })
        .expect(200)
    ).body as AuditEventDto[];
    expect(history).toEqual([
      expect.objectContaining({
        action: 'value_added',
        indicator: 'SDG_4_3_1',
        disaggregation: 'total',
        newValue: expect.objectContaining({
          value: expected.find(([year]) => year === 2010)![1],
          status: 'A',
        }),
        reason: `Imported from indicator_4-3-1.csv (SHA-256 ${job.fileHash})`,
      }),
    ]);

    // The same file again changes nothing: it cannot be confirmed, only cancelled, and leaves no audit entry.
    const auditBefore = await countRows('audit_event');
    const again = await dryRun(readFileSync(BRISTOL_4_3_1), 'indicator_4-3-1.csv');
    expect(again.counts).toMatchObject({ accepted: 16, new: 0, changed: 0, unchanged: 16 });
    expect(again.canCommit).toBe(false);
    expect((await report(again.id, 'kind=changes')).total).toBe(0);
    expect(((await confirm(again.id).expect(409)).body as ApiError).message).toMatch(/nothing to write/);
    expect((await settle(again.id)).status).toBe('ready');
    await t.http().post(`/api/imports/${again.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
    expect(await countRows('audit_event')).toBe(auditBefore);
    expect((await bristolValues('SDG_4_3_1')).map((o) => [o.year, o.value])).toEqual(expected);
  });

  it('imports Bristol’s 4.6.1 file, ambiguous by its name, once the official chooses the literacy indicator', async () => {
    const file = readFileSync(BRISTOL_4_6_1);
    const unchosen = await dryRun(file, 'indicator_4-6-1.csv');
    expect(unchosen).toMatchObject({ status: 'failed', indicator: null, indicatorChoiceNeeded: true });
    expect(unchosen.problem).toMatch(/several indicators of the framework \(SDG_4_6_1_LIT, SDG_4_6_1_NUM\)/);
    expect(unchosen.problem).toMatch(/indicator field of the upload\) and upload the file again/);

    // 2010 is approved; the other years of the file have no submission yet or are drafts.
    await t.dataSource.query(
      `INSERT INTO submission (city_id, year, status, version, submitted_at, approved_at)
       SELECT id, 2010, 'approved', 1, now(), now() FROM city WHERE slug = 'bristol'
       ON CONFLICT ON CONSTRAINT uq_submission_city_year DO UPDATE SET status = 'approved'`,
    );
    const sexOf: Record<string, Record<string, string>> = { Boy: { SEX: 'M' }, Girl: { SEX: 'F' }, '': {} };
    const rows = readFileSync(BRISTOL_4_6_1, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','))
      .map(([years, gender, value]) => ({
        year: Number(years!.split('/')[0]),
        disaggregation: sexOf[gender!]!,
        value: Number(value),
      }));
    const expected = rows.filter((r) => r.year !== 2010);

    const job = await dryRun(file, 'indicator_4-6-1.csv', { indicator: 'SDG_4_6_1_LIT' });
    expect(job).toMatchObject({
      status: 'ready',
      format: 'open-sdg-csv',
      indicator: 'SDG_4_6_1_LIT',
      indicatorChoiceNeeded: false,
      canCommit: true,
      counts: { rows: 27, accepted: 24, rejected: 3, conflicting: 0, new: 24 },
    });
    // The three 2010/2011 rows, last in the file, are refused one by one.
    const rejected = (await report(job.id, 'kind=rejected')).items as ImportRejectedRow[];
    expect(rejected.map((r) => [r.row, r.column])).toEqual([
      [26, 'year'],
      [27, 'year'],
      [28, 'year'],
    ]);
    for (const { reason } of rejected) expect(reason).toMatch(/2010 submission of Bristol is approved/);
    expect(((await confirm(job.id).expect(200)).body as ImportCommitResponse).written).toBe(24);
    const stored = await bristolValues('SDG_4_6_1_LIT');
    const byKey = (o: { year: number; disaggregation: Record<string, string> }) =>
      `${o.year}${JSON.stringify(o.disaggregation)}`;
    expect(new Map(stored.map((o) => [byKey(o), o.value]))).toEqual(
      new Map(expected.map((o) => [byKey(o), o.value])),
    );
    expect(stored.find((o) => o.year === 2018 && o.disaggregation.SEX === 'M')?.value).toBe(55.6);
    expect(await bristolValues('SDG_4_6_1_NUM')).toEqual([]);
  });

  it('answers 400 naming the indicator field for an indicator the framework does not have', async () => {
    const jobsBefore = await countRows('import_job');
    const response = await upload(official, readFileSync(BRISTOL_4_6_1), 'indicator_4-6-1.csv', 'bristol', {
      indicator: 'SDG_4_6_1_SPELLING',
    }).expect(400);
    expect(response.body as ApiError).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        expect.objectContaining({ field: 'indicator', message: expect.stringMatching(/SDG_4_6_1_SPELLING/) }),
      ],
    });
    expect(await countRows('import_job')).toBe(jobsBefore);
  });

  it('reports the two conflicting groups of ONS 4-3-1 and writes none of its rows', async () => {
    const before = await countRows('observation');
    const job = await dryRun(readFileSync(ONS_4_3_1), 'indicator_4-3-1.csv');
    // Every row is refused anyway (national rows, series and columns Bristol's framework does not know),
    // and the duplicated keys are reported as conflicts on top.
    expect(job).toMatchObject({
      status: 'ready',
      counts: { rows: 90, accepted: 0, rejected: 90, conflicting: 22, new: 0 },
    });
    const conflicts = await report(job.id, 'kind=conflicts');
    expect(conflicts.total).toBe(2);
    const groups = conflicts.items as { rows: { row: number; value: string }[] }[];
    expect(groups.map((g) => g.rows.map((r) => r.row))).toEqual([
      [40, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65],
      [66, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91],
    ]);
    expect(groups[0]!.rows[0]!.value).toBe('10.4 (Normal value)');
    const rejected = await report(job.id, 'kind=rejected&pageSize=1000');
    expect(new Set((rejected.items as { row: number }[]).map((r) => r.row)).size).toBe(90);
    expect(rejected.items).toContainEqual(
      expect.objectContaining({
        row: 2,
        column: 'Country of birth',
        reason: expect.stringMatching(/not one the importer knows/),
      }),
    );
    expect(job.canCommit).toBe(false);
    await confirm(job.id).expect(409);
    await t.http().post(`/api/imports/${job.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
    expect(await countRows('observation')).toBe(before);
  });

  it('keeps one of identical repeated rows and reports repeated keys with different values as a conflict', async () => {
    const job = await dryRun(
      [
        TEMPLATE_HEADER,
        'bristol,SDG_4_3_1,2031,,,,,5,PT,A',
        'bristol,SDG_4_3_1,2032,,,,,6,PT,A',
        'bristol,SDG_4_3_1,2031,,,,,5,PT,A',
        'bristol,SDG_4_3_1,2033,,,,,8,PT,A',
        'bristol,SDG_4_3_1,2032,,,,,7,PT,A',
      ].join('\n'),
      'repeats.csv',
    );
    expect(job).toMatchObject({
      status: 'ready',
      counts: { rows: 5, rejected: 0, conflicting: 2, accepted: 2, new: 2 },
    });
    const accepted = await report(job.id, 'kind=accepted');
    expect((accepted.items as { row: number; year: number }[]).map((r) => [r.row, r.year])).toEqual([
      [2, 2031],
      [5, 2033],
    ]);
    const conflicts = await report(job.id, 'kind=conflicts');
    expect(conflicts.items).toEqual([
      expect.objectContaining({
        indicator: 'SDG_4_3_1',
        year: 2032,
        rows: [
          { row: 3, value: '6' },
          { row: 6, value: '7' },
        ],
      }),
    ]);
    await t.http().post(`/api/imports/${job.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
  });

  it('stops a running dry run on cancel and leaves no trace', async () => {
    const before = {
      observations: await countRows('observation'),
      submissions: await countRows('submission'),
    };
    const rows = Array.from(
      { length: 150_000 },
      (_, i) => `bristol,SDG_4_3_1,${2000 + (i % 100)},,,,,50,PT,A`,
    );
    const response = await upload(official, [TEMPLATE_HEADER, ...rows].join('\n'), 'big.csv').expect(201);
    const cancelled = (
      await t
        .http()
        .post(`/api/imports/${(response.body as ImportJobDto).id}/cancel`)
        .auth(official, { type: 'bearer' })
        .expect(200)
    ).body as ImportJobDto;
    expect(cancelled.status).toBe('cancelled');
    expect(await stagingTables()).toBe(0);
    expect(await countRows('observation')).toBe(before.observations);
    expect(await countRows('submission')).toBe(before.submissions);
    await confirm(cancelled.id).expect(409);
  });

  it('cancels a dry run left unconfirmed for over a week, dropping its staging, when the next file arrives', async () => {
    const file = `${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2034,,,,,44,PT,A\n`;
    const forgotten = await dryRun(file, 'forgotten.csv');
    const recent = await dryRun(file, 'recent.csv');
    expect(forgotten.status).toBe('ready');
    await t.dataSource.query(
      `UPDATE import_job SET dry_run_finished_at = now() - interval '8 days' WHERE id = $1`,
      [forgotten.id],
    );
    const next = await dryRun(file, 'next.csv');
    expect((await settle(forgotten.id)).status).toBe('cancelled');
    expect((await settle(recent.id)).status).toBe('ready');
    for (const job of [recent, next]) {
      await t.http().post(`/api/imports/${job.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
    }
    expect(await stagingTables()).toBe(0);
  });

  it('leaves an import another live server is working on alone when starting up', async () => {
    const file = `${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2035,,,,,45,PT,A\n`;
    const [owned, abandoned] = [await dryRun(file, 'owned.csv'), await dryRun(file, 'abandoned.csv')];
    await t.dataSource.query(`UPDATE import_job SET status = 'dry-running' WHERE id = ANY($1::uuid[])`, [
      [owned.id, abandoned.id],
    ]);
    // Another server holds the lock of the job it works on, on a connection of its own.
    const otherServer = t.dataSource.createQueryRunner();
    try {
      await otherServer.query('SELECT pg_advisory_lock(715020003, hashtext($1))', [owned.id]);
      await t.app.get(ImportsService).onApplicationBootstrap();
    } finally {
      await otherServer.query('SELECT pg_advisory_unlock_all()');
      await otherServer.release();
    }
    const [{ status }] = await t.dataSource.query<[{ status: string }]>(
      'SELECT status FROM import_job WHERE id = $1',
      [owned.id],
    );
    expect(status).toBe('dry-running');
    const ended = await settle(abandoned.id);
    expect(ended.status).toBe('failed');
    expect(ended.problem).toMatch(/server restarted/);
    await t.dataSource.query(`UPDATE import_job SET status = 'ready' WHERE id = $1`, [owned.id]);
    await t.http().post(`/api/imports/${owned.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
    expect(await stagingTables()).toBe(0);
  });

  it('lets only the city’s own officials import', async () => {
    const file = `${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2030,,,,,40,PT,A\n`;
    expect(((await upload(corkOfficial, file, 'a.csv').expect(403)).body as ApiError).code).toBe('FORBIDDEN');
    for (const token of [mayor, analyst, admin]) await upload(token, file, 'a.csv').expect(403);
    await t
      .http()
      .post('/api/imports')
      .field('city', 'bristol')
      .attach('file', Buffer.from(file), 'a.csv')
      .expect(401);
    // Someone else's import is not visible.
    const job = await dryRun(file, 'a.csv');
    await t.http().get(`/api/imports/${job.id}`).auth(corkOfficial, { type: 'bearer' }).expect(404);
  });

  it('refuses rows of a year that is not a draft, and a confirm when values changed since the dry run', async () => {
    const file = `${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2031,,,,,41,PT,A\n`;
    const first = await dryRun(file, 'a.csv');
    // Meanwhile the official saves a value of that year by hand.
    await t
      .http()
      .put('/api/cities/bristol/years/2031/observations')
      .auth(official, { type: 'bearer' })
      .send({ version: 0, observations: [{ indicator: 'SDG_4_3_1', value: 12 }] })
      .expect(200);
    expect(((await confirm(first.id).expect(409)).body as ApiError).code).toBe('CONFLICT');
    expect((await settle(first.id)).status).toBe('failed');
    expect((await bristolValues('SDG_4_3_1')).find((o) => o.year === 2031)?.value).toBe(12);

    await t.dataSource.query(
      `UPDATE submission SET status = 'approved' WHERE year = 2031 AND city_id = (SELECT id FROM city WHERE slug = 'bristol')`,
    );
    // The approved year's row is refused with its reason; the same file's draft year still imports.
    const mixed = `${file}bristol,SDG_4_3_1,2032,,,,,43,PT,A\n`;
    const locked = await dryRun(mixed, 'a.csv');
    expect(locked).toMatchObject({
      status: 'ready',
      problem: null,
      counts: { rejected: 1, changed: 0, new: 1 },
    });
    const rejected = await report(locked.id, 'kind=rejected');
    expect(rejected.items).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'year',
        reason: expect.stringMatching(/2031 submission of Bristol is approved/),
      }),
    ]);
    expect(((await confirm(locked.id).expect(200)).body as ImportCommitResponse).written).toBe(1);
    const values = await bristolValues('SDG_4_3_1');
    expect(values.find((o) => o.year === 2031)?.value).toBe(12);
    expect(values.find((o) => o.year === 2032)?.value).toBe(43);
  });

  describe('bad input gets a clear report and writes nothing', () => {
    let before: number;
    beforeEach(async () => {
      before = await countRows('observation');
    });
    afterEach(async () => {
      expect(await countRows('observation')).toBe(before);
      await t.http().get('/api/health').expect(200);
    });

    it.each([
      ['an empty file', '', /empty/i],
      ['a header only', `${TEMPLATE_HEADER}\n`, /no data rows/i],
      [
        'another encoding',
        Buffer.from(`${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2020,,,,,5,PT,A,Dépôt\n`, 'latin1'),
        /not UTF-8/,
      ],
      [
        'a 2 MB line',
        `${TEMPLATE_HEADER}\nbristol,SDG_4_3_1,2020,,,,,5,PT,${'A'.repeat(2.2 * 1024 * 1024)}\n`,
        /row 2/i,
      ],
      ['broken quoting', `${TEMPLATE_HEADER}\nbristol,"SDG_4_3_1,2020,,,,,5,PT,A\n`, /quote/i],
    ])('%s', async (_name, content, message) => {
      const job = await dryRun(content, 'bad.csv');
      expect(job.status).toBe('failed');
      expect(job.problem).toMatch(message);
      expect(job.canCommit).toBe(false);
    });

    it('a ZIP bomb disguised as a workbook', async () => {
      const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
      const job = await dryRun(Buffer.from(bomb), 'values.xlsx');
      expect(job.status).toBe('failed');
      expect(job.problem).toBeTruthy();
    });

    it('numbers that are not plain numbers', async () => {
      const values = ['1e309', 'NaN', '12,5', '1 234'];
      const lines = values.map((value, i) => `bristol,SDG_4_3_1,${2040 + i},,,,,"${value}",PT,A`);
      const job = await dryRun([TEMPLATE_HEADER, ...lines].join('\n'), 'numbers.csv');
      expect(job).toMatchObject({ status: 'ready', counts: { rows: 4, accepted: 0, rejected: 4 } });
      const rejected = await report(job.id, 'kind=rejected');
      expect((rejected.items as { row: number; column: string }[]).map((r) => [r.row, r.column])).toEqual([
        [2, 'value'],
        [3, 'value'],
        [4, 'value'],
        [5, 'value'],
      ]);
      expect(job.canCommit).toBe(false);
      await confirm(job.id).expect(409);
      await t.http().post(`/api/imports/${job.id}/cancel`).auth(official, { type: 'bearer' }).expect(200);
    });
  });

  it('answers 413 to a file over 200 MB, and stays up', async () => {
    const address = t.app.getHttpServer().listening
      ? (t.app.getHttpServer().address() as AddressInfo)
      : await new Promise<AddressInfo>((resolve) => {
          const server = t.app.getHttpServer();
          server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
        });
    const boundary = 'lcm-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="city"\r\n\r\nbristol\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.csv"\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: address.port,
          method: 'POST',
          path: '/api/imports',
          headers: {
            Authorization: `Bearer ${official}`,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            'Transfer-Encoding': 'chunked',
          },
        },
        (response) => {
          let text = '';
          response.on('data', (data: Buffer) => (text += data.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, body: text }));
        },
      );
      request.on('error', reject);
      // Chunked, without a length: the limit must hold while the bytes stream in.
      let sent = 0;
      const writeMore = () => {
        while (sent < 201) {
          sent++;
          if (!request.write(chunk)) return void request.once('drain', writeMore);
        }
        request.end(`\r\n--${boundary}--\r\n`);
      };
      request.write(head);
      writeMore();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/200 MB/),
    });
    await t.http().get('/api/health').expect(200);
  });
});

describe('label mappings', () => {
  let t: TestApp;
  let admin: string;
  let official: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
    official = await loginAs(t, 'official', 'bristol');
  });
  afterAll(() => t.close());

  it('starts from the default mappings and lets an admin add, edit and delete them', async () => {
    const list = (await t.http().get('/api/admin/label-mappings').auth(admin, { type: 'bearer' }).expect(200))
      .body as { id: number; kind: string; label: string; dimension: string; code: string | null }[];
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'value', label: 'Boys', dimension: 'SEX', code: 'M' }),
        expect.objectContaining({ kind: 'column', label: 'Gender', dimension: 'SEX', code: null }),
      ]),
    );
    const created = (
      await t
        .http()
        .post('/api/admin/label-mappings')
        .auth(admin, { type: 'bearer' })
        .send({ kind: 'value', label: '  Countryside ', dimension: 'URBANISATION', code: 'R' })
        .expect(201)
    ).body as { id: number; label: string };
    expect(created.label).toBe('Countryside');
    await t
      .http()
      .post('/api/admin/label-mappings')
      .auth(admin, { type: 'bearer' })
      .send({ kind: 'value', label: 'COUNTRYSIDE', dimension: 'URBANISATION', code: 'U' })
      .expect(409);
    const invalid = await t
      .http()
      .post('/api/admin/label-mappings')
      .auth(admin, { type: 'bearer' })
      .send({ kind: 'value', label: 'Martians', dimension: 'SEX', code: 'X' })
      .expect(400);
    expect((invalid.body as ApiError).errors).toEqual([expect.objectContaining({ field: 'code' })]);
    await t
      .http()
      .put(`/api/admin/label-mappings/${created.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ kind: 'value', label: 'Countryside', dimension: 'URBANISATION', code: 'U' })
      .expect(200);
    await t
      .http()
      .delete(`/api/admin/label-mappings/${created.id}`)
      .auth(admin, { type: 'bearer' })
      .expect(204);
    await t
      .http()
      .delete(`/api/admin/label-mappings/${created.id}`)
      .auth(admin, { type: 'bearer' })
      .expect(404);
    await t.http().get('/api/admin/label-mappings').auth(official, { type: 'bearer' }).expect(403);
  });

  it('uses the table when importing: an unmapped label is reported, a mapped one imported', async () => {
    const file = 'Year,Sex,Value\n2020,Lads,55\n';
    const run = async () => {
      const response = await t
        .http()
        .post('/api/imports')
        .auth(official, { type: 'bearer' })
        .field('city', 'bristol')
        .attach('file', Buffer.from(file), 'indicator_4-3-1.csv')
        .expect(201);
      let job = response.body as ImportJobDto;
      while (job.status === 'queued' || job.status === 'dry-running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = (await t.http().get(`/api/imports/${job.id}`).auth(official, { type: 'bearer' }))
          .body as ImportJobDto;
      }
      return job;
    };
    expect((await run()).counts).toMatchObject({ rows: 1, rejected: 1, accepted: 0 });
    await t
      .http()
      .post('/api/admin/label-mappings')
      .auth(admin, { type: 'bearer' })
      .send({ kind: 'value', label: 'Lads', dimension: 'SEX', code: 'M' })
      .expect(201);
    expect((await run()).counts).toMatchObject({ rows: 1, rejected: 0, accepted: 1, new: 1 });
  });
});
