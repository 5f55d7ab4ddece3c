import { unzipSync } from 'fflate';
import type { Response } from 'supertest';
import type { ImportCommitResponse, ImportJobDto } from '@lcm/contracts';
import { loginAs } from '../../test/auth-helpers';
import { newSubmission } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { readXlsxRows } from '../xlsx/xlsx-reader';
import { xlsxBytes } from '../xlsx/xlsx-writer';

/** Every stored observation of a city, as comparable text rows, in a fixed order. */
async function observationsOf(t: TestApp, city: string): Promise<string[]> {
  const rows = await t.dataSource.query<Record<string, unknown>[]>(
    `SELECT i.code, s.year, o.sex, o.age, o.urbanisation, o.disability_status, o.value, o.status, o.source,
            o.comment, o.time_detail
     FROM observation o JOIN submission s ON s.id = o.submission_id JOIN city c ON c.id = s.city_id
     JOIN indicator i ON i.id = o.indicator_id
     WHERE c.slug = $1
     ORDER BY i.code, s.year, o.sex, o.age, o.urbanisation, o.disability_status`,
    [city],
  );
  return rows.map((row) => JSON.stringify(row));
}

function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * Bristol's values in two approved years: breakdowns by every dimension, every observation status
 * (missing without a value), sources and comments with commas and quotes, and a period that was an
 * academic year. Parts and totals agree, as the rules of form entry ask.
 */
async function seedSource(t: TestApp): Promise<void> {
  const [city] = await t.dataSource.query<{ id: number }[]>(`SELECT id FROM city WHERE slug = 'bristol'`);
  const insert = async (
    year: number,
    rows: [
      string,
      Record<string, string>,
      number | null,
      string,
      string | null,
      string | null,
      string | null,
    ][],
  ) => {
    const submission = await newSubmission(t.dataSource, { cityId: city!.id, year, status: 'approved' });
    for (const [indicator, d, value, status, source, comment, timeDetail] of rows) {
      await t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status, source, comment, time_detail)
         SELECT $1, id, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM indicator WHERE code = $2`,
        [
          submission.id,
          indicator,
          d.SEX ?? '_T',
          d.AGE ?? '_T',
          d.URBANISATION ?? '_T',
          d.DISABILITY_STATUS ?? '_T',
          value,
          status,
          source,
          comment,
          timeDetail,
        ],
      );
    }
  };
  await insert(2016, [
    ['SDG_4_3_1', {}, 32.5, 'A', 'Annual Population Survey, "APS"', null, null],
    ['SDG_4_3_1', { SEX: 'F' }, 34.25, 'E', 'Annual Population Survey, "APS"', 'estimate, weighted', null],
    ['SDG_4_3_1', { SEX: 'M' }, 30.1, 'A', null, null, null],
    ['SDG_4_3_1', { AGE: 'Y15T24' }, 45, 'P', null, null, null],
    ['SDG_4_3_1', { AGE: 'Y25T64' }, 28.75, 'A', null, null, null],
    ['SDG_4_3_1', { URBANISATION: 'U' }, 33, 'A', null, null, null],
    ['SDG_4_3_1', { DISABILITY_STATUS: 'PD' }, null, 'M', null, 'not collected this year', null],
    ['SDG_8_6_1', {}, 11.2, 'A', 'Bristol City Council', null, null],
    ['SDG_8_6_1', { SEX: 'F' }, 10.9, 'A', null, null, null],
  ]);
  await insert(2017, [
    ['SDG_4_3_1', {}, 33.1, 'A', null, null, '2017/2018'],
    ['SDG_4_2_2', {}, 88, 'A', 'Department for Education', null, null],
  ]);
}

describe('round trip: export, then import into an empty database', () => {
  let source: TestApp;
  let expected: string[];

  beforeAll(async () => {
    source = await createTestApp();
    await seedSource(source);
    expected = await observationsOf(source, 'bristol');
  });
  afterAll(() => source.close());

  async function exported(format: string): Promise<Buffer> {
    const response = await source
      .http()
      .get(`/api/exports?format=${format}&cities=bristol`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return response.body as Buffer;
  }

  /** Imports the files one after the other as Bristol's official, confirming each clean dry run. */
  async function importInto(target: TestApp, files: [string, Buffer][]): Promise<void> {
    const official = await loginAs(target, 'official', 'bristol');
    for (const [fileName, bytes] of files) {
      const created = await target
        .http()
        .post('/api/imports')
        .auth(official, { type: 'bearer' })
        .field('city', 'bristol')
        .attach('file', bytes, fileName)
        .expect(201);
      let job = created.body as ImportJobDto;
      while (job.status === 'queued' || job.status === 'dry-running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = (
          await target.http().get(`/api/imports/${job.id}`).auth(official, { type: 'bearer' }).expect(200)
        ).body as ImportJobDto;
      }
      expect({ file: fileName, status: job.status, problem: job.problem, counts: job.counts }).toMatchObject({
        status: 'ready',
        problem: null,
        counts: { rejected: 0, conflicting: 0 },
      });
      const committed = await target
        .http()
        .post(`/api/imports/${job.id}/confirm`)
        .auth(official, { type: 'bearer' })
        .expect(200);
      expect((committed.body as ImportCommitResponse).job.status).toBe('committed');
    }
  }

  it('imports a downloaded XLSX template once filled in, skipping the rows left blank', async () => {
    const target = await createTestApp();
    try {
      const official = await loginAs(target, 'official', 'cork');
      const template = await target
        .http()
        .get('/api/cities/cork/years/2026/template?format=xlsx')
        .auth(official, { type: 'bearer' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      const rows = [...readXlsxRows(new Uint8Array(template.body as Buffer))].map((r) => r.cells);
      const [header] = rows;
      const column = (name: string) => header!.indexOf(name);
      const filled = rows.map((cells) => {
        const isTarget = cells[column('indicator')] === 'SDG_4_3_1' && cells[column('sex')] === 'F';
        return isTarget ? cells.map((cell, i) => (i === column('value') ? '41.5' : cell)) : cells;
      });
      const chunks: Uint8Array[] = [];
      for await (const chunk of xlsxBytes([{ name: 'Data', rows: filled }])) chunks.push(chunk);
      const created = await target
        .http()
        .post('/api/imports')
        .auth(official, { type: 'bearer' })
        .field('city', 'cork')
        .attach('file', Buffer.concat(chunks), 'template-cork-2026.xlsx')
        .expect(201);
      let job = created.body as ImportJobDto;
      while (job.status === 'queued' || job.status === 'dry-running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = (
          await target.http().get(`/api/imports/${job.id}`).auth(official, { type: 'bearer' }).expect(200)
        ).body as ImportJobDto;
      }
      expect(job).toMatchObject({ status: 'ready', format: 'template-xlsx', canCommit: true });
      expect(job.counts).toMatchObject({ accepted: 1, rejected: 0, new: 1 });
      await target
        .http()
        .post(`/api/imports/${job.id}/confirm`)
        .auth(official, { type: 'bearer' })
        .expect(200);
      expect((await observationsOf(target, 'cork')).map((row) => JSON.parse(row) as unknown)).toEqual([
        expect.objectContaining({ code: 'SDG_4_3_1', year: 2026, sex: 'F', value: 41.5, status: 'A' }),
      ]);
    } finally {
      await target.close();
    }
  });

  it.each([
    ['our CSV', 'csv'],
    ['our XLSX', 'xlsx'],
    ['SDMX-CSV 2.0', 'sdmx-csv'],
    ['Open SDG CSV', 'open-sdg-zip'],
  ])('reproduces every observation exactly through %s', async (_name, format) => {
    const bytes = await exported(format);
    const files: [string, Buffer][] =
      format === 'open-sdg-zip'
        ? Object.entries(unzipSync(new Uint8Array(bytes)))
            .filter(([name]) => name.endsWith('.csv'))
            .map(([name, content]) => [name, Buffer.from(content)])
        : [[`bristol-${format}.${format === 'xlsx' ? 'xlsx' : 'csv'}`, bytes]];
    expect(files.length).toBeGreaterThan(0);
    expect(expected).toHaveLength(11);
    const target = await createTestApp();
    try {
      await importInto(target, files);
      expect(await observationsOf(target, 'bristol')).toEqual(expected);
    } finally {
      await target.close();
    }
  });
});
