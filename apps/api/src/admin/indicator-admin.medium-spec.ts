import type { ApiError, CityProgressResponse, IndicatorDto, ScoreBand } from '@lcm/contracts';
import { rebuildAnalytics } from '../analytics/analytics-refresh';
import type { CityEntity } from '../cities/city.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/** A seeded percentage indicator where higher is better: range 0–100, target 2030. */
const CODE = 'SDG_4_3_1';

describe('admin: indicator framework', () => {
  let t: TestApp;
  let admin: string;
  let original: IndicatorDto;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
    original = (await t.http().get(`/api/indicators/${CODE}`).expect(200)).body as IndicatorDto;
  });
  afterAll(() => t.close());

  const patch = (body: object, token = admin, code = CODE) =>
    t.http().patch(`/api/admin/indicators/${code}`).set('Authorization', `Bearer ${token}`).send(body);
  const stored = () => t.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ code: CODE });

  it('keeps a seeded percentage indicator that the rules below rely on', () => {
    expect(original).toMatchObject({ direction: 'higher', minValue: 0, maxValue: 100, decimals: 1 });
  });

  it('changes the target, bounds and wording, and the public API shows them at once', async () => {
    const { body } = await patch({
      name: 'Adults in learning',
      targetValue: 55,
      targetYear: 2030,
      bestBound: 70,
      worstBound: 5,
      decimals: 2,
    }).expect(200);
    expect(body as IndicatorDto).toMatchObject({
      code: CODE,
      name: 'Adults in learning',
      definition: original.definition,
      targetValue: 55,
      bestBound: 70,
      worstBound: 5,
      decimals: 2,
      frameworkNodes: original.frameworkNodes,
    });
    const shown = (await t.http().get(`/api/indicators/${CODE}`).expect(200)).body as IndicatorDto;
    expect(shown.name).toBe('Adults in learning');
  });

  it('clears the target when it is sent as null', async () => {
    const { body } = await patch({ targetValue: null, targetYear: null }).expect(200);
    expect(body as IndicatorDto).toMatchObject({ targetValue: null, targetYear: null });
  });

  it('refuses an upside-down valid range, naming the field sent, and saves nothing', async () => {
    const { body } = await patch({ minValue: 150, name: 'Never saved' }).expect(400);
    expect((body as ApiError).errors).toEqual([
      { field: 'minValue', message: 'maxValue (100) must not be below minValue (150)' },
    ]);
    expect(await stored()).toMatchObject({ minValue: 0, name: 'Adults in learning' });
  });

  it('refuses a valid range that would leave the score bounds outside it', async () => {
    const { body } = await patch({ maxValue: 50 }).expect(400);
    expect((body as ApiError).errors).toEqual([
      { field: 'maxValue', message: 'bestBound (70) must lie within the valid range from 0 to 50' },
    ]);
  });

  it('refuses score bounds that would score worse values higher', async () => {
    const { body } = await patch({ bestBound: 2 }).expect(400);
    expect((body as ApiError).errors?.[0]).toEqual({
      field: 'bestBound',
      message: 'bestBound (2) must be above worstBound (5) when higher values are better',
    });
  });

  it('names each field with a value of the wrong kind or out of bounds', async () => {
    const { body } = await patch({
      decimals: 7,
      targetYear: 1999,
      targetValue: 'sixty',
      definition: '',
      unit: 'PT',
    }).expect(400);
    expect((body as ApiError).errors?.map((error) => error.field).sort()).toEqual(
      ['decimals', 'definition', 'targetValue', 'targetYear', 'unit'].sort(),
    );
    expect((await stored()).decimals).toBe(2);
  });

  it('answers 404 for an unknown indicator', async () => {
    await patch({ name: 'x' }, admin, 'NO_SUCH').expect(404);
  });

  it('refuses anonymous callers (401) and every role but admin (403)', async () => {
    await t.http().patch(`/api/admin/indicators/${CODE}`).send({ name: 'Anonymous' }).expect(401);
    for (const role of ['analyst', 'official', 'mayor'] as const) {
      const token = await loginAs(t, role, role === 'analyst' ? undefined : 'cork');
      await patch({ name: role }, token).expect(403);
    }
    expect((await stored()).name).toBe('Adults in learning');
  });
});

/*
 * Colour thresholds per indicator, on lower-secondary completion (SDG_4_1_2_LSEC: higher is better,
 * bounds worst 30, best 100). A city's approved 86 scores (86 − 30)/70·100 = 80: yellow with the
 * default thresholds (achieved 100, yellow from 66.67), achieved once achieved starts at 80.
 */
describe('admin: indicator colour thresholds', () => {
  const LSEC = 'SDG_4_1_2_LSEC';
  let t: TestApp;
  let admin: string;
  let city: CityEntity;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
    city = await newCity(t.dataSource, { countryIso3: 'ZZA', countryName: 'Testland', region: 'AFR' });
    const submission = await newSubmission(t.dataSource, { cityId: city.id, year: 2022, status: 'approved' });
    await t.dataSource.query(
      `INSERT INTO observation (submission_id, indicator_id, value, status)
       SELECT $1, id, 86, 'A' FROM indicator WHERE code = $2`,
      [submission.id, LSEC],
    );
    await t.dataSource.transaction((manager) => rebuildAnalytics(manager));
  });
  afterAll(() => t.close());

  const patch = (body: object) =>
    t.http().patch(`/api/admin/indicators/${LSEC}`).set('Authorization', `Bearer ${admin}`).send(body);
  const shown = async () => (await t.http().get(`/api/indicators/${LSEC}`).expect(200)).body as IndicatorDto;
  const bandOfCity = async (): Promise<ScoreBand | null | undefined> => {
    const { body } = await t
      .http()
      .get(`/api/analytics/cities/${city.slug}/progress?peers=country`)
      .expect(200);
    return (body as CityProgressResponse).indicators.find((row) => row.indicator.code === LSEC)?.band;
  };

  it('uses the default thresholds until some are set', async () => {
    expect((await shown()).scoreBands).toBeNull();
    expect(await bandOfCity()).toBe('yellow');
  });

  it('stores thresholds, shows them with the indicator and colours scores by them', async () => {
    const bands = { achieved: 80, yellow: 60, orange: 30 };
    const { body } = await patch({ scoreBands: bands }).expect(200);
    expect((body as IndicatorDto).scoreBands).toEqual(bands);
    expect((await shown()).scoreBands).toEqual(bands);
    expect(await bandOfCity()).toBe('achieved');
  });

  it('refuses thresholds out of order or outside 0–100, naming the threshold, and saves nothing', async () => {
    const unordered = await patch({
      scoreBands: { achieved: 90, yellow: 95, orange: 30 },
      name: 'Never saved',
    });
    expect(unordered.status).toBe(400);
    expect((unordered.body as ApiError).errors).toEqual([
      {
        field: 'scoreBands.yellow',
        message: 'scoreBands.yellow (95) must be below scoreBands.achieved (90)',
      },
    ]);
    const outside = await patch({ scoreBands: { achieved: 120, yellow: 60, orange: -1 } }).expect(400);
    expect((outside.body as ApiError).errors?.map((error) => error.field).sort()).toEqual([
      'scoreBands.achieved',
      'scoreBands.orange',
    ]);
    const incomplete = await patch({ scoreBands: { achieved: 90 } }).expect(400);
    expect((incomplete.body as ApiError).errors).toEqual(
      expect.arrayContaining([
        { field: 'scoreBands.yellow', message: 'yellow must be a number' },
        { field: 'scoreBands.orange', message: 'orange must be a number' },
      ]),
    );
    expect(await shown()).toMatchObject({ scoreBands: { achieved: 80, yellow: 60, orange: 30 } });
    expect((await shown()).name).not.toBe('Never saved');
  });

  it('goes back to the defaults when the thresholds are sent as null', async () => {
    const { body } = await patch({ scoreBands: null }).expect(200);
    expect((body as IndicatorDto).scoreBands).toBeNull();
    expect(await bandOfCity()).toBe('yellow');
  });
});
