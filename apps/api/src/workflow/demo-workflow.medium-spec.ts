import type { AuditEventDto, CycleConsoleResponse, SessionResponse, SubmissionDetail } from '@lcm/contracts';
import { DEMO_PASSWORD } from '../seed/demo/demo-accounts';
import { createTestApp, type TestApp } from '../test/test-app';
import { DEMO_REPORTING_YEAR } from './demo-workflow';

describe('the demo’s review workflow', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    t = await createTestApp({ demoData: true });
    const session = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'analyst@demo.local', password: DEMO_PASSWORD })
      .expect(200);
    analyst = (session.body as SessionResponse).accessToken;
  });
  afterAll(() => t.close());

  const submission = async (slug: string, year = DEMO_REPORTING_YEAR) =>
    (
      await t
        .http()
        .get(`/api/cities/${slug}/years/${year}/submission`)
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body as SubmissionDetail;

  it('shows the current reporting year in every status, as the demo accounts’ story needs', async () => {
    const statuses = Object.fromEntries(
      await Promise.all(
        ['cork', 'bristol', 'hangzhou', 'medellin', 'amman'].map(async (slug) => [
          slug,
          (await submission(slug)).status,
        ]),
      ),
    );
    expect(statuses).toEqual({
      cork: 'draft',
      bristol: 'submitted',
      hangzhou: 'returned',
      medellin: 'not_started',
      amman: 'draft',
    });
    const console = (
      await t
        .http()
        .get(`/api/cycles/${DEMO_REPORTING_YEAR}/console`)
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body as CycleConsoleResponse;
    expect(console.deadline).not.toBeNull();
    for (const count of Object.values(console.counts)) expect(count).toBeGreaterThan(0);
  });

  it('returned Hangzhou with a comment on one value and one on the whole submission', async () => {
    const hangzhou = await submission('hangzhou');
    expect(hangzhou.comments).toHaveLength(2);
    const onValue = hangzhou.comments.find((c) => c.indicator !== null);
    expect(onValue).toMatchObject({ disaggregation: {}, author: { role: 'analyst' } });
    expect(hangzhou.observations.some((o) => o.indicator === onValue?.indicator)).toBe(true);
    expect(hangzhou.comments.find((c) => c.indicator === null)).toMatchObject({
      author: { role: 'analyst' },
    });
  });

  it('approved the past years, with a trail of who submitted and who approved', async () => {
    const past = await submission('cork', DEMO_REPORTING_YEAR - 1);
    expect(past.status).toBe('approved');
    const history = (
      await t
        .http()
        .get(`/api/cities/cork/years/${DEMO_REPORTING_YEAR - 1}/submission/history`)
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body as AuditEventDto[];
    expect(history.map((e) => [e.action, e.actor])).toEqual([
      ['approve', 'UIL analyst (demo)'],
      ['submit', 'City official of Cork (demo)'],
    ]);
  });
});
