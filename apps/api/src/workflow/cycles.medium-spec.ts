import type {
  CycleConsoleResponse,
  IndicatorDto,
  ReminderDto,
  ReportingCycleDto,
  SubmissionDetail,
} from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/** Before any member city of the reference data joined, so only this suite's cities report for it. */
const YEAR = 2005;

describe('reporting cycles, the cycle console and reminders', () => {
  let t: TestApp;
  let indicatorCount: number;
  let drafting: CityEntity;
  let submitting: CityEntity;
  let silent: CityEntity;
  let formulaCity: CityEntity;
  let official: string;
  let mayor: string;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    indicatorCount = indicators.length;
    const joinedOn = '2004-09-01';
    drafting = await newCity(t.dataSource, { name: 'Aalborg Test', region: 'ENA', joinedOn });
    submitting = await newCity(t.dataSource, { name: 'Bergen Test', region: 'ENA', joinedOn });
    silent = await newCity(t.dataSource, { name: 'Cairo Test', region: 'ARB', joinedOn });
    formulaCity = await newCity(t.dataSource, { name: '=HYPERLINK("http://x")', region: 'ARB', joinedOn });
    // Not expected to report: left before the year, or joined after it.
    await newCity(t.dataSource, { region: 'ENA', joinedOn: '2001-09-01', leftOn: '2004-12-31' });
    await newCity(t.dataSource, { region: 'ENA', joinedOn: '2006-09-01' });

    official = await loginAs(t, 'official', drafting.slug);
    mayor = await loginAs(t, 'mayor', drafting.slug);
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');

    const headline = indicators.filter((i) => i.unit === 'PT').slice(0, 2);
    await t
      .http()
      .put(`/api/cities/${drafting.slug}/years/${YEAR}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({
        observations: [
          { indicator: headline[0]!.code, value: 10 },
          { indicator: headline[1]!.code, value: null, status: 'M' },
        ],
      })
      .expect(200);
    await newSubmission(t.dataSource, { cityId: submitting.id, year: YEAR, status: 'submitted' });
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const request = t.http().get(path);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  describe('deadlines', () => {
    it('are set by administrators and read by everyone signed in, newest year first', async () => {
      await t
        .http()
        .put('/api/cycles/2024')
        .set('Authorization', `Bearer ${admin}`)
        .send({ opensOn: '2025-01-15', deadline: '2025-04-30' })
        .expect(200);
      const set = await t
        .http()
        .put(`/api/cycles/${YEAR}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ opensOn: '2006-01-15', deadline: '2006-03-31' })
        .expect(200);
      expect(set.body).toEqual({ year: YEAR, opensOn: '2006-01-15', deadline: '2006-03-31' });
      // Setting it again moves the deadline rather than adding a second cycle.
      await t
        .http()
        .put(`/api/cycles/${YEAR}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ opensOn: '2006-01-15', deadline: '2006-04-30' })
        .expect(200);

      const cycles = (await get('/api/cycles', mayor).expect(200)).body as ReportingCycleDto[];
      expect(cycles).toEqual([
        { year: 2024, opensOn: '2025-01-15', deadline: '2025-04-30' },
        { year: YEAR, opensOn: '2006-01-15', deadline: '2006-04-30' },
      ]);
      const submission = (
        await get(`/api/cities/${drafting.slug}/years/${YEAR}/submission`, official).expect(200)
      ).body as SubmissionDetail;
      expect(submission.deadline).toBe('2006-04-30');
    });

    it('refuses impossible dates and a deadline before the opening, naming the field', async () => {
      const put = (body: object) =>
        t.http().put('/api/cycles/2023').set('Authorization', `Bearer ${admin}`).send(body);
      const notADay = await put({ opensOn: '2024-02-30', deadline: '2024-04-30' }).expect(400);
      expect(notADay.body).toMatchObject({
        errors: [{ field: 'opensOn', message: '2024-02-30 is not a date of the calendar' }],
      });
      const reversed = await put({ opensOn: '2024-05-01', deadline: '2024-04-30' }).expect(400);
      expect(reversed.body).toMatchObject({ errors: [{ field: 'deadline' }] });
      const text = await put({ opensOn: 'soon', deadline: '2024-04-30' }).expect(400);
      expect(text.body).toMatchObject({ errors: [{ field: 'opensOn' }] });
      expect(
        ((await get('/api/cycles', analyst)).body as ReportingCycleDto[]).map((c) => c.year),
      ).not.toContain(2023);
    });

    it('may not be changed by analysts, nor read anonymously', async () => {
      await t
        .http()
        .put(`/api/cycles/${YEAR}`)
        .set('Authorization', `Bearer ${analyst}`)
        .send({ opensOn: '2006-01-15', deadline: '2006-12-31' })
        .expect(403);
      await get('/api/cycles').expect(401);
    });
  });

  describe('the console', () => {
    it('lists every city expected to report, with its status, and counts cities per status', async () => {
      const console = (await get(`/api/cycles/${YEAR}/console`, analyst).expect(200))
        .body as CycleConsoleResponse;
      expect(console.counts).toEqual({ not_started: 2, draft: 1, submitted: 1, returned: 0, approved: 0 });
      expect(console.rows.map((r) => [r.name, r.status])).toEqual([
        ['=HYPERLINK("http://x")', 'not_started'],
        ['Aalborg Test', 'draft'],
        ['Bergen Test', 'submitted'],
        ['Cairo Test', 'not_started'],
      ]);
      // One headline value reported; the one marked missing still counts as missing.
      expect(console.rows.find((r) => r.city === drafting.slug)).toMatchObject({
        region: 'ENA',
        missingIndicators: indicatorCount - 1,
      });
      expect(console.rows.find((r) => r.city === silent.slug)).toMatchObject({
        updatedAt: null,
        missingIndicators: indicatorCount,
      });
    });

    it('filters by region (counts follow) and by status (counts stay, for the other tabs)', async () => {
      const arab = (await get(`/api/cycles/${YEAR}/console?region=ARB`, admin).expect(200))
        .body as CycleConsoleResponse;
      expect(arab.counts).toMatchObject({ not_started: 2, draft: 0, submitted: 0 });
      expect(arab.rows.map((r) => r.city).sort()).toEqual([formulaCity.slug, silent.slug].sort());

      const drafts = (await get(`/api/cycles/${YEAR}/console?status=draft`, admin).expect(200))
        .body as CycleConsoleResponse;
      expect(drafts.rows.map((r) => r.city)).toEqual([drafting.slug]);
      expect(drafts.counts.not_started).toBe(2);

      const bad = await get(`/api/cycles/${YEAR}/console?status=lost&region=MARS`, admin).expect(400);
      expect(bad.body).toMatchObject({
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'region' }),
          expect.objectContaining({ field: 'status' }),
        ]) as unknown,
      });
    });

    it('downloads as CSV whose cells cannot run as spreadsheet formulas', async () => {
      const response = await get(`/api/cycles/${YEAR}/console.csv?region=ARB`, analyst).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="reporting-${YEAR}.csv"`);
      expect(response.text.split('\r\n')).toEqual([
        'city,name,region,status,updated_at,missing_indicators',
        `${formulaCity.slug},"'=HYPERLINK(""http://x"")",ARB,not_started,,${indicatorCount}`,
        `${silent.slug},Cairo Test,ARB,not_started,,${indicatorCount}`,
        '',
      ]);
    });

    it('is for reviewers only', async () => {
      await get(`/api/cycles/${YEAR}/console`, official).expect(403);
      await get(`/api/cycles/${YEAR}/console.csv`, mayor).expect(403);
      await get(`/api/cycles/${YEAR}/console`).expect(401);
    });
  });

  describe('reminders', () => {
    it('are recorded per city with its officials as recipients (no mail server configured)', async () => {
      const response = await t
        .http()
        .post(`/api/cycles/${YEAR}/reminders`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ cities: [silent.slug, drafting.slug] })
        .expect(201);
      const reminders = response.body as ReminderDto[];
      const officialEmail = (
        await t.dataSource.query<[{ email: string }]>(
          `SELECT u.email FROM app_user u JOIN user_city uc ON uc.user_id = u.id
           WHERE uc.city_id = $1 AND u.role = 'official'`,
          [drafting.id],
        )
      )[0].email;
      expect(reminders).toMatchObject([
        { city: drafting.slug, year: YEAR, channel: 'recorded', recipients: [officialEmail] },
        { city: silent.slug, year: YEAR, channel: 'recorded', recipients: [] },
      ]);
      expect(reminders[0]?.sentBy).toMatch(/^Test admin/);

      const listed = (await get(`/api/cycles/${YEAR}/reminders`, analyst).expect(200)).body as ReminderDto[];
      expect(listed.map((r) => r.city).sort()).toEqual([drafting.slug, silent.slug].sort());
    });

    it('refuse unknown cities, naming them, and record nothing', async () => {
      const before = await t.dataSource.query<unknown[]>('SELECT 1 FROM reminder');
      const response = await t
        .http()
        .post(`/api/cycles/${YEAR}/reminders`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ cities: [silent.slug, 'atlantis'] })
        .expect(400);
      expect(response.body).toMatchObject({
        errors: [{ field: 'cities[1]', message: "no city with slug 'atlantis'" }],
      });
      await t
        .http()
        .post(`/api/cycles/${YEAR}/reminders`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ cities: [] })
        .expect(400);
      expect(await t.dataSource.query<unknown[]>('SELECT 1 FROM reminder')).toHaveLength(before.length);
    });

    it('are sent by administrators only', async () => {
      await t
        .http()
        .post(`/api/cycles/${YEAR}/reminders`)
        .set('Authorization', `Bearer ${analyst}`)
        .send({ cities: [silent.slug] })
        .expect(403);
    });
  });
});
