import {
  PLAUSIBILITY_SETTING,
  type Disaggregation,
  type IndicatorDto,
  type PlausibilityResponse,
  type PlausibilityRow,
  type SubmissionStatus,
} from '@lcm/contracts';
import { normaliseDisaggregation } from '@lcm/domain';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('plausibility of a city-year', () => {
  let t: TestApp;
  let indicator: IndicatorDto;
  let home: CityEntity;
  let analystToken: string;

  /** Stores values of `indicator` for a city-year in a submission with the given status. */
  async function store(
    city: CityEntity,
    year: number,
    status: SubmissionStatus,
    values: { disaggregation?: Disaggregation; value: number }[],
  ): Promise<void> {
    const submission = await newSubmission(t.dataSource, { cityId: city.id, year, status });
    for (const { disaggregation, value } of values) {
      const d = normaliseDisaggregation(disaggregation);
      await t.dataSource.query(
        `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status)
         SELECT $1, id, $3, $4, $5, $6, $7, 'A' FROM indicator WHERE code = $2`,
        [submission.id, indicator.code, d.SEX, d.AGE, d.URBANISATION, d.DISABILITY_STATUS, value],
      );
    }
  }

  const women: Disaggregation = { SEX: 'F' };

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    indicator = indicators.find((i) => i.unit === 'PT' && i.dimensions.includes('SEX'))!;

    // A region of its own, so that the seeded reference cities (which hold no values) stay out of the way.
    home = await newCity(t.dataSource, { region: 'AFR', population: 300_000 });
    await store(home, 2019, 'approved', [{ value: 99 }]); // six years back: outside the history
    await store(home, 2020, 'approved', [{ value: 10 }]);
    await store(home, 2021, 'approved', [{ value: 30 }]);
    await store(home, 2022, 'approved', [{ value: 11 }]);
    await store(home, 2023, 'approved', [{ value: 12 }]);
    await store(home, 2024, 'submitted', [{ value: 13 }]);
    await store(home, 2025, 'draft', [{ value: 20 }]);

    const small = await newCity(t.dataSource, { region: 'AFR', population: 100_000 });
    const large = await newCity(t.dataSource, { region: 'AFR', population: 2_000_000 });
    const sameSize = await newCity(t.dataSource, { region: 'AFR', population: 600_000 });
    const sameSizeElsewhere = await newCity(t.dataSource, { region: 'LAC', population: 400_000 });
    await store(small, 2024, 'approved', [{ value: 40 }, { disaggregation: women, value: 70 }]);
    await store(small, 2025, 'approved', [{ disaggregation: women, value: 25 }]);
    await store(large, 2024, 'approved', [{ value: 50 }]);
    await store(sameSize, 2024, 'approved', [{ value: 60 }]);
    await store(sameSize, 2025, 'submitted', [{ value: 99 }]); // not approved: never a peer value
    await store(sameSizeElsewhere, 2024, 'approved', [{ value: 35 }]);

    analystToken = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const get = (path: string, token: string | null = analystToken) => {
    const call = t.http().get(path);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };
  const url = (query = '') =>
    `/api/cities/${home.slug}/years/2025/plausibility?indicator=${indicator.code}${query}`;
  const rowOf = (body: PlausibilityResponse, disaggregation: Disaggregation): PlausibilityRow | undefined =>
    body.rows.find(
      (r) =>
        r.indicator === indicator.code && JSON.stringify(r.disaggregation) === JSON.stringify(disaggregation),
    );

  it('compares the new value with the last five years of the city and with approved peer values', async () => {
    const body = (await get(url()).expect(200)).body as PlausibilityResponse;
    expect(body).toMatchObject({
      city: home.slug,
      year: 2025,
      peerGroup: { kind: 'region', region: 'AFR' },
      thresholds: { maxRobustZ: 3.5, maxChangePercent: 50 },
    });
    const total = rowOf(body, {})!;
    expect(total.history).toEqual([
      { year: 2020, value: 10 },
      { year: 2021, value: 30 },
      { year: 2022, value: 11 },
      { year: 2023, value: 12 },
      { year: 2024, value: 13 },
    ]);
    expect(total.current).toBe(20);
    // No peer has an approved 2025 total yet, so the peers' 2024 values are used: 40, 50, 60.
    expect(total.peers).toEqual({ year: 2024, count: 3, median: 50, q1: 45, q3: 55, values: [40, 50, 60] });
    // Median 12 and MAD 1 of the history: z = 0.6745·(20 − 12) = 5.396; change from 13 is +53.8 %.
    expect(total.check).toMatchObject({ previous: { year: 2024, value: 13 }, change: 7 });
    expect(total.check!.changePercent).toBeCloseTo(53.846, 3);
    expect(total.check!.robustZ).toBeCloseTo(5.396, 3);
    expect(total.check!.peerPosition).toEqual({ percentile: 0, rank: 4, of: 4, median: 50 });
    expect(total.check!.warnings.map((w) => w.kind)).toEqual(['unusual-for-city', 'large-change']);
  });

  it('lists a disaggregation the city has not reported yet, with its peers of the latest year', async () => {
    const body = (await get(url()).expect(200)).body as PlausibilityResponse;
    expect(rowOf(body, women)).toEqual({
      indicator: indicator.code,
      disaggregation: women,
      history: [],
      current: null,
      peers: { year: 2025, count: 1, median: 25, q1: 25, q3: 25, values: [25] },
      check: null,
    });
  });

  it('compares with cities of the same population band when asked', async () => {
    const body = (await get(url('&peers=population')).expect(200)).body as PlausibilityResponse;
    expect(body.peerGroup).toEqual({ kind: 'population', band: '250K_1M' });
    expect(rowOf(body, {})!.peers).toMatchObject({ year: 2024, values: [35, 60], median: 47.5 });
  });

  it('applies the thresholds stored in the app setting', async () => {
    await t.dataSource.query(`INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb)`, [
      PLAUSIBILITY_SETTING,
      JSON.stringify({ maxChangePercent: 60 }),
    ]);
    try {
      const body = (await get(url()).expect(200)).body as PlausibilityResponse;
      expect(body.thresholds).toEqual({ maxRobustZ: 3.5, maxChangePercent: 60 });
      expect(rowOf(body, {})!.check!.warnings.map((w) => w.kind)).toEqual(['unusual-for-city']);
    } finally {
      await t.dataSource.query('DELETE FROM app_setting WHERE key = $1', [PLAUSIBILITY_SETTING]);
    }
  });

  it('answers for every indicator at once when none is named', async () => {
    const body = (await get(`/api/cities/${home.slug}/years/2025/plausibility`).expect(200))
      .body as PlausibilityResponse;
    expect(body.rows.map((r) => r.indicator)).toEqual([indicator.code, indicator.code]);
    expect(body.rows[0]!.disaggregation).toEqual({});
  });

  it('is open to the city’s own people and to network staff only', async () => {
    await get(url(), await loginAs(t, 'mayor', home.slug)).expect(200);
    await get(url(), await loginAs(t, 'official', home.slug)).expect(200);
    const stranger = await loginAs(t, 'official', 'cork');
    expect((await get(url(), stranger).expect(403)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await get(url(), null).expect(401)).body).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('names the bad part of a request', async () => {
    const badPeers = (await get(url('&peers=continent')).expect(400)).body as { errors: unknown[] };
    expect(badPeers.errors).toEqual([expect.objectContaining({ field: 'peers' })]);
    const badYear = (await get(`/api/cities/${home.slug}/years/1999/plausibility`).expect(400)).body as {
      errors: unknown[];
    };
    expect(badYear.errors).toEqual([expect.objectContaining({ field: 'year' })]);
    await get(`/api/cities/${home.slug}/years/2025/plausibility?indicator=NOPE`).expect(404);
    await get('/api/cities/atlantis/years/2025/plausibility').expect(404);
  });
});
