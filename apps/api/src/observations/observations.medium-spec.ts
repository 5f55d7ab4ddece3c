import type {
  CityObservationsResponse,
  IndicatorDto,
  SaveObservationsResponse,
  StaleVersionError,
} from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/*
 * Sign-ins are throttled per client address, so the suite signs in a few people once and gives each
 * test a reporting year of its own instead of a city of its own.
 */
describe('writing and reading a city-year of observations', () => {
  let t: TestApp;
  let percentBySex: IndicatorDto;
  let notBySex: IndicatorDto;
  let city: CityEntity;
  let otherCity: CityEntity;
  /** Two officials of `city`, e.g. colleagues editing the same report. */
  let official: string;
  let colleague: string;
  let foreignOfficial: string;
  let analyst: string;
  let mayor: string;
  let foreignMayor: string;
  let nextYear = 2001;
  const freshYear = () => nextYear++;

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    percentBySex = indicators.find((i) => i.unit === 'PT' && i.dimensions.includes('SEX'))!;
    notBySex = indicators.find((i) => !i.dimensions.includes('SEX'))!;
    city = await newCity(t.dataSource);
    otherCity = await newCity(t.dataSource);
    official = await loginAs(t, 'official', city.slug);
    colleague = await loginAs(t, 'official', city.slug);
    foreignOfficial = await loginAs(t, 'official', otherCity.slug);
    analyst = await loginAs(t, 'analyst');
    mayor = await loginAs(t, 'mayor', city.slug);
    foreignMayor = await loginAs(t, 'mayor', otherCity.slug);
  });
  afterAll(() => t.close());

  /** A value every indicator accepts: the middle of its valid range. */
  const validValue = (indicator: IndicatorDto) => ((indicator.minValue ?? 0) + (indicator.maxValue ?? 1)) / 2;

  const save = (token: string, slug: string, year: number, body: object) =>
    t
      .http()
      .put(`/api/cities/${slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  const observationsOf = async (slug: string, year: number, token = official) => {
    const request = t.http().get(`/api/cities/${slug}/observations?year=${year}`);
    request.set('Authorization', `Bearer ${token}`);
    return ((await request.expect(200)).body as CityObservationsResponse).observations;
  };

  const submissionsOf = (year: number) =>
    t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM submission WHERE city_id = $1 AND year = $2',
      [city.id, year],
    );

  it('writes values with disaggregations in one call and reads them back', async () => {
    const year = freshYear();
    const response = await save(official, city.slug, year, {
      version: 0,
      observations: [
        { indicator: percentBySex.code, value: 28.4, source: 'Labour force survey' },
        { indicator: percentBySex.code, disaggregation: { SEX: 'F' }, value: 30.1, status: 'E' },
        { indicator: percentBySex.code, disaggregation: { SEX: 'M' }, value: 26.6 },
        { indicator: notBySex.code, value: null, status: 'M', comment: 'not collected this year' },
      ],
    }).expect(200);
    expect(response.body as SaveObservationsResponse).toMatchObject({
      city: city.slug,
      year,
      saved: 4,
      submission: { year, status: 'draft', version: 1 },
    });

    const stored = await observationsOf(city.slug, year);
    expect(stored).toHaveLength(4);
    expect(stored).toEqual(
      expect.arrayContaining([
        {
          indicator: percentBySex.code,
          year,
          disaggregation: {},
          value: 28.4,
          status: 'A',
          source: 'Labour force survey',
          comment: null,
        },
        {
          indicator: percentBySex.code,
          year,
          disaggregation: { SEX: 'F' },
          value: 30.1,
          status: 'E',
          source: null,
          comment: null,
        },
        {
          indicator: notBySex.code,
          year,
          disaggregation: {},
          value: null,
          status: 'M',
          source: null,
          comment: 'not collected this year',
        },
      ]),
    );
  });

  it('updates a value on a second save instead of duplicating it, and counts only what changed', async () => {
    const year = freshYear();
    await save(official, city.slug, year, {
      observations: [
        { indicator: percentBySex.code, value: 10 },
        { indicator: notBySex.code, value: validValue(notBySex) },
      ],
    }).expect(200);
    const second = await save(official, city.slug, year, {
      version: 1,
      observations: [
        { indicator: percentBySex.code, value: 12.5 },
        { indicator: notBySex.code, value: validValue(notBySex) },
      ],
    }).expect(200);
    expect(second.body as SaveObservationsResponse).toMatchObject({ saved: 1, submission: { version: 2 } });
    const stored = await observationsOf(city.slug, year);
    expect(stored.find((o) => o.indicator === percentBySex.code)?.value).toBe(12.5);
    expect(stored).toHaveLength(2);
  });

  it('keeps the version when nothing changed, so a colleague’s open form stays current', async () => {
    const year = freshYear();
    const values = { observations: [{ indicator: percentBySex.code, value: 10 }] };
    await save(official, city.slug, year, { version: 0, ...values }).expect(200);
    const again = await save(official, city.slug, year, { version: 1, ...values }).expect(200);
    expect(again.body as SaveObservationsResponse).toMatchObject({ saved: 0, submission: { version: 1 } });
  });

  it('refuses a save based on an outdated version with 409 and the current values, and writes nothing', async () => {
    const year = freshYear();
    await save(official, city.slug, year, {
      version: 0,
      observations: [{ indicator: percentBySex.code, value: 10 }],
    });
    await save(colleague, city.slug, year, {
      version: 1,
      observations: [{ indicator: percentBySex.code, value: 11 }],
    });

    const stale = await save(official, city.slug, year, {
      version: 1,
      observations: [{ indicator: percentBySex.code, value: 99 }],
    }).expect(409);
    const body = stale.body as StaleVersionError;
    expect(body.code).toBe('CONFLICT');
    expect(body.message).toContain('now version 2');
    expect(body.current).toMatchObject({ city: city.slug, year, status: 'draft', version: 2 });
    expect(body.current.observations.map((o) => o.value)).toEqual([11]);

    // Leaving the version out means "there is no submission yet", which is no longer true.
    await save(official, city.slug, year, {
      observations: [{ indicator: percentBySex.code, value: 99 }],
    }).expect(409);
    expect((await observationsOf(city.slug, year)).map((o) => o.value)).toEqual([11]);
  });

  it('refuses a version for a submission that does not exist yet, creating nothing', async () => {
    const year = freshYear();
    const response = await save(official, city.slug, year, {
      version: 4,
      observations: [{ indicator: percentBySex.code, value: 10 }],
    }).expect(409);
    expect((response.body as StaleVersionError).current).toMatchObject({ status: 'not_started', version: 0 });
    expect(await submissionsOf(year)).toEqual([]);
  });

  it('lets exactly one of two simultaneous saves from the same version win, losing no update', async () => {
    const year = freshYear();
    await save(official, city.slug, year, {
      version: 0,
      observations: [{ indicator: percentBySex.code, value: 1 }],
    });

    const responses = await Promise.all([
      save(official, city.slug, year, {
        version: 1,
        observations: [{ indicator: percentBySex.code, value: 20 }],
      }),
      save(colleague, city.slug, year, {
        version: 1,
        observations: [{ indicator: percentBySex.code, value: 30 }],
      }),
    ]);

    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winningValue = responses[0].status === 200 ? 20 : 30;
    const loser = responses.find((r) => r.status === 409)!.body as StaleVersionError;
    // The loser is shown the winner's value, so it can merge instead of overwriting it.
    expect(loser.current).toMatchObject({ version: 2 });
    expect(loser.current.observations.map((o) => o.value)).toEqual([winningValue]);
    expect((await observationsOf(city.slug, year)).map((o) => o.value)).toEqual([winningValue]);
  });

  it('lets exactly one of two simultaneous first saves create the submission', async () => {
    const year = freshYear();
    const responses = await Promise.all(
      [official, colleague].map((token, index) =>
        save(token, city.slug, year, {
          version: 0,
          observations: [{ indicator: notBySex.code, value: index }],
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await submissionsOf(year)).toEqual([{ version: 1 }]);
  });

  it('refuses a percentage out of range, naming indicator and disaggregation, and writes nothing', async () => {
    const year = freshYear();
    const response = await save(official, city.slug, year, {
      observations: [
        { indicator: percentBySex.code, value: 40 },
        { indicator: percentBySex.code, disaggregation: { SEX: 'F' }, value: 140 },
      ],
    }).expect(400);
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
    expect(await observationsOf(city.slug, year)).toEqual([]);
    expect(await submissionsOf(year)).toEqual([]);
  });

  it('refuses an unknown disaggregation code and writes nothing', async () => {
    const year = freshYear();
    const response = await save(official, city.slug, year, {
      observations: [{ indicator: percentBySex.code, disaggregation: { SEX: 'X' }, value: 10 }],
    }).expect(400);
    expect(response.body).toMatchObject({
      errors: [{ indicator: percentBySex.code, disaggregation: 'SEX=X', message: "unknown SEX code 'X'" }],
    });
    expect(await observationsOf(city.slug, year)).toEqual([]);
  });

  it('refuses malformed JSON with a 400 that says so', async () => {
    const year = freshYear();
    const response = await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .set('Content-Type', 'application/json')
      .send('{"observations": [ {"indicator": ')
      .expect(400);
    expect(response.body).toEqual({ code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' });
    expect(await observationsOf(city.slug, year)).toEqual([]);
  });

  it('refuses a body with unknown fields, a missing list, a bad version and a year out of range', async () => {
    const year = freshYear();
    const extra = await save(official, city.slug, year, { observations: [], colour: 'red' }).expect(400);
    expect(extra.body).toMatchObject({ errors: [{ field: 'colour' }] });
    const missing = await save(official, city.slug, year, {}).expect(400);
    expect(missing.body).toMatchObject({
      errors: [{ field: 'observations', message: 'must be a list of observations' }],
    });
    for (const version of [-1, 1.5, '3', null]) {
      const bad = await save(official, city.slug, year, { version, observations: [] }).expect(400);
      expect(bad.body).toMatchObject({ errors: [{ field: 'version' }] });
    }
    const tooEarly = await save(official, city.slug, 1850, { observations: [] }).expect(400);
    expect(tooEarly.body).toMatchObject({ errors: [{ field: 'year' }] });
    expect(await submissionsOf(year)).toEqual([]);
  });

  it('answers 413 for an oversized body', async () => {
    const huge = {
      observations: [{ indicator: percentBySex.code, value: 1, comment: 'x'.repeat(3 * 1024 * 1024) }],
    };
    const response = await save(official, city.slug, freshYear(), huge).expect(413);
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 404 for an unknown city', async () => {
    await save(official, 'atlantis', 2023, {
      observations: [{ indicator: percentBySex.code, value: 1 }],
    }).expect(404);
  });

  it('lets only the city’s own officials write', async () => {
    const year = freshYear();
    const body = { observations: [{ indicator: percentBySex.code, value: 5 }] };
    const foreign = await save(foreignOfficial, city.slug, year, body).expect(403);
    expect(foreign.body).toMatchObject({
      code: 'FORBIDDEN',
      message: `Only officials of ${city.name} may change its values`,
    });
    await save(analyst, city.slug, year, body).expect(403);
    await save(mayor, city.slug, year, body).expect(403);
    await t.http().put(`/api/cities/${city.slug}/years/${year}/observations`).send(body).expect(401);
    expect(await submissionsOf(year)).toEqual([]);
  });

  it('refuses to change a submitted or approved submission', async () => {
    const approvedYear = freshYear();
    const submittedYear = freshYear();
    await newSubmission(t.dataSource, { cityId: city.id, year: approvedYear, status: 'approved' });
    await newSubmission(t.dataSource, { cityId: city.id, year: submittedYear, status: 'submitted' });
    const values = { version: 1, observations: [{ indicator: percentBySex.code, value: 5 }] };
    const approved = await save(official, city.slug, approvedYear, values).expect(409);
    expect(approved.body).toMatchObject({
      code: 'SUBMISSION_LOCKED',
      message: `The ${approvedYear} submission of ${city.name} is approved and locked; an administrator must reopen it first`,
    });
    const submitted = await save(official, city.slug, submittedYear, values).expect(409);
    expect(submitted.body).toMatchObject({ code: 'SUBMISSION_LOCKED' });
    expect(await observationsOf(city.slug, approvedYear)).toEqual([]);
    expect(await observationsOf(city.slug, submittedYear)).toEqual([]);
  });

  it('shows anonymous visitors and other cities’ people approved values only, and insiders everything', async () => {
    const approvedYear = freshYear();
    const draftYear = freshYear();
    await save(official, city.slug, approvedYear, {
      observations: [{ indicator: percentBySex.code, value: 19 }],
    });
    await save(official, city.slug, draftYear, {
      observations: [{ indicator: percentBySex.code, value: 20 }],
    });
    await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE city_id = $1 AND year = $2`, [
      city.id,
      approvedYear,
    ]);

    const read = async (bearer?: string) => {
      const request = t.http().get(`/api/cities/${city.slug}/observations?indicator=${percentBySex.code}`);
      if (bearer) request.set('Authorization', `Bearer ${bearer}`);
      const body = (await request.expect(200)).body as CityObservationsResponse;
      const years = [approvedYear, draftYear];
      return {
        years: body.submissions.map((s) => s.year).filter((y) => years.includes(y)),
        values: body.observations.filter((o) => years.includes(o.year)).map((o) => o.value),
      };
    };
    const approvedOnly = { years: [approvedYear], values: [19] };
    const everything = { years: [approvedYear, draftYear], values: [19, 20] };
    expect(await read()).toEqual(approvedOnly);
    expect(await read(foreignOfficial)).toEqual(approvedOnly);
    expect(await read(foreignMayor)).toEqual(approvedOnly);
    expect(await read(official)).toEqual(everything);
    expect(await read(mayor)).toEqual(everything);
    expect(await read(analyst)).toEqual(everything);
  });

  it('filters a city’s observations by indicator and refuses an unknown one', async () => {
    const year = freshYear();
    await save(official, city.slug, year, {
      observations: [
        { indicator: percentBySex.code, value: 1 },
        { indicator: notBySex.code, value: validValue(notBySex) },
      ],
    }).expect(200);
    const { body } = await t
      .http()
      .get(`/api/cities/${city.slug}/observations?year=${year}&indicator=${notBySex.code}`)
      .set('Authorization', `Bearer ${official}`)
      .expect(200);
    expect((body as CityObservationsResponse).observations.map((o) => o.indicator)).toEqual([notBySex.code]);
    await t.http().get(`/api/cities/${city.slug}/observations?indicator=NOPE`).expect(404);
    await t.http().get(`/api/cities/${city.slug}/observations?year=abc`).expect(400);
  });

  // Last: the restart replaces the app, and with it the signing key of the tokens above.
  it('keeps written values across a restart, without seeding again', async () => {
    const year = freshYear();
    await save(official, city.slug, year, {
      observations: [{ indicator: percentBySex.code, value: 33.3 }],
    }).expect(200);
    const countCities = async () =>
      (await t.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM city'))[0].n;
    const citiesBefore = await countCities();

    t = await t.restart();

    expect(await countCities()).toBe(citiesBefore);
    const signedInAgain = await loginAs(t, 'official', city.slug);
    expect((await observationsOf(city.slug, year, signedInAgain)).map((o) => o.value)).toEqual([33.3]);
  });
});
