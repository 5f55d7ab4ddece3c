import type { CityDetail, CitySummary } from '@lcm/contracts';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('city registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists at least 70 member cities across all five UNESCO regions', async () => {
    const { body } = await t.http().get('/api/cities').expect(200);
    const cities = body as CitySummary[];
    expect(cities.length).toBeGreaterThanOrEqual(70);
    expect(new Set(cities.map((c) => c.region))).toEqual(new Set(['AFR', 'ARB', 'APA', 'ENA', 'LAC']));
  });

  it('filters by region, by country and by text', async () => {
    const lac = (await t.http().get('/api/cities?region=LAC').expect(200)).body as CitySummary[];
    expect(lac.length).toBeGreaterThan(0);
    expect(lac.every((c) => c.region === 'LAC')).toBe(true);

    const irish = (await t.http().get('/api/cities?country=irl').expect(200)).body as CitySummary[];
    expect(irish.map((c) => c.slug)).toEqual(expect.arrayContaining(['cork']));
    expect(irish.every((c) => c.countryIso3 === 'IRL')).toBe(true);

    const found = (await t.http().get('/api/cities?q=medell').expect(200)).body as CitySummary[];
    expect(found.map((c) => c.name)).toEqual(['Medellín']);
  });

  it('treats % in a search as a literal character', async () => {
    const { body } = await t.http().get('/api/cities?q=%25').expect(200);
    expect(body).toEqual([]);
  });

  it('returns one city with its membership, population and reporting years, drafts only for insiders', async () => {
    const city = await newCity(t.dataSource, {
      name: 'Testville',
      slug: 'testville',
      joinedOn: '2019-09-01',
    });
    await newSubmission(t.dataSource, { cityId: city.id, year: 2021, status: 'approved' });
    await newSubmission(t.dataSource, { cityId: city.id, year: 2023, status: 'draft' });
    const { body } = await t.http().get('/api/cities/testville').expect(200);
    expect(body as CityDetail).toMatchObject({
      slug: 'testville',
      name: 'Testville',
      joinedOn: '2019-09-01',
      leftOn: null,
      isMember: true,
      population: 100000,
      populationYear: 2023,
      reportingYears: [2021],
    });
    const analyst = await loginAs(t, 'analyst');
    const insider = await t
      .http()
      .get('/api/cities/testville')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    expect((insider.body as CityDetail).reportingYears).toEqual([2023, 2021]);
  });

  it('shows a city that has left the network as no longer a member', async () => {
    await newCity(t.dataSource, { slug: 'former', joinedOn: '2016-01-01', leftOn: '2019-01-01' });
    const { body } = await t.http().get('/api/cities/former').expect(200);
    expect((body as CityDetail).isMember).toBe(false);
  });

  it('answers 404 naming an unknown city', async () => {
    const { body } = await t.http().get('/api/cities/atlantis').expect(404);
    expect(body).toEqual({ code: 'NOT_FOUND', message: "No city with slug 'atlantis'" });
  });

  it('refuses an unknown region and unknown query fields, naming them', async () => {
    const region = await t.http().get('/api/cities?region=EUR').expect(400);
    expect(region.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'region', message: 'region must be one of AFR, ARB, APA, ENA, LAC' }],
    });
    const unknown = await t.http().get('/api/cities?colour=red').expect(400);
    expect(unknown.body).toMatchObject({
      errors: [{ field: 'colour', message: 'property colour should not exist' }],
    });
  });
});
