import type {
  CityProgressResponse,
  CityProgressRow,
  IndicatorComparisonResponse,
  ProgressMeasure,
  ProgressMethod,
} from '@lcm/contracts';
import { measureProgress, progressIndicatorOf } from '@lcm/domain';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';
import { AnalyticsProgressFill } from './analytics-progress-fill';
import { rebuildAnalytics, refreshCityYearAnalytics } from './analytics-refresh';

/*
 * Progress is measured when the data behind it changes and stored with the latest value; these tests
 * change each thing it depends on and check that the answers follow. One city reports lower-secondary
 * completion (SDG_4_1_2_LSEC: higher is better, valid 0–100, global target 100 % by 2030): 80 % in 2015,
 * 86 % in 2022. Against the global target R = 0.692919 (moderate); against 90 % by 2025,
 * CAGR_req = (90/80)^(1/10) − 1 = 0.011848 and R = 0.010385/0.011848 = 0.876530, score 1.9753 (moderate).
 */
const LSEC = 'SDG_4_1_2_LSEC';

describe('stored progress', () => {
  let t: TestApp;
  let city: CityEntity;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    city = await newCity(t.dataSource, { countryIso3: 'ZZA', countryName: 'Testland', region: 'AFR' });
    for (const [year, value] of [
      [2015, 80],
      [2022, 86],
    ] as const) {
      await approvedValue(year, value);
    }
    await t.dataSource.transaction((manager) => rebuildAnalytics(manager));
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  async function approvedValue(year: number, value: number, of: CityEntity = city): Promise<number> {
    const submission = await newSubmission(t.dataSource, { cityId: of.id, year, status: 'approved' });
    await t.dataSource.query(
      `INSERT INTO observation (submission_id, indicator_id, value, status) SELECT $1, id, $2, 'A' FROM indicator WHERE code = $3`,
      [submission.id, value, LSEC],
    );
    return submission.id;
  }

  const progressRow = async (
    method: ProgressMethod = 'open-sdg',
    of: CityEntity = city,
  ): Promise<CityProgressRow> => {
    const { body } = await t
      .http()
      .get(`/api/analytics/cities/${of.slug}/progress?peers=country&method=${method}`)
      .expect(200);
    return (body as CityProgressResponse).indicators.find((row) => row.indicator.code === LSEC)!;
  };
  const comparedProgress = async (query = ''): Promise<ProgressMeasure> => {
    const { body } = await t
      .http()
      .get(`/api/analytics/indicators/${LSEC}/comparison?cities=${city.slug}${query}`)
      .expect(200);
    return (body as IndicatorComparisonResponse).cities[0]!.progress;
  };
  const stored = async (): Promise<Record<ProgressMethod, ProgressMeasure> | null> => {
    const [row] = await t.dataSource.query<{ progress: Record<ProgressMethod, ProgressMeasure> | null }[]>(
      `SELECT l.progress FROM analytics_latest l JOIN indicator i ON i.id = l.indicator_id
       WHERE l.city_id = $1 AND i.code = $2`,
      [city.id, LSEC],
    );
    return row!.progress;
  };
  const patchIndicator = (body: object) =>
    t
      .http()
      .patch(`/api/admin/indicators/${LSEC}`)
      .set('Authorization', `Bearer ${admin}`)
      .send(body)
      .expect(200);

  it('is stored by every method with the latest approved value, and answered as stored', async () => {
    const byMethod = (await stored())!;
    expect(byMethod['open-sdg']).toMatchObject({ method: 'open-sdg', status: 'moderate', latestYear: 2022 });
    expect(byMethod['open-sdg'].progressValue).toBeCloseTo(0.692919, 6);
    expect(byMethod.unsd.progressValue).toBeCloseTo(0.670505, 6);
    expect((await progressRow()).globalProgress).toEqual(byMethod['open-sdg']);
    expect((await progressRow('unsd')).globalProgress).toEqual(byMethod.unsd);
    expect(await comparedProgress()).toEqual(byMethod['open-sdg']);
  });

  it('is measured from the values when the comparison stops before the latest year', async () => {
    expect(await comparedProgress('&to=2020')).toMatchObject({
      status: 'not_available',
      reason: 'fewer_than_two_years',
      latestYear: 2015,
    });
  });

  it('follows a change of the indicator’s target', async () => {
    await patchIndicator({ targetValue: 90, targetYear: 2025 });
    const row = await progressRow();
    expect(row.globalProgress).toMatchObject({ status: 'moderate', targetValue: 90, targetYear: 2025 });
    expect(row.globalProgress.progressValue).toBeCloseTo(0.87653, 5);
    expect(row.globalProgress.score).toBeCloseTo(1.9753, 3);
    expect(await comparedProgress()).toEqual(row.globalProgress);

    await patchIndicator({ targetValue: null });
    expect((await progressRow()).globalProgress).toMatchObject({ basis: 'trend', targetValue: null });
  });

  it('follows a change of the valid range, whose upper end limits a rising trend', async () => {
    const series = [
      { year: 2015, value: 80 },
      { year: 2022, value: 86 },
    ];
    const trendWithLimit = (maxValue: number) =>
      measureProgress(
        series,
        progressIndicatorOf({
          direction: 'higher',
          targetValue: null,
          targetYear: 2025,
          minValue: 0,
          maxValue,
        }),
      );
    expect((await progressRow()).globalProgress.limitScaling).toBeCloseTo(
      trendWithLimit(100).limitScaling!,
      9,
    );
    await patchIndicator({ maxValue: 90, bestBound: 90 });
    const limited = (await progressRow()).globalProgress;
    expect(limited.limitScaling).toBeCloseTo(trendWithLimit(90).limitScaling!, 9);
    expect(limited.limitScaling).not.toBeCloseTo(trendWithLimit(100).limitScaling!, 3);
  });

  it('follows a newer approved year, and its reopening', async () => {
    const submissionId = await approvedValue(2024, 89);
    await t.dataSource.transaction((manager) => refreshCityYearAnalytics(manager, city.id, 2024));
    expect((await progressRow()).globalProgress).toMatchObject({ latestYear: 2024, latestValue: 89 });

    await t.dataSource.query(`UPDATE submission SET status = 'draft' WHERE id = $1`, [submissionId]);
    await t.dataSource.transaction((manager) => refreshCityYearAnalytics(manager, city.id, 2024));
    expect((await progressRow()).globalProgress).toMatchObject({ latestYear: 2022, latestValue: 86 });
  });

  it('is gone with the only approved year of a city, once that year is reopened', async () => {
    const other = await newCity(t.dataSource, { countryIso3: 'ZZA', countryName: 'Testland', region: 'AFR' });
    const submissionId = await approvedValue(2020, 70, other);
    await t.dataSource.transaction((manager) => refreshCityYearAnalytics(manager, other.id, 2020));
    expect((await progressRow('open-sdg', other)).latest).toMatchObject({ year: 2020, value: 70 });

    await t.dataSource.query(`UPDATE submission SET status = 'draft' WHERE id = $1`, [submissionId]);
    await t.dataSource.transaction((manager) => refreshCityYearAnalytics(manager, other.id, 2020));
    const after = await progressRow('open-sdg', other);
    expect(after.latest).toBeNull();
    expect(after.globalProgress.status).toBe('not_available');
  });

  it('is measured at start-up where an upgraded database has none, and answered right until then', async () => {
    const before = await progressRow();
    await t.dataSource.query('UPDATE analytics_latest SET progress = NULL, local_progress = NULL');
    expect(await progressRow()).toEqual(before);

    await t.app.get(AnalyticsProgressFill).onApplicationBootstrap();
    expect((await stored())!['open-sdg']).toEqual(before.globalProgress);
    const [{ unmeasured }] = await t.dataSource.query<[{ unmeasured: number }]>(
      'SELECT count(*)::int AS unmeasured FROM analytics_latest WHERE progress IS NULL',
    );
    expect(unmeasured).toBe(0);
  });
});
