import type { CityObservationsResponse, IndicatorDto, SaveObservationsResponse } from '@lcm/contracts';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('writing and reading a city-year of observations', () => {
  let t: TestApp;
  let percentBySex: IndicatorDto;
  let notBySex: IndicatorDto;

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    percentBySex = indicators.find((i) => i.unit === 'PT' && i.dimensions.includes('SEX'))!;
    notBySex = indicators.find((i) => !i.dimensions.includes('SEX'))!;
  });
  afterAll(() => t.close());

  /** A value every indicator accepts: the middle of its valid range. */
  const validValue = (indicator: IndicatorDto) => ((indicator.minValue ?? 0) + (indicator.maxValue ?? 1)) / 2;

  const observationsOf = async (slug: string, year: number) =>
    (
      (await t.http().get(`/api/cities/${slug}/observations?year=${year}`).expect(200))
        .body as CityObservationsResponse
    ).observations;

  it('writes values with disaggregations in one call and reads them back', async () => {
    const city = await newCity(t.dataSource);
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2023/observations`)
      .send({
        observations: [
          { indicator: percentBySex.code, value: 28.4, source: 'Labour force survey' },
          { indicator: percentBySex.code, disaggregation: { SEX: 'F' }, value: 30.1, status: 'E' },
          { indicator: percentBySex.code, disaggregation: { SEX: 'M' }, value: 26.6 },
          { indicator: notBySex.code, value: null, status: 'M', comment: 'not collected this year' },
        ],
      })
      .expect(200);
    expect(response.body as SaveObservationsResponse).toMatchObject({
      city: city.slug,
      year: 2023,
      saved: 4,
      submission: { year: 2023, status: 'draft', version: 2 },
    });

    const stored = await observationsOf(city.slug, 2023);
    expect(stored).toHaveLength(4);
    expect(stored).toEqual(
      expect.arrayContaining([
        {
          indicator: percentBySex.code,
          year: 2023,
          disaggregation: {},
          value: 28.4,
          status: 'A',
          source: 'Labour force survey',
          comment: null,
        },
        {
          indicator: percentBySex.code,
          year: 2023,
          disaggregation: { SEX: 'F' },
          value: 30.1,
          status: 'E',
          source: null,
          comment: null,
        },
        {
          indicator: notBySex.code,
          year: 2023,
          disaggregation: {},
          value: null,
          status: 'M',
          source: null,
          comment: 'not collected this year',
        },
      ]),
    );
  });

  it('updates a value on a second save instead of duplicating it', async () => {
    const city = await newCity(t.dataSource);
    const url = `/api/cities/${city.slug}/years/2022/observations`;
    await t
      .http()
      .put(url)
      .send({ observations: [{ indicator: percentBySex.code, value: 10 }] })
      .expect(200);
    const second = await t
      .http()
      .put(url)
      .send({ observations: [{ indicator: percentBySex.code, value: 12.5 }] })
      .expect(200);
    expect((second.body as SaveObservationsResponse).submission.version).toBe(3);
    const stored = await observationsOf(city.slug, 2022);
    expect(stored.map((o) => o.value)).toEqual([12.5]);
  });

  it('refuses a percentage out of range, naming indicator and disaggregation, and writes nothing', async () => {
    const city = await newCity(t.dataSource);
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2023/observations`)
      .send({
        observations: [
          { indicator: percentBySex.code, value: 40 },
          { indicator: percentBySex.code, disaggregation: { SEX: 'F' }, value: 140 },
        ],
      })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'observations[1].value',
          row: 2,
          indicator: percentBySex.code,
          disaggregation: 'SEX=F',
          message: '140 is not a percentage between 0 and 100',
        },
      ],
    });
    expect(await observationsOf(city.slug, 2023)).toEqual([]);
    const submissions = await t.dataSource.query<unknown[]>('SELECT 1 FROM submission WHERE city_id = $1', [
      city.id,
    ]);
    expect(submissions).toEqual([]);
  });

  it('refuses an unknown disaggregation code and writes nothing', async () => {
    const city = await newCity(t.dataSource);
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2023/observations`)
      .send({ observations: [{ indicator: percentBySex.code, disaggregation: { SEX: 'X' }, value: 10 }] })
      .expect(400);
    expect(response.body).toMatchObject({
      errors: [{ indicator: percentBySex.code, disaggregation: 'SEX=X', message: "unknown SEX code 'X'" }],
    });
    expect(await observationsOf(city.slug, 2023)).toEqual([]);
  });

  it('refuses malformed JSON with a 400 that says so', async () => {
    const city = await newCity(t.dataSource);
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2023/observations`)
      .set('Content-Type', 'application/json')
      .send('{"observations": [ {"indicator": ')
      .expect(400);
    expect(response.body).toEqual({ code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' });
    expect(await observationsOf(city.slug, 2023)).toEqual([]);
  });

  it('refuses a body with unknown fields, a missing list, and a year out of range', async () => {
    const city = await newCity(t.dataSource);
    const url = `/api/cities/${city.slug}/years/2023/observations`;
    const extra = await t.http().put(url).send({ observations: [], colour: 'red' }).expect(400);
    expect(extra.body).toMatchObject({ errors: [{ field: 'colour' }] });
    const missing = await t.http().put(url).send({}).expect(400);
    expect(missing.body).toMatchObject({
      errors: [{ field: 'observations', message: 'must be a list of observations' }],
    });
    const year = await t
      .http()
      .put(`/api/cities/${city.slug}/years/1850/observations`)
      .send({ observations: [] })
      .expect(400);
    expect(year.body).toMatchObject({ errors: [{ field: 'year' }] });
  });

  it('answers 413 for an oversized body', async () => {
    const city = await newCity(t.dataSource);
    const huge = {
      observations: [{ indicator: percentBySex.code, value: 1, comment: 'x'.repeat(3 * 1024 * 1024) }],
    };
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2023/observations`)
      .send(huge)
      .expect(413);
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 404 for an unknown city', async () => {
    await t
      .http()
      .put('/api/cities/atlantis/years/2023/observations')
      .send({ observations: [{ indicator: percentBySex.code, value: 1 }] })
      .expect(404);
  });

  it('refuses to change an approved submission', async () => {
    const city = await newCity(t.dataSource);
    await newSubmission(t.dataSource, { cityId: city.id, year: 2020, status: 'approved' });
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/2020/observations`)
      .send({ observations: [{ indicator: percentBySex.code, value: 5 }] })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'SUBMISSION_LOCKED' });
    expect(await observationsOf(city.slug, 2020)).toEqual([]);
  });

  it('keeps written values across a restart, without seeding again', async () => {
    const city = await newCity(t.dataSource);
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/2024/observations`)
      .send({ observations: [{ indicator: percentBySex.code, value: 33.3 }] })
      .expect(200);
    const countCities = async () =>
      (await t.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM city'))[0].n;
    const citiesBefore = await countCities();

    t = await t.restart();

    expect(await countCities()).toBe(citiesBefore);
    expect((await observationsOf(city.slug, 2024)).map((o) => o.value)).toEqual([33.3]);
  });

  it('filters a city’s observations by indicator and refuses an unknown one', async () => {
    const city = await newCity(t.dataSource);
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/2021/observations`)
      .send({
        observations: [
          { indicator: percentBySex.code, value: 1 },
          { indicator: notBySex.code, value: validValue(notBySex) },
        ],
      })
      .expect(200);
    const { body } = await t
      .http()
      .get(`/api/cities/${city.slug}/observations?indicator=${notBySex.code}`)
      .expect(200);
    expect((body as CityObservationsResponse).observations.map((o) => o.indicator)).toEqual([notBySex.code]);
    await t.http().get(`/api/cities/${city.slug}/observations?indicator=NOPE`).expect(404);
    await t.http().get(`/api/cities/${city.slug}/observations?year=abc`).expect(400);
  });
});
