import type {
  ApiError,
  CityProgressResponse,
  CitySummary,
  PeersResponse,
  SavedPeerGroupDto,
} from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('peer groups', () => {
  let t: TestApp;
  let cities: CityEntity[];
  let analyst: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Region LAC of the seeded reference cities, plus five of a country of their own (ZZB).
    const populations = [50_000, 200_000, 400_000, 800_000, 3_000_000];
    cities = [];
    for (const population of populations) {
      cities.push(
        await newCity(t.dataSource, {
          countryIso3: 'ZZB',
          countryName: 'Testland',
          region: 'LAC',
          population,
        }),
      );
    }
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const peers = async (query: string): Promise<PeersResponse> =>
    (await t.http().get(`/api/analytics/peers?${query}`).expect(200)).body as PeersResponse;
  const slugsOf = (body: { cities: { slug: string }[] }) => body.cities.map((c) => c.slug).sort();

  describe('built-in groups', () => {
    it('takes the country, region or population band of a reference city', async () => {
      const country = await peers(`city=${cities[2]!.slug}&peers=country`);
      expect(country.group).toMatchObject({
        kind: 'country',
        selector: 'country:ZZB',
        city: cities[2]!.slug,
      });
      expect(slugsOf(country)).toEqual(cities.map((c) => c.slug).sort());

      // 400,000 is in the band 250,000 to 1 million, with 800,000 of this country and seeded cities.
      const band = await peers(`city=${cities[2]!.slug}&peers=band`);
      expect(band.group).toMatchObject({ kind: 'band', band: '250K_1M' });
      expect(band.cities.every((c) => c.population! >= 250_000 && c.population! < 1_000_000)).toBe(true);
      expect(slugsOf(band)).toEqual(expect.arrayContaining([cities[2]!.slug, cities[3]!.slug]));

      const region = await peers('peers=region:LAC');
      expect(region.cities.every((c) => c.region === 'LAC')).toBe(true);
      expect(region.group.cityCount).toBe(region.cities.length);
    });

    it('finds cities like mine: the nearest in population on a log scale, within the region', async () => {
      // The oracle: every city of the region with a population, by distance |ln(p / 400,000)|, then name.
      const region = (await t.http().get('/api/cities?region=LAC').expect(200)).body as CitySummary[];
      const distance = (c: CitySummary) => Math.abs(Math.log(c.population! / 400_000));
      const expected = region
        .filter((c) => c.population && c.slug !== cities[2]!.slug)
        .sort((a, b) => distance(a) - distance(b) || a.name.localeCompare(b.name))
        .slice(0, 3)
        .map((c) => c.slug);
      const body = await peers(`city=${cities[2]!.slug}&peers=like-mine&k=3`);
      expect(body.group).toMatchObject({ kind: 'like-mine', region: 'LAC', k: 3, cityCount: 4 });
      expect(slugsOf(body)).toEqual([cities[2]!.slug, ...expected].sort());
    });

    it('names what is wrong with a peer group', async () => {
      const field = async (query: string) =>
        ((await t.http().get(`/api/analytics/peers?${query}`).expect(400)).body as ApiError).errors?.map(
          (e) => e.field,
        );
      expect(await field('peers=country')).toEqual(['city']);
      expect(await field('peers=band:HUGE')).toEqual(['peers']);
      expect(await field('peers=country:ZZZ')).toEqual(['peers']);
      expect(await field('city=atlantis&peers=region')).toEqual(['city']);
      expect(await field('')).toEqual(['peers']);
      const nobody = await newCity(t.dataSource, { population: null });
      expect(await field(`city=${nobody.slug}&peers=like-mine`)).toEqual(['peers']);
    });
  });

  describe('saved sets', () => {
    const as = (token: string) => ({
      get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
      post: (path: string, body: object) =>
        t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
      put: (path: string, body: object) =>
        t.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
      delete: (path: string) => t.http().delete(path).set('Authorization', `Bearer ${token}`),
    });

    it('are created, read, changed and deleted by their owner', async () => {
      const owner = as(analyst);
      const created = (
        await owner
          .post('/api/analytics/peer-groups', {
            name: ' Port cities ',
            cities: [cities[1]!.slug, cities[0]!.slug],
          })
          .expect(201)
      ).body as SavedPeerGroupDto;
      expect(created).toMatchObject({ name: 'Port cities', editable: true });
      expect(slugsOf(created)).toEqual([cities[0]!.slug, cities[1]!.slug].sort());

      const changed = (
        await owner
          .put(`/api/analytics/peer-groups/${created.id}`, {
            name: 'Harbour cities',
            cities: [cities[1]!.slug, cities[4]!.slug],
          })
          .expect(200)
      ).body as SavedPeerGroupDto;
      expect(changed.name).toBe('Harbour cities');
      expect(slugsOf(changed)).toEqual([cities[1]!.slug, cities[4]!.slug].sort());
      expect(
        ((await owner.get('/api/analytics/peer-groups').expect(200)).body as SavedPeerGroupDto[]).map(
          (g) => g.id,
        ),
      ).toContain(created.id);

      // Used as a peer group: the set, plus the city whose progress is asked for.
      const progress = (
        await owner
          .get(`/api/analytics/cities/${cities[2]!.slug}/progress?peers=set:${created.id}`)
          .expect(200)
      ).body as CityProgressResponse;
      expect(progress.peers).toMatchObject({
        kind: 'set',
        selector: `set:${created.id}`,
        set: { id: created.id, name: 'Harbour cities' },
        cityCount: 3,
      });

      await owner.delete(`/api/analytics/peer-groups/${created.id}`).expect(204);
      await owner.get(`/api/analytics/peer-groups/${created.id}`).expect(404);
    });

    it('are seen by their owner and network staff, changed by their owner and administrators', async () => {
      const official = await loginAs(t, 'official', cities[0]!.slug);
      const mine = (
        await as(official)
          .post('/api/analytics/peer-groups', { name: 'Neighbours', cities: [cities[0]!.slug] })
          .expect(201)
      ).body as SavedPeerGroupDto;
      const otherOfficial = as(await loginAs(t, 'official', cities[1]!.slug));
      await otherOfficial.get(`/api/analytics/peer-groups/${mine.id}`).expect(404);
      expect(
        ((await otherOfficial.get('/api/analytics/peer-groups').expect(200)).body as SavedPeerGroupDto[]).map(
          (g) => g.id,
        ),
      ).not.toContain(mine.id);
      await t.http().get(`/api/analytics/peers?peers=set:${mine.id}`).expect(400);

      const seen = (await as(analyst).get(`/api/analytics/peer-groups/${mine.id}`).expect(200))
        .body as SavedPeerGroupDto;
      expect(seen).toMatchObject({ editable: false, owner: { displayName: expect.any(String) as string } });
      await as(analyst)
        .put(`/api/analytics/peer-groups/${mine.id}`, { name: 'Mine now', cities: [cities[0]!.slug] })
        .expect(403);
      await as(await loginAs(t, 'admin'))
        .delete(`/api/analytics/peer-groups/${mine.id}`)
        .expect(204);
    });

    it('need a name, known cities, and a name their owner has not used yet', async () => {
      const owner = as(analyst);
      const fields = async (body: object) =>
        ((await owner.post('/api/analytics/peer-groups', body).expect(400)).body as ApiError).errors?.map(
          (e) => e.field,
        );
      expect(await fields({ name: '  ', cities: [cities[0]!.slug] })).toEqual(['name']);
      expect(await fields({ name: 'Empty', cities: [] })).toEqual(['cities']);
      expect(await fields({ name: 'Typo', cities: [cities[0]!.slug, 'atlantis'] })).toEqual(['cities[1]']);
      await owner
        .post('/api/analytics/peer-groups', { name: 'Twice', cities: [cities[0]!.slug] })
        .expect(201);
      const again = (
        await owner
          .post('/api/analytics/peer-groups', { name: 'Twice', cities: [cities[1]!.slug] })
          .expect(409)
      ).body as ApiError;
      expect(again.code).toBe('CONFLICT');
      await owner.get('/api/analytics/peer-groups/abc').expect(400);
    });
  });
});
