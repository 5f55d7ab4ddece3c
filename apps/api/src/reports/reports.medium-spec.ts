import type {
  ApiError,
  CityCompositesResponse,
  CityProgressResponse,
  CityReportResponse,
  CityReportYearsResponse,
  Disaggregation,
  ObservationStatus,
  ReportIndicator,
  SubmissionStatus,
} from '@lcm/contracts';
import { normaliseDisaggregation } from '@lcm/domain';
import { rebuildAnalytics } from '../analytics/analytics-refresh';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/*
 * Three cities of a country of their own (ZZB), compared with `peers=country`. The indicator is
 * lower-secondary completion (SDG_4_1_2_LSEC): higher is better, target 100 % by 2030, bounds 30–100.
 *
 *   city     2015  2019 (draft)  2022                    2023 (draft, not approved)
 *   alpha      80    83            86 (E); F 84, M 88;     90 (P)
 *                    R 80, U 88
 *   bravo       –     –            92                      99
 *   charlie     –     –            78                       –
 *
 * alpha 2015 → 2022: Open SDG R = 0.6929 → moderate progress; score (86 − 30)/70 = 80, yellow.
 * Ranks of the latest approved values up to 2022: bravo 92, alpha 86, charlie 78 → alpha 2 of 3, median 86.
 * Parity indices in 2022: rural/urban 80/88 = 0.9091, women/men 84/88 = 0.9545, both behind.
 */
const LSEC = 'SDG_4_1_2_LSEC';
/** Adult learners in municipal programmes: a count, broken down by sex. */
const ADULT_LEARNERS = 'LC_2_2_ENR';

describe('city reports', () => {
  let t: TestApp;
  let alpha: CityEntity;
  let bravo: CityEntity;
  let charlie: CityEntity;
  let alphaMayor: string;

  async function store(
    city: CityEntity,
    year: number,
    status: SubmissionStatus,
    values: {
      indicator?: string;
      disaggregation?: Disaggregation;
      value: number;
      observationStatus?: ObservationStatus;
      comment?: string;
    }[],
  ): Promise<void> {
    const submission = await newSubmission(t.dataSource, { cityId: city.id, year, status });
    for (const {
      indicator = LSEC,
      disaggregation,
      value,
      observationStatus = 'A',
      comment = null,
    } of values) {
      const d = normaliseDisaggregation(disaggregation);
      await t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status, comment)
         SELECT $1, id, $3, $4, $5, $6, $7, $8, $9 FROM indicator WHERE code = $2`,
        [
          submission.id,
          indicator,
          d.SEX,
          d.AGE,
          d.URBANISATION,
          d.DISABILITY_STATUS,
          value,
          observationStatus,
          comment,
        ],
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    const inZzb = { countryIso3: 'ZZB', countryName: 'Reportland', region: 'AFR' as const };
    alpha = await newCity(t.dataSource, { ...inZzb, population: 300_000 });
    bravo = await newCity(t.dataSource, { ...inZzb, population: 600_000 });
    charlie = await newCity(t.dataSource, { ...inZzb, population: 2_000_000 });
    await store(alpha, 2015, 'approved', [{ value: 80 }]);
    await store(alpha, 2022, 'approved', [
      { value: 86, observationStatus: 'E', comment: 'Local school census used as a proxy' },
      { disaggregation: { SEX: 'F' }, value: 84 },
      { disaggregation: { SEX: 'M' }, value: 88 },
      { disaggregation: { URBANISATION: 'R' }, value: 80 },
      { disaggregation: { URBANISATION: 'U' }, value: 88 },
      // A count: its groups' sizes differ, which is no gap.
      { indicator: ADULT_LEARNERS, disaggregation: { SEX: 'F' }, value: 1200 },
      { indicator: ADULT_LEARNERS, disaggregation: { SEX: 'M' }, value: 800 },
    ]);
    await store(alpha, 2019, 'draft', [{ value: 83 }]);
    await store(alpha, 2023, 'draft', [{ value: 90, observationStatus: 'P' }]);
    await store(bravo, 2022, 'approved', [{ value: 92 }]);
    await store(bravo, 2023, 'submitted', [{ value: 99 }]);
    await store(charlie, 2022, 'approved', [{ value: 78 }]);
    await t.dataSource.transaction((manager) => rebuildAnalytics(manager));
    alphaMayor = await loginAs(t, 'mayor', alpha.slug);
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const request = t.http().get(path);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const reportOf = async (city: CityEntity, year: number, query = '', token?: string) =>
    (await get(`/api/cities/${city.slug}/reports/${year}?peers=country${query}`, token).expect(200))
      .body as CityReportResponse;
  const lsecOf = (report: CityReportResponse): ReportIndicator =>
    report.indicators.find((row) => row.indicator.code === LSEC)!;

  it('gives each indicator its first and latest values, score, progress status and place among peers', async () => {
    const report = await reportOf(alpha, 2022);
    expect(report).toMatchObject({ year: 2022, version: 'public', submissionStatus: 'approved' });
    const lsec = lsecOf(report);
    expect(lsec.first).toEqual({ year: 2015, value: 80, status: 'A', approved: true });
    expect(lsec.latest).toEqual({ year: 2022, value: 86, status: 'E', approved: true });
    expect(lsec.score).toBeCloseTo(80, 6);
    expect(lsec.band).toBe('yellow');
    expect(lsec.progress).toMatchObject({ status: 'moderate', baseYear: 2015, latestYear: 2022 });
    expect(lsec.progress.progressValue).toBeCloseTo(0.692919, 5);
    expect(lsec.peers).toEqual({ standing: { rank: 2, of: 3, percentile: 50 }, median: 86, cities: 3 });
    expect(lsec.area).toBe('KF.2.1');
    expect(report.peers.group).toMatchObject({ kind: 'country', selector: 'country:ZZB', cityCount: 3 });
  });

  it('shows the area scores with their coverage: one indicator of many is too little for a score', async () => {
    const report = await reportOf(alpha, 2022);
    const area = report.areas.find((candidate) => candidate.code === 'KF.2.1')!;
    expect(area.section?.code).toBe('KF.2');
    expect(area.composite.reported).toBe(1);
    expect(area.composite.total).toBeGreaterThan(1);
    expect(area.composite.score).toBeNull();
    expect(report.overall.composite).toMatchObject({ reported: 1, score: null });
    expect(report.overall.dataYears).toEqual({ from: 2022, to: 2022 });
  });

  it('lists the equity gaps of rates and shares with parity indices, the largest first (counts are no gaps)', async () => {
    const gaps = (await reportOf(alpha, 2022)).equity.map((gap) => ({
      dimension: gap.dimension,
      pair: `${gap.disadvantaged}/${gap.reference}`,
      year: gap.year,
      adjusted: Number(gap.parity.adjusted.toFixed(4)),
      band: gap.parity.band,
    }));
    expect(gaps).toEqual([
      { dimension: 'URBANISATION', pair: 'R/U', year: 2022, adjusted: 0.9091, band: 'disadvantaged_behind' },
      { dimension: 'SEX', pair: 'F/M', year: 2022, adjusted: 0.9545, band: 'disadvantaged_behind' },
    ]);
  });

  it('marks estimated values and the city’s comments among the data-quality notes', async () => {
    const notes = (await reportOf(alpha, 2022)).dataQuality;
    expect(notes).toEqual([
      {
        indicator: { code: LSEC, name: 'Completion rate, lower secondary education' },
        year: 2022,
        flags: ['estimated', 'commented'],
        source: null,
        comment: 'Local school census used as a proxy',
      },
    ]);
  });

  it('reports as of the year asked for: later values are left out', async () => {
    const report = await reportOf(alpha, 2015);
    const lsec = lsecOf(report);
    expect(lsec.latest).toMatchObject({ year: 2015, value: 80 });
    expect(lsec.progress).toMatchObject({ status: 'not_available', reason: 'fewer_than_two_years' });
    // Nobody else had a value by 2015.
    expect(lsec.peers).toEqual({ standing: { rank: 1, of: 1, percentile: null }, median: 80, cities: 1 });
    expect(report.equity).toEqual([]);
  });

  describe('public and insider versions', () => {
    it('never shows the public a value that is not approved, even to a signed-in mayor', async () => {
      for (const token of [undefined, alphaMayor]) {
        const report = await reportOf(alpha, 2022, '', token);
        expect(report.version).toBe('public');
        expect(report.years).toEqual([
          { year: 2015, public: true },
          { year: 2022, public: true },
        ]);
        expect(lsecOf(report).latest?.value).toBe(86);
      }
      const { body } = await get(`/api/cities/${alpha.slug}/reports/2023`).expect(404);
      expect((body as ApiError).message).toBe(
        `${alpha.name} has no approved data for 2023; the nearest year with approved data is 2022`,
      );
    });

    it('gives the city’s mayor its unapproved values, labelled, against peers’ approved values only', async () => {
      const report = await reportOf(alpha, 2023, '&preview=true', alphaMayor);
      expect(report).toMatchObject({ version: 'insider', submissionStatus: 'draft' });
      expect(report.years.at(-1)).toEqual({ year: 2023, public: false });
      const lsec = lsecOf(report);
      expect(lsec.latest).toEqual({ year: 2023, value: 90, status: 'P', approved: false });
      // bravo's 99 of 2023 is not approved: it competes with its approved 92 of 2022.
      expect(lsec.peers).toEqual({ standing: { rank: 2, of: 3, percentile: 50 }, median: 90, cities: 3 });
      expect(report.dataQuality.find((note) => note.year === 2023)?.flags).toEqual([
        'provisional',
        'unapproved',
      ]);
    });

    it('gives network staff the insider version of any city', async () => {
      const report = await reportOf(bravo, 2023, '&preview=true', await loginAs(t, 'analyst'));
      expect(report.version).toBe('insider');
      expect(lsecOf(report).latest).toMatchObject({ value: 99, approved: false });
    });

    it('refuses the insider version to visitors and to other cities’ people', async () => {
      await get(`/api/cities/${alpha.slug}/reports/2022?preview=true`).expect(401);
      const otherMayor = await loginAs(t, 'mayor', bravo.slug);
      const { body } = await get(`/api/cities/${alpha.slug}/reports/2022?preview=true`, otherMayor).expect(
        403,
      );
      expect((body as ApiError).message).toContain(alpha.name);
    });

    it('shows the public the evidence notes of approved years only, the insiders all of them', async () => {
      const official = await loginAs(t, 'official', alpha.slug);
      for (const [year, text] of [
        [2015, 'Adult-learning centres opened'],
        [2019, 'School census redesigned (year not approved yet)'],
        [2022, 'Second-chance programme launched'],
      ] as const) {
        await t
          .http()
          .post(`/api/cities/${alpha.slug}/evidence-notes`)
          .set('Authorization', `Bearer ${official}`)
          .send({ indicator: LSEC, year, text, link: 'https://example.org/evidence' })
          .expect(201);
      }
      const publicNotes = (await reportOf(alpha, 2022)).evidence.map((note) => [note.year, note.text]);
      expect(publicNotes).toEqual([
        [2022, 'Second-chance programme launched'],
        [2015, 'Adult-learning centres opened'],
      ]);
      const insiderNotes = (await reportOf(alpha, 2022, '&preview=true', alphaMayor)).evidence.map(
        (note) => note.year,
      );
      expect(insiderNotes).toEqual([2022, 2019, 2015]);
      // As of 2015, later notes are left out.
      expect((await reportOf(alpha, 2015)).evidence.map((note) => note.year)).toEqual([2015]);
    });

    it('lists the years with data each caller may see', async () => {
      const publicYears = (await get(`/api/cities/${alpha.slug}/reports`).expect(200))
        .body as CityReportYearsResponse;
      expect(publicYears).toMatchObject({ latestYear: 2022 });
      const insiderYears = (
        await get(`/api/cities/${alpha.slug}/reports?preview=true`, alphaMayor).expect(200)
      ).body as CityReportYearsResponse;
      expect(insiderYears.years.map((y) => y.year)).toEqual([2015, 2019, 2022, 2023]);
    });
  });

  describe('bad input', () => {
    it('names the nearest year with data when the year asked for has none (the later of two as near)', async () => {
      const messageFor = async (year: number) =>
        ((await get(`/api/cities/${alpha.slug}/reports/${year}`).expect(404)).body as ApiError).errors?.[0];
      expect(await messageFor(2018)).toEqual({
        field: 'year',
        message: `${alpha.name} has no approved data for 2018; the nearest year with approved data is 2015`,
      });
      expect((await messageFor(2019))?.message).toContain('is 2022');
      expect((await messageFor(2030))?.message).toContain('is 2022');
    });

    it('says so when a city has no data at all', async () => {
      const empty = await newCity(t.dataSource);
      const { body } = await get(`/api/cities/${empty.slug}/reports/2022`).expect(404);
      expect((body as ApiError).message).toBe(
        `${empty.name} has no approved data yet, so there is no report for 2022`,
      );
    });

    it('answers 404 naming an unknown city, 400 naming a malformed year', async () => {
      const unknown = await get('/api/cities/atlantis/reports/2022').expect(404);
      expect((unknown.body as ApiError).message).toContain("'atlantis'");
      const malformed = await get(`/api/cities/${alpha.slug}/reports/twenty22`).expect(400);
      expect((malformed.body as ApiError).errors).toEqual([expect.objectContaining({ field: 'year' })]);
      const pdfLanguage = await get(`/api/cities/${alpha.slug}/reports/2022/pdf?lang=xx`).expect(400);
      expect((pdfLanguage.body as ApiError).errors).toEqual([expect.objectContaining({ field: 'lang' })]);
    });
  });

  describe('PDF', () => {
    const chromePath = process.env.CHROME_PATH;
    afterEach(() => {
      if (chromePath === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = chromePath;
    });

    it('answers 503 with the reason when there is no browser to print with', async () => {
      process.env.CHROME_PATH = '/nonexistent/chromium';
      const { body } = await get(`/api/cities/${alpha.slug}/reports/2022/pdf`).expect(503);
      expect(body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect((body as ApiError).message).toContain('CHROME_PATH is set to /nonexistent/chromium');
    });

    it('answers 503 when this server does not serve the web app to print', async () => {
      process.env.CHROME_PATH = process.execPath; // any executable: the web app check comes next
      const { body } = await get(`/api/cities/${alpha.slug}/reports/2022/pdf`).expect(503);
      expect((body as ApiError).message).toContain('does not serve');
    });

    it('makes no PDF of a year without approved data', async () => {
      const { body } = await get(`/api/cities/${alpha.slug}/reports/2023/pdf`).expect(404);
      expect((body as ApiError).message).toContain('nearest year with approved data is 2022');
      const unknown = await get('/api/cities/atlantis/reports/2022/pdf').expect(404);
      expect((unknown.body as ApiError).message).toContain("'atlantis'");
    });
  });
});

describe('city reports on the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  it('say what the analytics say: the same area scores and progress statuses', async () => {
    const report = (await t.http().get('/api/cities/cork/reports/2024').expect(200))
      .body as CityReportResponse;
    const composites = (await t.http().get('/api/analytics/cities/cork/composites?year=2024').expect(200))
      .body as CityCompositesResponse;
    const progress = (await t.http().get('/api/analytics/cities/cork/progress').expect(200))
      .body as CityProgressResponse;

    for (const area of report.areas) {
      expect(area.composite).toEqual(composites.nodes.find((node) => node.code === area.code)?.composite);
    }
    // Cork's newest approved year is 2024: progress as of 2024 is its progress of today.
    const statusOf = new Map(progress.indicators.map((row) => [row.indicator.code, row.globalProgress]));
    for (const row of report.indicators) expect(row.progress).toEqual(statusOf.get(row.indicator.code));
    expect(report.overall.composite.score).not.toBeNull();
  });

  it('ranks the city among cities like it by overall score, with the median', async () => {
    const { peers } = (await t.http().get('/api/cities/cork/reports/2024').expect(200))
      .body as CityReportResponse;
    expect(peers.group).toMatchObject({ kind: 'like-mine', city: 'cork', cityCount: 11 });
    const scores = peers.cities.flatMap((city) => (city.score === null ? [] : [city.score]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const self = peers.cities.find((city) => city.self)!;
    expect(self.slug).toBe('cork');
    expect(peers.rank).toBe(scores.indexOf(self.score!) + 1);
    expect(peers.ranked).toBe(scores.length);
    expect(peers.median).toBeGreaterThanOrEqual(scores.at(-1)!);
    expect(peers.median).toBeLessThanOrEqual(scores[0]!);
  });
});
