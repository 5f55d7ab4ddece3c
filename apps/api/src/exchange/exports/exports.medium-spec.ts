import { unzipSync } from 'fflate';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'supertest';
import type { ExportJson } from '@lcm/contracts';
import {
  CsvTokenizer,
  detectFormat,
  OPEN_SDG_COLUMNS,
  SDMX_CSV_2_COLUMNS,
  TEMPLATE_COLUMNS,
  type CsvRecord,
} from '@lcm/domain';
import { loginAs } from '../../test/auth-helpers';
import { newSubmission } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { readXlsxRows } from '../xlsx/xlsx-reader';

/** Collects a response body as bytes, whatever its media type. */
function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

function csvRows(text: string): string[][] {
  const tokenizer = new CsvTokenizer();
  const records: CsvRecord[] = [...tokenizer.push(text.replace(/^\uFEFF/, '')), ...tokenizer.end()];
  return records.map((r) => r.fields);
}

const FORMULA_SOURCE = '=HYPERLINK("http://evil.example","click")';

describe('exports', () => {
  let t: TestApp;

  async function seed(): Promise<void> {
    const cityId = async (slug: string) =>
      (await t.dataSource.query<{ id: number }[]>('SELECT id FROM city WHERE slug = $1', [slug]))[0]!.id;
    const [cork, bristol] = [await cityId('cork'), await cityId('bristol')];
    const approved = await newSubmission(t.dataSource, { cityId: cork, year: 2020, status: 'approved' });
    const draft = await newSubmission(t.dataSource, { cityId: cork, year: 2021 });
    const bristolApproved = await newSubmission(t.dataSource, {
      cityId: bristol,
      year: 2019,
      status: 'approved',
    });
    const insert = (
      submissionId: number,
      indicator: string,
      value: number | null,
      extra: { sex?: string; status?: string; source?: string; comment?: string; timeDetail?: string } = {},
    ) =>
      t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, value, status, source, comment, time_detail)
         SELECT $1, id, $3, $4, $5, $6, $7, $8 FROM indicator WHERE code = $2`,
        [
          submissionId,
          indicator,
          extra.sex ?? '_T',
          value,
          extra.status ?? 'A',
          extra.source ?? null,
          extra.comment ?? null,
          extra.timeDetail ?? null,
        ],
      );
    await insert(approved.id, 'SDG_4_3_1', 31.2, { source: FORMULA_SOURCE, comment: '@SUM(A1)' });
    await insert(approved.id, 'SDG_4_3_1', 33, { sex: 'F', status: 'E' });
    await insert(approved.id, 'SDG_4_3_1', null, { sex: 'M', status: 'M' });
    await insert(approved.id, 'SDG_8_6_1', 12.5);
    await insert(draft.id, 'SDG_4_3_1', 35.5);
    await insert(bristolApproved.id, 'SDG_4_3_1', 51, { timeDetail: '2019/2020', source: 'ONS' });
  }

  beforeAll(async () => {
    t = await createTestApp();
    await seed();
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const request = t.http().get(path).buffer(true).parse(binary);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const text = (response: Response) => (response.body as Buffer).toString('utf8');

  describe('our CSV', () => {
    it('gives the public approved values only, in the template columns, with formulas neutralised', async () => {
      const response = await get('/api/exports?format=csv&cities=cork').expect(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.headers['content-disposition']).toBe('attachment; filename="cork-indicators.csv"');
      const [header, ...rows] = csvRows(text(response));
      expect(header).toEqual([...TEMPLATE_COLUMNS]);
      const column = (name: (typeof TEMPLATE_COLUMNS)[number]) => TEMPLATE_COLUMNS.indexOf(name);
      expect(
        rows.map((r) => [r[column('indicator')], r[column('year')], r[column('sex')], r[column('value')]]),
      ).toEqual([
        ['SDG_4_3_1', '2020', 'F', '33'],
        ['SDG_4_3_1', '2020', 'M', ''],
        ['SDG_4_3_1', '2020', '', '31.2'],
        ['SDG_8_6_1', '2020', '', '12.5'],
      ]);
      const headline = rows[2]!;
      expect(headline[column('source')]).toBe(`'${FORMULA_SOURCE}`);
      expect(headline[column('comment')]).toBe(`'@SUM(A1)`);
      expect(headline[column('unit')]).toBe('PT');
      expect(rows[1]![column('status')]).toBe('M');
    });

    it('filters by indicators and years, ranges included', async () => {
      const response = await get('/api/exports?format=csv&indicators=SDG_4_3_1&years=2018-2019').expect(200);
      const rows = csvRows(text(response)).slice(1);
      expect(rows.map((r) => [r[0], r[3], r[4], r[9]])).toEqual([['bristol', '2019', '2019/2020', '51']]);
    });

    it('refuses unknown cities, indicators and years by name', async () => {
      const unknownCity = await t.http().get('/api/exports?format=csv&cities=cork,atlantis').expect(400);
      expect(unknownCity.body).toMatchObject({
        errors: [{ field: 'cities', message: 'no city with the slug atlantis' }],
      });
      const unknownIndicator = await t.http().get('/api/exports?format=json&indicators=NOPE').expect(400);
      expect(unknownIndicator.body).toMatchObject({ errors: [{ field: 'indicators' }] });
      const badYears = await t.http().get('/api/exports?format=json&years=2020-2010').expect(400);
      expect(badYears.body).toMatchObject({ errors: [{ field: 'years' }] });
      const badFormat = await t.http().get('/api/exports?format=pdf').expect(400);
      expect(badFormat.body).toMatchObject({ errors: [{ field: 'format' }] });
    });
  });

  describe('unapproved values', () => {
    it('are refused to anonymous callers and to people of other cities', async () => {
      await t.http().get('/api/exports?format=json&unapproved=true').expect(401);
      const bristolMayor = await loginAs(t, 'mayor', 'bristol');
      const refused = await t
        .http()
        .get('/api/exports?format=json&cities=cork&unapproved=true')
        .set('Authorization', `Bearer ${bristolMayor}`)
        .expect(403);
      expect((refused.body as { message: string }).message).toContain('cork');
    });

    it('are given to the city’s own people and to analysts when asked for, never by default', async () => {
      const corkMayor = await loginAs(t, 'mayor', 'cork');
      const years = async (path: string, token: string) =>
        (JSON.parse(text(await get(path, token).expect(200))) as ExportJson).observations.map(
          (o) => `${o.city}:${o.year}`,
        );
      expect(new Set(await years('/api/exports?format=json&cities=cork', corkMayor))).toEqual(
        new Set(['cork:2020']),
      );
      expect(new Set(await years('/api/exports?format=json&unapproved=true', corkMayor))).toEqual(
        new Set(['cork:2020', 'cork:2021', 'bristol:2019']),
      );
      const analyst = await loginAs(t, 'analyst');
      const all = JSON.parse(
        text(await get('/api/exports?format=json&unapproved=true', analyst).expect(200)),
      ) as ExportJson;
      expect(all.metadata.includesUnapproved).toBe(true);
      expect(all.observations.find((o) => o.year === 2021)).toMatchObject({
        reportStatus: 'draft',
        value: 35.5,
      });
    });
  });

  it('writes XLSX with a metadata front sheet and the rows on the Data sheet', async () => {
    const response = await get('/api/exports?format=xlsx&cities=cork').expect(200);
    const zip = new Uint8Array(response.body as Buffer);
    const front = new TextDecoder().decode(unzipSync(zip)['xl/worksheets/sheet1.xml']);
    expect(front).toContain('Approved only');
    expect(front).toContain('cities: cork; indicators: all; years: all');
    expect(front).toContain('per 1,000');
    const rows = [...readXlsxRows(zip)].map((r) => r.cells);
    expect(rows[0]).toEqual([...TEMPLATE_COLUMNS]);
    expect(rows).toHaveLength(5);
    // Spreadsheet text never runs, so the value stays as stored.
    expect(rows[3]![TEMPLATE_COLUMNS.indexOf('source')]).toBe(FORMULA_SOURCE);
  });

  it('writes Open SDG CSV, one file per indicator, labels instead of codes', async () => {
    const response = await get('/api/exports?format=open-sdg-zip&cities=cork,bristol').expect(200);
    const files = unzipSync(new Uint8Array(response.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'indicator_4-3-1.csv', 'indicator_8-6-1.csv']);
    const [header, ...rows] = csvRows(new TextDecoder().decode(files['indicator_4-3-1.csv']));
    expect(header![0]).toBe(OPEN_SDG_COLUMNS.year);
    expect(header!.at(-1)).toBe(OPEN_SDG_COLUMNS.value);
    expect(header!.at(-2)).toBe('GeoCode');
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    const bristol = rows.find((r) => cell(r, 'GeoCode') === 'GBR-BRISTOL')!;
    expect(cell(bristol, 'Year')).toBe('2019/2020');
    const women = rows.find((r) => cell(r, 'Sex') === 'Female')!;
    expect([cell(women, 'Value'), cell(women, 'Units'), cell(women, 'Observation status')]).toEqual([
      '33',
      'Percentage (%)',
      'Estimated value',
    ]);
    expect(cell(women, 'Series')).toBe('SE_ADT_EDUCTRN');
  });

  it('writes SDMX-CSV 2.0 with the SDG dimension names and codes', async () => {
    const response = await get('/api/exports?format=sdmx-csv&cities=cork&indicators=SDG_4_3_1').expect(200);
    expect(response.headers['content-type']).toContain('application/vnd.sdmx.data+csv; version=2.0.0');
    const [header, ...rows] = csvRows(text(response));
    expect(header).toEqual([...SDMX_CSV_2_COLUMNS]);
    const record = (row: string[]) => Object.fromEntries(header!.map((name, i) => [name, row[i]]));
    expect(record(rows[0]!)).toMatchObject({
      STRUCTURE: 'dataflow',
      STRUCTURE_ID: 'UIL:DF_GNLC_CITY(1.0.0)',
      ACTION: 'M',
      FREQ: 'A',
      REF_AREA: 'IRL-CORK',
      INDICATOR: 'SDG_4_3_1',
      SERIES: 'SE_ADT_EDUCTRN',
      SEX: 'F',
      AGE: '_T',
      URBANISATION: '_T',
      DISABILITY_STATUS: '_T',
      TIME_PERIOD: '2020',
      OBS_VALUE: '33',
      UNIT_MEASURE: 'PT',
      OBS_STATUS: 'E',
    });
    expect(record(rows[2]!)).toMatchObject({ SOURCE_DETAIL: `'${FORMULA_SOURCE}` });
  });

  it('writes JSON with metadata, units, series, status and source on every value', async () => {
    const body = JSON.parse(
      text(await get('/api/exports?format=json&cities=cork').expect(200)),
    ) as ExportJson;
    expect(body.metadata).toMatchObject({
      includesUnapproved: false,
      filter: 'cities: cork; indicators: all; years: all',
    });
    expect(body.observations).toHaveLength(4);
    for (const o of body.observations) {
      expect(o).toEqual(
        expect.objectContaining({
          unit: expect.any(String),
          series: expect.any(String),
          status: expect.any(String),
        }),
      );
      expect(o).toHaveProperty('source');
    }
  });

  it('streams large exports in batches, in order', async () => {
    const city = (
      await t.dataSource.query<{ id: number }[]>(`SELECT id FROM city WHERE slug = 'medellin'`)
    )[0]!.id;
    await t.dataSource.query(
      `INSERT INTO submission (city_id, year, status, version) SELECT $1, y, 'approved', 1 FROM generate_series(2000, 2099) y`,
      [city],
    );
    await t.dataSource.query(
      `INSERT INTO observation (submission_id, indicator_id, value, status)
       SELECT s.id, i.id, s.year - 2000, 'A' FROM submission s CROSS JOIN indicator i WHERE s.city_id = $1`,
      [city],
    );
    // More rows than sockets and stream buffers hold, so a stopped download really stops the cursor mid-way.
    await t.dataSource.query(
      `INSERT INTO observation (submission_id, indicator_id, sex, urbanisation, value, status)
       SELECT o.submission_id, o.indicator_id, d.sex, d.urbanisation, o.value, 'A'
       FROM observation o JOIN submission s ON s.id = o.submission_id
       CROSS JOIN (VALUES ('F', '_T'), ('M', '_T'), ('_T', 'U'), ('_T', 'R')) AS d(sex, urbanisation)
       WHERE s.city_id = $1`,
      [city],
    );
    const expected = Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM observation o JOIN submission s ON s.id = o.submission_id WHERE s.city_id = $1`,
          [city],
        )
      )[0]!.n,
    );
    expect(expected).toBeGreaterThan(20000);
    const rows = csvRows(text(await get('/api/exports?format=csv&cities=medellin').expect(200))).slice(1);
    expect(rows).toHaveLength(expected);
    const keys = rows.map((r) => `${r[1]}|${r[3]}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives the database connection back when a download is stopped half-way', async () => {
    const server = t.app.getHttpServer();
    const address = server.listening
      ? (server.address() as AddressInfo)
      : await new Promise<AddressInfo>((resolve) => {
          server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
        });
    // More stopped downloads than the pool has connections: a leaked cursor would starve what follows.
    for (let i = 0; i < 12; i++) {
      await new Promise<void>((resolve, reject) => {
        const request = httpGet(
          { host: '127.0.0.1', port: address.port, path: '/api/exports?format=json&cities=medellin' },
          (response) => {
            response.once('data', () => {
              request.destroy();
              resolve();
            });
          },
        );
        request.on('error', (error) => (request.destroyed ? resolve() : reject(error)));
      });
    }
    const after = JSON.parse(
      text(await get('/api/exports?format=json&cities=cork').expect(200)),
    ) as ExportJson;
    expect(after.observations).toHaveLength(4);
  });

  describe('import template', () => {
    it('lists every indicator with its total and each breakdown, units filled in, values blank', async () => {
      const official = await loginAs(t, 'official', 'bristol');
      const response = await get('/api/cities/bristol/years/2026/template?format=csv', official).expect(200);
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="template-bristol-2026.csv"',
      );
      const [header, ...rows] = csvRows(text(response));
      expect(detectFormat(header!)).toEqual({ ok: true, format: 'template-csv' });
      const column = (name: (typeof TEMPLATE_COLUMNS)[number]) => TEMPLATE_COLUMNS.indexOf(name);
      const of431 = rows.filter((r) => r[column('indicator')] === 'SDG_4_3_1');
      // Total, F, M, three age bands, U, R, two disability codes: the dimensions of SDG 4.3.1.
      expect(of431).toHaveLength(10);
      expect(
        of431.map((r) => [
          r[column('sex')],
          r[column('age')],
          r[column('urbanisation')],
          r[column('disability_status')],
        ]),
      ).toContainEqual(['', 'Y15T24', '', '']);
      for (const row of rows) {
        expect(row[column('city')]).toBe('bristol');
        expect(row[column('year')]).toBe('2026');
        expect(row[column('value')]).toBe('');
        expect(row[column('unit')]).not.toBe('');
      }
      const indicatorCount = Number(
        (await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM indicator'))[0]!.n,
      );
      expect(new Set(rows.map((r) => r[column('indicator')])).size).toBe(indicatorCount);
    });

    it('gives the same rows as XLSX, on the Data sheet after an explanation', async () => {
      const analyst = await loginAs(t, 'analyst');
      const csv = csvRows(text(await get('/api/cities/bristol/years/2026/template', analyst).expect(200)));
      const xlsx = await get('/api/cities/bristol/years/2026/template?format=xlsx', analyst).expect(200);
      const rows = [...readXlsxRows(new Uint8Array(xlsx.body as Buffer))].map((r) =>
        r.cells.concat(Array(14).fill('')).slice(0, 14),
      );
      expect(rows).toEqual(csv);
    });

    it('is only for the city’s own officials among officials', async () => {
      const corkOfficial = await loginAs(t, 'official', 'cork');
      await t
        .http()
        .get('/api/cities/bristol/years/2026/template')
        .set('Authorization', `Bearer ${corkOfficial}`)
        .expect(403);
    });
  });
});
