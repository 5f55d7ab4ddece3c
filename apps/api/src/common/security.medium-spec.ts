import { createTestApp, type TestApp } from '../test/test-app';

describe('security headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends a strict content security policy and the usual hardening headers with API answers', async () => {
    const response = await t.http().get('/api/cities').expect(200);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('lets only the Swagger UI page use inline styles', async () => {
    const response = await t.http().get('/api/docs/').expect(200);
    expect(response.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('gives errors the same headers, including a refused oversized body', async () => {
    const response = await t
      .http()
      .post('/api/admin/cities')
      .set('Content-Type', 'application/json')
      .send(`{"name":"${'x'.repeat(3 * 1024 * 1024)}"}`)
      .expect(413);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('gives a foreign origin no CORS permission, by default', async () => {
    const simple = await t.http().get('/api/cities').set('Origin', 'https://evil.example').expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t
      .http()
      .options('/api/admin/cities')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
