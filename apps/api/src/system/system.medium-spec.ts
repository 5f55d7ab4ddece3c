import { createTestApp, type TestApp } from '../test/test-app';

describe('system endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports a healthy API and database', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document with the public routes', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    const paths = Object.keys((response.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/cities',
        '/api/cities/{slug}',
        '/api/indicators',
        '/api/frameworks/{code}',
        '/api/cities/{slug}/years/{year}/observations',
      ]),
    );
  });

  it('answers unknown API routes with a JSON 404 in the common error shape', async () => {
    const response = await t.http().get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'No such resource: GET /api/no-such-thing' });
  });

  it('says the installation holds no demo data when none was seeded', async () => {
    const response = await t.http().get('/api/meta').expect(200);
    expect(response.body).toMatchObject({ demoData: false });
  });
});

describe('health when the database is gone', () => {
  it('answers 503 with database "down"', async () => {
    const t = await createTestApp();
    try {
      await t.dataSource.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await t.dataSource.destroy();
      const response = await t.http().get('/api/health').expect(503);
      expect(response.body).toEqual({ status: 'error', database: 'down' });
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});
