import type { CityObservationsResponse, MetaResponse } from '@lcm/contracts';
import { createTestApp, type TestApp } from '../test/test-app';
import { DEMO_SOURCE, SeedService } from './seed.service';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    (await t.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('is announced as demo data', async () => {
    const meta = (await t.http().get('/api/meta').expect(200)).body as MetaResponse;
    expect(meta.demoData).toBe(true);
  });

  it('gives a demo city a decade of values, each labelled as synthetic, past years approved', async () => {
    const { body } = await t.http().get('/api/cities/cork/observations').expect(200);
    const cork = body as CityObservationsResponse;
    const years = new Set(cork.observations.map((o) => o.year));
    expect(years.size).toBeGreaterThanOrEqual(9);
    expect(cork.observations.every((o) => o.source === DEMO_SOURCE)).toBe(true);
    expect(cork.submissions.filter((s) => s.year <= 2024).every((s) => s.status === 'approved')).toBe(true);
    expect(cork.observations.some((o) => o.disaggregation.SEX === 'F')).toBe(true);
    expect(cork.observations.some((o) => o.disaggregation.URBANISATION === 'R')).toBe(true);
  });

  it('is never seeded twice into a database that has data', async () => {
    const before = await count('observation');
    expect(await t.app.get(SeedService).seedIfEmpty()).toBe(false);
    expect(await count('observation')).toBe(before);
  });
});
