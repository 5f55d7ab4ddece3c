import type {
  ApiError,
  CityCompositesResponse,
  CityEquityResponse,
  CityProgressResponse,
  CityProgressRow,
  Disaggregation,
  IndicatorComparisonResponse,
  NetworkOverviewResponse,
  SubmissionDetail,
  SubmissionStatus,
} from '@lcm/contracts';
import { normaliseDisaggregation } from '@lcm/domain';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';
import { rebuildAnalytics } from './analytics-refresh';

/*
 * A small network of four cities in a country of their own (ZZA), so that the seeded reference cities
 * (which hold no values) stay out of every peer group. The indicator is lower-secondary completion
 * (SDG_4_1_2_LSEC): higher is better, global target 100 % by 2030, 0–100 bounds worst 30, best 100.
 *
 *   city    2015  2022   Open SDG progress (CAGR_req = (100/80)^(1/15) − 1 = 0.014987)
 *   alpha     80    86   CAGR 0.010385, R = 0.692919 → score 7.1429·R − 4.2857 = 0.6637, moderate
 *   bravo     80    92   CAGR 0.020167, R = 1.345570 → score 5 (capped), substantial
 *   charlie   80    78   CAGR −0.003610, R = −0.240888 → score 4.1667·R − 2.5 = −3.5037, deterioration
 *   delta      –    86   one year only → not available (fewer than two years)
 *
 * 0–100 scores of the 2022 values: (86 − 30)/70·100 = 80, (92 − 30)/70·100 = 88.5714, 68.5714 for 78.
 * Colours with the default thresholds (achieved 100, orange from 33.33, yellow from 66.67): all yellow.
 * Ranks of the 2022 values: bravo 1; alpha and delta 2 (tied); charlie 4, of 4. Percentile = share of the
 * other three doing worse: bravo 100, alpha and delta 33.33 (charlie only), charlie 0.
 */
const LSEC = 'SDG_4_1_2_LSEC';

describe('analytics', () => {
  let t: TestApp;
  let alpha: CityEntity;
  let bravo: CityEntity;
  let charlie: CityEntity;
  let delta: CityEntity;
  let analyst: string;

  async function store(
    city: CityEntity,
    year: number,
    status: SubmissionStatus,
    values: { indicator?: string; disaggregation?: Disaggregation; value: number }[],
  ): Promise<void> {
    const submission = await newSubmission(t.dataSource, { cityId: city.id, year, status });
    for (const { indicator = LSEC, disaggregation, value } of values) {
      const d = normaliseDisaggregation(disaggregation);
      await t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status)
         SELECT $1, id, $3, $4, $5, $6, $7, 'A' FROM indicator WHERE code = $2`,
        [submission.id, indicator, d.SEX, d.AGE, d.URBANISATION, d.DISABILITY_STATUS, value],
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    const inZza = { countryIso3: 'ZZA', countryName: 'Testland', region: 'AFR' as const };
    alpha = await newCity(t.dataSource, { ...inZza, population: 300_000 });
    bravo = await newCity(t.dataSource, { ...inZza, population: 600_000 });
    charlie = await newCity(t.dataSource, { ...inZza, population: 2_000_000 });
    delta = await newCity(t.dataSource, { ...inZza, population: 100_000 });

    await store(alpha, 2015, 'approved', [{ value: 80 }]);
    await store(alpha, 2022, 'approved', [
      { value: 86 },
      { disaggregation: { SEX: 'F' }, value: 88 },
      { disaggregation: { SEX: 'M' }, value: 84 },
      { disaggregation: { URBANISATION: 'R' }, value: 80 },
      { disaggregation: { URBANISATION: 'U' }, value: 88 },
      { indicator: 'SDG_4_1_2_PRIM', value: 95 },
      { indicator: 'SDG_4_1_2_USEC', value: 66 },
    ]);
    await store(alpha, 2023, 'draft', [{ value: 95 }]);
    await store(bravo, 2015, 'approved', [{ value: 80 }]);
    await store(bravo, 2022, 'approved', [{ value: 92 }]);
    await store(charlie, 2015, 'approved', [{ value: 80 }]);
    await store(charlie, 2022, 'approved', [{ value: 78 }]);
    await store(delta, 2022, 'approved', [{ value: 86 }]);
    await t.dataSource.transaction((manager) => rebuildAnalytics(manager));

    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => {
    const request = t.http().get(path);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const progressOf = async (city: CityEntity, query = '', token?: string): Promise<CityProgressRow> => {
    const body = (
      await get(`/api/analytics/cities/${city.slug}/progress?peers=country${query}`, token).expect(200)
    ).body as CityProgressResponse;
    return body.indicators.find((row) => row.indicator.code === LSEC)!;
  };

  describe('city progress', () => {
    it('gives the latest value, its score and colour, the standing among peers and the progress status', async () => {
      const body = (await get(`/api/analytics/cities/${alpha.slug}/progress?peers=country`).expect(200))
        .body as CityProgressResponse;
      expect(body.peers).toMatchObject({
        kind: 'country',
        selector: 'country:ZZA',
        country: 'ZZA',
        cityCount: 4,
      });
      expect(body.method).toBe('open-sdg');
      expect(body.preview).toBe(false);
      const row = body.indicators.find((r) => r.indicator.code === LSEC)!;
      expect(row.latest).toEqual({ year: 2022, value: 86, status: 'A' });
      expect(row.score).toBeCloseTo(80, 6);
      expect(row.band).toBe('yellow');
      expect(row.standing!.rank).toBe(2);
      expect(row.standing!.of).toBe(4);
      expect(row.standing!.percentile).toBeCloseTo(33.3333, 3);
      expect(row.globalProgress).toMatchObject({ status: 'moderate', baseYear: 2015, latestYear: 2022 });
      expect(row.globalProgress.progressValue).toBeCloseTo(0.692919, 6);
      expect(row.globalProgress.score).toBeCloseTo(0.6637, 3);
      expect(row.localProgress).toBeNull();
      // An indicator the city never reported is listed, with nothing invented.
      const unreported = body.indicators.find((r) => r.indicator.code === 'SDG_4_2_2')!;
      expect(unreported).toMatchObject({ latest: null, score: null, band: null, standing: null });
      expect(unreported.globalProgress).toMatchObject({ status: 'not_available', reason: 'no_data' });
    });

    it('ranks and grades every city of the group as computed by hand', async () => {
      const bravoRow = await progressOf(bravo);
      expect(bravoRow.standing).toEqual({ rank: 1, of: 4, percentile: 100 });
      expect(bravoRow.score).toBeCloseTo(88.5714, 4);
      expect(bravoRow.globalProgress).toMatchObject({ status: 'substantial', score: 5 });
      const charlieRow = await progressOf(charlie);
      expect(charlieRow.standing).toEqual({ rank: 4, of: 4, percentile: 0 });
      expect(charlieRow.globalProgress.status).toBe('deterioration');
      expect(charlieRow.globalProgress.score).toBeCloseTo(-3.5037, 3);
      const deltaRow = await progressOf(delta);
      expect(deltaRow.standing!.rank).toBe(2);
      expect(deltaRow.globalProgress).toMatchObject({
        status: 'not_available',
        reason: 'fewer_than_two_years',
      });
    });

    it('grades with the UNSD method when asked', async () => {
      // UNSD: CAGR 0.010385 extrapolated to 2030 gives 93.4101; ratio (93.4101 − 80)/(100 − 80) = 0.670505.
      const row = await progressOf(alpha, '&method=unsd');
      expect(row.globalProgress.method).toBe('unsd');
      expect(row.globalProgress.progressValue).toBeCloseTo(0.670505, 6);
      expect(row.globalProgress.projectedValue).toBeCloseTo(93.4101, 4);
    });

    it('compares with cities like mine: the nearest in population within the region', async () => {
      const body = (await get(`/api/analytics/cities/${alpha.slug}/progress?peers=like-mine&k=1`).expect(200))
        .body as CityProgressResponse;
      expect(body.peers).toMatchObject({ kind: 'like-mine', k: 1, region: 'AFR', cityCount: 2 });
    });
  });

  describe('indicator comparison', () => {
    it('lays out cities × years, missing values as null, each value ranked within its year', async () => {
      const body = (
        await get(
          `/api/analytics/indicators/${LSEC}/comparison?cities=${delta.slug},${alpha.slug},${bravo.slug},${charlie.slug}&from=2015&to=2022`,
        ).expect(200)
      ).body as IndicatorComparisonResponse;
      expect(body.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
      expect(body.peers).toBeNull();
      expect(body.availability).toEqual({ status: 'available', reason: null });
      expect(body.cities.map((row) => [row.city.slug, row.latest?.standing?.rank])).toEqual([
        [bravo.slug, 1],
        [alpha.slug, 2],
        [delta.slug, 2],
        [charlie.slug, 4],
      ]);
      const alphaRow = body.cities.find((row) => row.city.slug === alpha.slug)!;
      expect(alphaRow.values).toEqual([80, null, null, null, null, null, null, 86]);
      // In 2015 three cities reported 80: tied first, none of the others worse.
      expect([alphaRow.ranks[0], body.rankedByYear[0], alphaRow.percentiles[0]]).toEqual([1, 3, 0]);
      // 2016 has no value: every per-year entry of the city stays null.
      expect([alphaRow.statuses[1], alphaRow.scores[1], alphaRow.ranks[1], alphaRow.percentiles[1]]).toEqual([
        null,
        null,
        null,
        null,
      ]);
      expect(alphaRow.scores[7]).toBeCloseTo(80, 6);
      expect(alphaRow.latest).toMatchObject({ year: 2022, value: 86, band: 'yellow' });
      expect(alphaRow.progress.status).toBe('moderate');
    });

    it('takes the latest value up to the last year asked for, with its data year', async () => {
      const body = (
        await get(`/api/analytics/indicators/${LSEC}/comparison?peers=country:ZZA&from=2016&to=2020`).expect(
          200,
        )
      ).body as IndicatorComparisonResponse;
      expect(body.peers).toMatchObject({ kind: 'country', cityCount: 4 });
      expect(body.availability).toEqual({ status: 'not_available', reason: 'no_data' });
      const withLatest = body.cities
        .filter((row) => row.latest)
        .map((row) => [row.city.slug, row.latest!.year]);
      expect(withLatest.sort()).toEqual(
        [
          [alpha.slug, 2015],
          [bravo.slug, 2015],
          [charlie.slug, 2015],
        ].sort(),
      );
      expect(body.cities.find((row) => row.city.slug === delta.slug)!.latest).toBeNull();
    });
  });

  it('scores a framework node from 80 % coverage and always shows the coverage', async () => {
    // SDG.4.1.2 holds PRIM (bounds 50–100), LSEC (30–100) and USEC (15–100). Alpha: 95 → 90, 86 → 80,
    // 66 → 60; mean 76.6667 with full coverage. Bravo reports LSEC only: 1 of 3 is below 80 %.
    const node = async (city: CityEntity) => {
      const body = (await get(`/api/analytics/cities/${city.slug}/composites?framework=SDG`).expect(200))
        .body as CityCompositesResponse;
      return body.nodes.find((n) => n.code === 'SDG.4.1.2')!;
    };
    const ofAlpha = await node(alpha);
    expect(ofAlpha.composite.score).toBeCloseTo(76.6667, 4);
    expect(ofAlpha.composite).toMatchObject({ reported: 3, total: 3, coverage: 1 });
    expect(ofAlpha.band).toBe('yellow');
    expect(ofAlpha.indicators.map((i) => i.code)).toEqual([
      'SDG_4_1_2_LSEC',
      'SDG_4_1_2_PRIM',
      'SDG_4_1_2_USEC',
    ]);
    const ofBravo = await node(bravo);
    expect(ofBravo.composite).toMatchObject({ score: null, reported: 1, total: 3 });
    expect(ofBravo.composite.coverage).toBeCloseTo(1 / 3, 6);
    expect(ofBravo.band).toBeNull();
  });

  it('shows each group against the total, with parity indices and their band', async () => {
    // 2022: women 88 / men 84 = 1.047619 → adjusted 2 − 1/1.047619 = 1.045455, men behind;
    // rural 80 / urban 88 = 0.909091, rural behind.
    const body = (await get(`/api/analytics/cities/${alpha.slug}/equity?indicator=${LSEC}`).expect(200))
      .body as CityEquityResponse;
    expect(body.years).toEqual([2015, 2022]);
    expect(body.total).toEqual([80, 86]);
    expect(body.availability).toEqual({ status: 'available', reason: null });
    const sex = body.dimensions.find((d) => d.dimension === 'SEX')!;
    expect(sex.groups.map((g) => [g.code, g.values])).toEqual([
      ['F', [null, 88]],
      ['M', [null, 84]],
    ]);
    expect(sex.parity!.indices[0]).toBeNull();
    expect(sex.parity!.indices[1]!.adjusted).toBeCloseTo(1.045455, 6);
    expect(sex.parity!.indices[1]!.band).toBe('reference_behind');
    const location = body.dimensions.find((d) => d.dimension === 'URBANISATION')!;
    expect(location.parity!.indices[1]).toMatchObject({ band: 'disadvantaged_behind' });
    expect(location.parity!.indices[1]!.adjusted).toBeCloseTo(0.909091, 6);

    const undisaggregated = (
      await get(`/api/analytics/cities/${bravo.slug}/equity?indicator=${LSEC}`).expect(200)
    ).body as CityEquityResponse;
    expect(undisaggregated.availability).toEqual({
      status: 'not_available',
      reason: 'no_disaggregated_data',
    });
  });

  it('summarises the network: coverage per year and indicator, quartiles, statuses for staff only', async () => {
    // 2022 values 78, 86, 86, 92: quartiles by linear interpolation 84, 86, 87.5.
    const body = (await get('/api/analytics/network/overview?year=2022').expect(200))
      .body as NetworkOverviewResponse;
    expect(body.years).toEqual([2015, 2022]);
    expect(body.coverageByYear).toEqual([
      { year: 2015, cities: 3, values: 3 },
      { year: 2022, cities: 4, values: 6 },
    ]);
    const lsec = body.indicators.find((i) => i.indicator.code === LSEC)!;
    expect(lsec.citiesByYear).toEqual([3, 4]);
    expect(lsec.distribution).toEqual({ cities: 4, min: 78, q1: 84, median: 86, q3: 87.5, max: 92 });
    expect(body.coverageByRegion.find((r) => r.region === 'AFR')!.reporting).toBe(4);
    expect(body.submissions).toBeNull();
    const staff = (await get('/api/analytics/network/overview?year=2022', analyst).expect(200))
      .body as NetworkOverviewResponse;
    expect(staff.submissions!.find((s) => s.year === 2023)!.counts.draft).toBe(1);
  });

  describe('unapproved values', () => {
    it('stay out of public answers and appear in a preview for those who may see them', async () => {
      expect((await progressOf(alpha)).latest).toMatchObject({ year: 2022, value: 86 });
      expect((await progressOf(alpha, '', analyst)).latest).toMatchObject({ year: 2022 });
      expect((await progressOf(alpha, '&preview=true', analyst)).latest).toMatchObject({
        year: 2023,
        value: 95,
      });
      const mayor = await loginAs(t, 'mayor', alpha.slug);
      expect((await progressOf(alpha, '&preview=true', mayor)).latest).toMatchObject({
        year: 2023,
        value: 95,
      });
    });

    it('refuses a preview to the public and to other cities’ people', async () => {
      await get(`/api/analytics/cities/${alpha.slug}/progress?preview=true`).expect(401);
      const foreign = await loginAs(t, 'official', bravo.slug);
      const body = (
        await get(`/api/analytics/cities/${alpha.slug}/progress?preview=true`, foreign).expect(403)
      ).body as ApiError;
      expect(body.code).toBe('FORBIDDEN');
      // In a comparison their own city is previewed and the others stay approved.
      const comparison = (
        await get(
          `/api/analytics/indicators/${LSEC}/comparison?cities=${alpha.slug},${bravo.slug}&preview=true`,
          foreign,
        ).expect(200)
      ).body as IndicatorComparisonResponse;
      expect(comparison.cities.find((row) => row.city.slug === alpha.slug)!.latest!.year).toBe(2022);
    });

    it('reach the analytics when the submission is approved, and leave them when it is reopened', async () => {
      const official = await loginAs(t, 'official', charlie.slug);
      const admin = await loginAs(t, 'admin');
      const move = (token: string, body: object) =>
        t
          .http()
          .post(`/api/cities/${charlie.slug}/years/2024/submission/transitions`)
          .set('Authorization', `Bearer ${token}`)
          .send(body)
          .expect(200)
          .then((response) => (response.body as SubmissionDetail).version);
      await t
        .http()
        .put(`/api/cities/${charlie.slug}/years/2024/observations`)
        .set('Authorization', `Bearer ${official}`)
        .send({ version: 0, observations: [{ indicator: LSEC, value: 97 }] })
        .expect(200);
      const submitted = await move(official, { to: 'submitted', version: 1 });
      expect((await progressOf(charlie)).latest).toMatchObject({ year: 2022, value: 78 });

      const approved = await move(analyst, { to: 'approved', version: submitted });
      const row = await progressOf(charlie);
      expect(row.latest).toMatchObject({ year: 2024, value: 97 });
      expect(row.standing).toEqual({ rank: 1, of: 4, percentile: 100 });
      const overview = (await get('/api/analytics/network/overview?year=2024').expect(200))
        .body as NetworkOverviewResponse;
      expect(overview.indicators.find((i) => i.indicator.code === LSEC)!.distribution).toMatchObject({
        cities: 1,
        median: 97,
      });
      // One city of four is too few to summarise the network by default.
      expect(
        ((await get('/api/analytics/network/overview').expect(200)).body as NetworkOverviewResponse).year,
      ).toBe(2022);

      await move(admin, { to: 'draft', version: approved, reason: 'The source was revised' });
      expect((await progressOf(charlie)).latest).toMatchObject({ year: 2022, value: 78 });
    });
  });

  describe('bad input', () => {
    const expectField = async (path: string, field: string, status = 400) => {
      const body = (await get(path).expect(status)).body as ApiError;
      expect(body.errors?.map((e) => e.field)).toContain(field);
    };

    it('names unknown cities, indicators and peer groups', async () => {
      await get('/api/analytics/cities/atlantis/progress').expect(404);
      await get('/api/analytics/indicators/NOPE/comparison?cities=cork').expect(404);
      await expectField(`/api/analytics/indicators/${LSEC}/comparison?cities=cork,atlantis`, 'cities');
      await expectField(`/api/analytics/cities/${alpha.slug}/progress?peers=galaxy`, 'peers');
      await expectField(`/api/analytics/cities/${alpha.slug}/progress?peers=region:MARS`, 'peers');
      await expectField(`/api/analytics/cities/${alpha.slug}/progress?peers=set:999`, 'peers');
      await expectField(`/api/analytics/cities/${alpha.slug}/equity?indicator=NOPE`, 'indicator');
      await expectField(`/api/analytics/cities/${alpha.slug}/equity`, 'indicator');
      await expectField(`/api/analytics/cities/${alpha.slug}/composites?framework=XYZ`, 'framework');
      await expectField(`/api/analytics/cities/${alpha.slug}/progress?method=guess`, 'method');
    });

    it('refuses empty selections, conflicting parameters and years out of range', async () => {
      const comparison = `/api/analytics/indicators/${LSEC}/comparison`;
      await expectField(comparison, 'cities');
      await expectField(`${comparison}?cities=,`, 'cities');
      await expectField(`${comparison}?cities=${alpha.slug}&peers=region`, 'cities');
      await expectField(`${comparison}?peers=region`, 'city');
      await expectField(`${comparison}?peers=country:ZZB`, 'peers');
      await expectField(`${comparison}?cities=${alpha.slug}&from=2022&to=2015`, 'from');
      await expectField(`${comparison}?cities=${alpha.slug}&to=1999`, 'to');
      await expectField(`${comparison}?cities=${alpha.slug}&preview=maybe`, 'preview');
      await expectField(`/api/analytics/cities/${alpha.slug}/progress?peers=like-mine&k=0`, 'k');
      await expectField('/api/analytics/network/overview?year=3000', 'year');
    });
  });
});
