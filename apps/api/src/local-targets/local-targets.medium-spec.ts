import type { ApiError, CityProgressResponse, LocalTargetDto, PendingLocalTargetDto } from '@lcm/contracts';
import { rebuildAnalytics } from '../analytics/analytics-refresh';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

const LSEC = 'SDG_4_1_2_LSEC';

describe('local targets', () => {
  let t: TestApp;
  let city: CityEntity;
  let official: string;
  let analyst: string;

  beforeAll(async () => {
    t = await createTestApp();
    city = await newCity(t.dataSource);
    // Lower-secondary completion 80 % in 2015, 86 % in 2022; the global target is 100 % by 2030.
    for (const [year, value] of [
      [2015, 80],
      [2022, 86],
    ] as const) {
      const submission = await newSubmission(t.dataSource, { cityId: city.id, year, status: 'approved' });
      await t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, value, status) SELECT $1, id, $2, 'A' FROM indicator WHERE code = $3`,
        [submission.id, value, LSEC],
      );
    }
    await t.dataSource.transaction((manager) => rebuildAnalytics(manager));
    official = await loginAs(t, 'official', city.slug);
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const targetsUrl = () => `/api/analytics/cities/${city.slug}/local-targets`;
  const propose = (body: object, token = official) =>
    t.http().post(targetsUrl()).set('Authorization', `Bearer ${token}`).send(body);
  const review = (id: number, body: object, token = analyst) =>
    t
      .http()
      .post(`/api/analytics/local-targets/${id}/review`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const list = (token?: string) => {
    const request = t.http().get(targetsUrl());
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const progressRow = async () => {
    const body = (await t.http().get(`/api/analytics/cities/${city.slug}/progress`).expect(200))
      .body as CityProgressResponse;
    return body.indicators.find((row) => row.indicator.code === LSEC)!;
  };

  it('is proposed by the city’s official, confirmed by an analyst, then measured beside the global target', async () => {
    const proposed = (
      await propose({
        indicator: LSEC,
        targetValue: 90,
        targetYear: 2025,
        note: 'Council decision 2024/7',
      }).expect(201)
    ).body as LocalTargetDto;
    expect(proposed).toMatchObject({
      city: city.slug,
      indicator: LSEC,
      targetValue: 90,
      targetYear: 2025,
      status: 'proposed',
      note: 'Council decision 2024/7',
      decidedBy: null,
      inUse: false,
    });
    // Not confirmed yet: the public sees nothing of it, the city's people do, progress ignores it.
    expect((await list().expect(200)).body).toEqual([]);
    expect(((await list(official).expect(200)).body as LocalTargetDto[]).map((x) => x.status)).toEqual([
      'proposed',
    ]);
    expect((await progressRow()).localProgress).toBeNull();

    const confirmed = (await review(proposed.id, { status: 'confirmed' }).expect(200)).body as LocalTargetDto;
    expect(confirmed).toMatchObject({ status: 'confirmed', inUse: true });
    expect(confirmed.decidedAt).not.toBeNull();
    expect(((await list().expect(200)).body as LocalTargetDto[]).map((x) => x.id)).toEqual([proposed.id]);

    // Against 90 % by 2025: CAGR_req = (90/80)^(1/10) − 1 = 0.011848, R = 0.010385/0.011848 = 0.876530,
    // score 7.1429·R − 4.2857 = 1.9753 (moderate). The global target still gives R = 0.692919.
    const row = await progressRow();
    expect(row.globalProgress.progressValue).toBeCloseTo(0.692919, 6);
    expect(row.localProgress).toMatchObject({ targetId: proposed.id, targetValue: 90, targetYear: 2025 });
    expect(row.localProgress!.measure).toMatchObject({
      status: 'moderate',
      targetValue: 90,
      targetYear: 2025,
    });
    expect(row.localProgress!.measure.progressValue).toBeCloseTo(0.87653, 5);
    expect(row.localProgress!.measure.score).toBeCloseTo(1.9753, 3);
  });

  it('uses the latest confirmed target and keeps rejected proposals with their reason', async () => {
    const next = (await propose({ indicator: LSEC, targetValue: 84, targetYear: 2024 }).expect(201))
      .body as LocalTargetDto;
    const rejected = (
      await review(next.id, { status: 'rejected', note: 'Below the current value' }).expect(200)
    ).body as LocalTargetDto;
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisionNote: 'Below the current value',
      inUse: false,
    });

    const better = (await propose({ indicator: LSEC, targetValue: 95, targetYear: 2028 }).expect(201))
      .body as LocalTargetDto;
    await review(better.id, { status: 'confirmed' }, await loginAs(t, 'admin')).expect(200);
    expect((await progressRow()).localProgress).toMatchObject({ targetId: better.id, targetValue: 95 });
    const all = (await list(analyst).expect(200)).body as LocalTargetDto[];
    expect(all.map((x) => [x.targetValue, x.status, x.inUse])).toEqual([
      [95, 'confirmed', true],
      [84, 'rejected', false],
      [90, 'confirmed', false],
    ]);
  });

  it('is decided once', async () => {
    const target = (await propose({ indicator: LSEC, targetValue: 97, targetYear: 2030 }).expect(201))
      .body as LocalTargetDto;
    await review(target.id, { status: 'confirmed' }).expect(200);
    expect(
      ((await review(target.id, { status: 'rejected', note: 'Too late' }).expect(409)).body as ApiError).code,
    ).toBe('CONFLICT');
    await review(999_999, { status: 'confirmed' }).expect(404);
  });

  it('is proposed by the city’s own officials only and confirmed by network staff only', async () => {
    const other = await newCity(t.dataSource);
    const foreign = await loginAs(t, 'official', other.slug);
    await propose({ indicator: LSEC, targetValue: 90, targetYear: 2030 }, foreign).expect(403);
    await propose({ indicator: LSEC, targetValue: 90, targetYear: 2030 }, analyst).expect(403);
    const target = (await propose({ indicator: LSEC, targetValue: 91, targetYear: 2030 }).expect(201))
      .body as LocalTargetDto;
    await review(target.id, { status: 'confirmed' }, official).expect(403);
    await review(target.id, { status: 'confirmed' }, await loginAs(t, 'mayor', city.slug)).expect(403);
  });

  it('names the field of a bad proposal or decision and stores nothing', async () => {
    const fieldOf = async (body: object) =>
      ((await propose(body).expect(400)).body as ApiError).errors?.map((e) => e.field);
    const before = ((await list(official).expect(200)).body as LocalTargetDto[]).length;
    expect(await fieldOf({ indicator: 'NOPE', targetValue: 90, targetYear: 2030 })).toEqual(['indicator']);
    expect(await fieldOf({ indicator: LSEC, targetValue: 140, targetYear: 2030 })).toEqual(['targetValue']);
    expect(await fieldOf({ indicator: LSEC, targetValue: 90, targetYear: 2015 })).toEqual(['targetYear']);
    expect(await fieldOf({ indicator: LSEC, targetValue: 'high', targetYear: 2030 })).toEqual([
      'targetValue',
    ]);
    expect(((await list(official).expect(200)).body as LocalTargetDto[]).length).toBe(before);

    const target = (await propose({ indicator: LSEC, targetValue: 92, targetYear: 2030 }).expect(201))
      .body as LocalTargetDto;
    const noReason = (await review(target.id, { status: 'rejected' }).expect(400)).body as ApiError;
    expect(noReason.errors?.map((e) => e.field)).toEqual(['note']);
    const unknown = (await review(target.id, { status: 'maybe' }).expect(400)).body as ApiError;
    expect(unknown.errors?.map((e) => e.field)).toEqual(['status']);
    await t.http().get(`/api/analytics/cities/atlantis/local-targets`).expect(404);
  });

  it('lists every city’s proposals awaiting a decision to network staff, the longest waiting first', async () => {
    const pending = async (token: string) =>
      (
        await t
          .http()
          .get('/api/analytics/local-targets/pending')
          .set('Authorization', `Bearer ${token}`)
          .expect(200)
      ).body as PendingLocalTargetDto[];
    const other = await newCity(t.dataSource);
    const first = (await propose({ indicator: LSEC, targetValue: 93, targetYear: 2029 }).expect(201))
      .body as LocalTargetDto;
    const second = (
      await t
        .http()
        .post(`/api/analytics/cities/${other.slug}/local-targets`)
        .set('Authorization', `Bearer ${await loginAs(t, 'official', other.slug)}`)
        .send({ indicator: 'SDG_4_1_2_PRIM', targetValue: 99, targetYear: 2030 })
        .expect(201)
    ).body as LocalTargetDto;

    const listed = await pending(analyst);
    expect(listed.every((target) => target.status === 'proposed')).toBe(true);
    const mine = listed.filter((target) => [first.id, second.id].includes(target.id));
    expect(
      mine.map((target) => [target.city, target.cityName, target.indicator.code, target.targetValue]),
    ).toEqual([
      [city.slug, city.name, LSEC, 93],
      [other.slug, other.name, 'SDG_4_1_2_PRIM', 99],
    ]);
    expect(mine[0]?.indicator).toMatchObject({ name: expect.any(String) as string, unitLabel: '%' });
    const proposedAt = listed.map((target) => target.proposedAt);
    expect(proposedAt).toEqual([...proposedAt].sort());

    // Decided proposals leave the list, for admins as for analysts.
    await review(first.id, { status: 'rejected', note: 'Not ambitious enough' }).expect(200);
    expect((await pending(await loginAs(t, 'admin'))).map((target) => target.id)).not.toContain(first.id);

    await t.http().get('/api/analytics/local-targets/pending').expect(401);
    for (const token of [official, await loginAs(t, 'mayor', city.slug)]) {
      await t
        .http()
        .get('/api/analytics/local-targets/pending')
        .set('Authorization', `Bearer ${token}`)
        .expect(403);
    }
  });

  it('names the indicators of the pending proposals in the reader’s language', async () => {
    const target = (await propose({ indicator: LSEC, targetValue: 94, targetYear: 2030 }).expect(201))
      .body as LocalTargetDto;
    const frenchName = 'Taux d’achèvement du premier cycle du secondaire';
    await t
      .http()
      .put(`/api/indicators/${LSEC}/translations/fr`)
      .set('Authorization', `Bearer ${await loginAs(t, 'admin')}`)
      .send({ name: frenchName, definition: null })
      .expect(200);
    const nameIn = async (language: string) => {
      const { body } = await t
        .http()
        .get('/api/analytics/local-targets/pending')
        .set('Authorization', `Bearer ${analyst}`)
        .set('Accept-Language', language)
        .expect(200);
      return (body as PendingLocalTargetDto[]).find((pending) => pending.id === target.id)?.indicator.name;
    };
    expect(await nameIn('fr')).toBe(frenchName);
    expect(await nameIn('en')).not.toBe(frenchName);
  });
});
