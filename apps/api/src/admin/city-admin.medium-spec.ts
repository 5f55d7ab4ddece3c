import type { ApiError, CityDetail, CreateCityRequest } from '@lcm/contracts';
import { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

const newMember: CreateCityRequest = {
  name: "Saint-Étienne d'Anjou",
  countryIso3: 'fra',
  countryName: 'France',
  region: 'ENA',
  population: 12_500,
  populationYear: 2021,
  joinedOn: '2024-09-01',
  latitude: 47.4,
  longitude: -0.55,
};

describe('admin: city registry', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const cityBySlug = (slug: string) => t.dataSource.getRepository(CityEntity).findOneBy({ slug });

  describe('POST /api/admin/cities', () => {
    it('adds a member city whose address comes from its name', async () => {
      const { body } = await t
        .http()
        .post('/api/admin/cities')
        .set('Authorization', `Bearer ${admin}`)
        .send(newMember)
        .expect(201);
      expect(body as CityDetail).toMatchObject({
        slug: 'saint-etienne-danjou',
        name: "Saint-Étienne d'Anjou",
        countryIso3: 'FRA',
        region: 'ENA',
        population: 12_500,
        joinedOn: '2024-09-01',
        leftOn: null,
        isMember: true,
        reportingYears: [],
      });
      await t.http().get('/api/cities/saint-etienne-danjou').expect(200);
    });

    it('refuses a second city with the same address (409) and keeps the first', async () => {
      await newCity(t.dataSource, { slug: 'lyon', name: 'Lyon', population: 500_000 });
      const { body } = await t
        .http()
        .post('/api/admin/cities')
        .set('Authorization', `Bearer ${admin}`)
        .send({ ...newMember, name: 'LYON' })
        .expect(409);
      expect(body).toEqual({ code: 'CONFLICT', message: "A city with the address 'lyon' already exists" });
      expect((await cityBySlug('lyon'))?.population).toBe(500_000);
    });

    it('names every invalid field, refuses unknown ones and saves nothing', async () => {
      const { body } = await t
        .http()
        .post('/api/admin/cities')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          ...newMember,
          name: 'Nowhere',
          region: 'EUR',
          joinedOn: '2024-02-30',
          latitude: 91,
          mayor: 'X',
        })
        .expect(400);
      const fields = (body as ApiError).errors?.map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['region', 'joinedOn', 'latitude', 'mayor']));
      expect(await cityBySlug('nowhere')).toBeNull();
    });

    it('refuses leaving before joining, naming leftOn', async () => {
      const { body } = await t
        .http()
        .post('/api/admin/cities')
        .set('Authorization', `Bearer ${admin}`)
        .send({ ...newMember, name: 'Backwards', leftOn: '2020-01-01' })
        .expect(400);
      expect((body as ApiError).errors).toEqual([
        { field: 'leftOn', message: 'leftOn (2020-01-01) must not be before joinedOn (2024-09-01)' },
      ]);
      expect(await cityBySlug('backwards')).toBeNull();
    });

    it('refuses a name without Latin letters, as no address can be made from it', async () => {
      const { body } = await t
        .http()
        .post('/api/admin/cities')
        .set('Authorization', `Bearer ${admin}`)
        .send({ ...newMember, name: '杭州' })
        .expect(400);
      expect((body as ApiError).errors?.[0]?.field).toBe('name');
    });
  });

  describe('PATCH /api/admin/cities/:slug', () => {
    it('changes only the fields sent, keeps the address, and clears a field sent as null', async () => {
      await newCity(t.dataSource, { slug: 'galway', name: 'Galway', population: 80_000, latitude: 53.27 });
      const { body } = await t
        .http()
        .patch('/api/admin/cities/galway')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: '  Gaillimh ', population: 85_000, populationYear: 2022, latitude: null })
        .expect(200);
      expect(body as CityDetail).toMatchObject({
        slug: 'galway',
        name: 'Gaillimh',
        population: 85_000,
        populationYear: 2022,
        latitude: null,
        longitude: -8.47,
        joinedOn: '2016-09-01',
      });
    });

    it('records that a city left the network', async () => {
      await newCity(t.dataSource, { slug: 'leaver', joinedOn: '2016-09-01' });
      const { body } = await t
        .http()
        .patch('/api/admin/cities/leaver')
        .set('Authorization', `Bearer ${admin}`)
        .send({ leftOn: '2020-12-31' })
        .expect(200);
      expect(body as CityDetail).toMatchObject({ leftOn: '2020-12-31', isMember: false });
    });

    it('checks the membership order against the stored dates, naming the field sent', async () => {
      await newCity(t.dataSource, { slug: 'ordered', joinedOn: '2016-09-01', leftOn: '2019-01-01' });
      const { body } = await t
        .http()
        .patch('/api/admin/cities/ordered')
        .set('Authorization', `Bearer ${admin}`)
        .send({ joinedOn: '2020-09-01', population: 1 })
        .expect(400);
      expect((body as ApiError).errors).toEqual([
        { field: 'joinedOn', message: 'leftOn (2019-01-01) must not be before joinedOn (2020-09-01)' },
      ]);
      expect(await cityBySlug('ordered')).toMatchObject({ joinedOn: '2016-09-01', population: 100_000 });
    });

    it('refuses an empty name, a name sent as null and a fractional population', async () => {
      await newCity(t.dataSource, { slug: 'strict' });
      for (const change of [{ name: '   ' }, { name: null }, { population: 1.5 }]) {
        const { body } = await t
          .http()
          .patch('/api/admin/cities/strict')
          .set('Authorization', `Bearer ${admin}`)
          .send(change)
          .expect(400);
        expect((body as ApiError).errors?.[0]?.field).toBe(Object.keys(change)[0]);
      }
    });

    it('answers 404 for an unknown city', async () => {
      await t
        .http()
        .patch('/api/admin/cities/atlantis')
        .set('Authorization', `Bearer ${admin}`)
        .send({ population: 1 })
        .expect(404);
    });
  });

  describe('access', () => {
    it('refuses anonymous callers (401) and every role but admin (403), changing nothing', async () => {
      await newCity(t.dataSource, { slug: 'guarded', name: 'Guarded' });
      await t.http().patch('/api/admin/cities/guarded').send({ name: 'Anonymous' }).expect(401);
      await t.http().post('/api/admin/cities').send(newMember).expect(401);
      for (const role of ['analyst', 'official', 'mayor'] as const) {
        const token = await loginAs(t, role, role === 'analyst' ? undefined : 'guarded');
        await t
          .http()
          .patch('/api/admin/cities/guarded')
          .set('Authorization', `Bearer ${token}`)
          .send({ name: role })
          .expect(403);
        await t
          .http()
          .post('/api/admin/cities')
          .set('Authorization', `Bearer ${token}`)
          .send({ ...newMember, name: `New ${role}` })
          .expect(403);
      }
      expect((await cityBySlug('guarded'))?.name).toBe('Guarded');
      for (const slug of ['new-analyst', 'new-official', 'new-mayor'])
        expect(await cityBySlug(slug)).toBeNull();
    });
  });
});
