import type {
  IndicatorDto,
  StaleVersionError,
  SubmissionDetail,
  SubmissionStatus,
  TransitionRequest,
} from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

/* Sign-ins are throttled per address: a few people sign in once, and each test uses a year of its own. */
describe('the review workflow of a submission', () => {
  let t: TestApp;
  let indicator: IndicatorDto;
  let city: CityEntity;
  let otherCity: CityEntity;
  let official: string;
  let foreignOfficial: string;
  let mayor: string;
  let analyst: string;
  let admin: string;
  let nextYear = 2001;
  const freshYear = () => nextYear++;

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    indicator = indicators.find((i) => i.unit === 'PT')!;
    city = await newCity(t.dataSource);
    otherCity = await newCity(t.dataSource);
    official = await loginAs(t, 'official', city.slug);
    foreignOfficial = await loginAs(t, 'official', otherCity.slug);
    mayor = await loginAs(t, 'mayor', city.slug);
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const url = (year: number, slug = city.slug) => `/api/cities/${slug}/years/${year}/submission`;

  const detail = (year: number, token?: string, slug = city.slug) => {
    const request = t.http().get(url(year, slug));
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  const move = (token: string, year: number, body: Partial<TransitionRequest>) =>
    t
      .http()
      .post(`${url(year)}/transitions`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  /** A draft with one value, saved by the city's official; answers its version. */
  const draft = async (year: number): Promise<number> => {
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({ version: 0, observations: [{ indicator: indicator.code, value: 42 }] })
      .expect(200);
    return 1;
  };

  /** Walks a new submission to `status` the regular way; answers its version. */
  const submissionIn = async (status: SubmissionStatus, year: number): Promise<number> => {
    let version = await draft(year);
    if (status === 'draft') return version;
    version = (
      (await move(official, year, { to: 'submitted', version }).expect(200)).body as SubmissionDetail
    ).version;
    if (status === 'submitted') return version;
    const review =
      status === 'returned' ? { to: 'returned' as const, comment: 'Check the source' } : { to: status };
    return ((await move(analyst, year, { ...review, version }).expect(200)).body as SubmissionDetail).version;
  };

  it('offers insiders the status, version, deadline-less cycle and the moves they may make', async () => {
    const year = freshYear();
    await draft(year);
    const asOfficial = (await detail(year, official).expect(200)).body as SubmissionDetail;
    expect(asOfficial).toMatchObject({
      city: city.slug,
      year,
      status: 'draft',
      version: 1,
      deadline: null,
      allowedTransitions: ['submitted'],
      observations: [{ indicator: indicator.code, value: 42 }],
      comments: [],
      submittedAt: null,
      approvedAt: null,
    });
    expect(((await detail(year, analyst).expect(200)).body as SubmissionDetail).allowedTransitions).toEqual(
      [],
    );
    expect(((await detail(year, mayor).expect(200)).body as SubmissionDetail).allowedTransitions).toEqual([]);
  });

  it('shows a city-year nobody started as not started, version 0, to insiders only', async () => {
    const year = freshYear();
    expect((await detail(year, official).expect(200)).body).toMatchObject({
      status: 'not_started',
      version: 0,
      observations: [],
      allowedTransitions: [],
    });
    await detail(year).expect(404);
  });

  it('goes draft → submitted → approved when the official submits and an analyst approves', async () => {
    const year = freshYear();
    const version = await draft(year);
    const submitted = (await move(official, year, { to: 'submitted', version }).expect(200))
      .body as SubmissionDetail;
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, allowedTransitions: [] });
    expect(submitted.submittedAt).not.toBeNull();

    const approved = (await move(analyst, year, { to: 'approved', version: 2 }).expect(200))
      .body as SubmissionDetail;
    expect(approved).toMatchObject({ status: 'approved', version: 3 });
    expect(approved.approvedAt).not.toBeNull();
  });

  it('goes submitted → returned with a comment the city sees, then back to submitted', async () => {
    const year = freshYear();
    const version = await submissionIn('submitted', year);
    const returned = (
      await move(analyst, year, { to: 'returned', version, comment: 'The rural rate looks too high' }).expect(
        200,
      )
    ).body as SubmissionDetail;
    expect(returned.status).toBe('returned');

    const seenByCity = (await detail(year, official).expect(200)).body as SubmissionDetail;
    expect(seenByCity.allowedTransitions).toEqual(['submitted']);
    expect(seenByCity.comments).toMatchObject([
      {
        indicator: null,
        disaggregation: null,
        body: 'The rural rate looks too high',
        author: { role: 'analyst' },
      },
    ]);
    await move(official, year, { to: 'submitted', version: returned.version }).expect(200);
  });

  it('refuses to return a submission without a comment', async () => {
    const year = freshYear();
    const version = await submissionIn('submitted', year);
    for (const comment of [undefined, '   ']) {
      const response = await move(analyst, year, { to: 'returned', version, comment }).expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'comment',
            message: 'Returning a submission needs a comment that tells the city what to fix',
          },
        ],
      });
    }
    expect(((await detail(year, analyst)).body as SubmissionDetail).status).toBe('submitted');
  });

  it('refuses moves the caller’s role may not make, saying who may', async () => {
    const year = freshYear();
    const version = await submissionIn('submitted', year);
    const selfApproval = await move(official, year, { to: 'approved', version }).expect(403);
    expect(selfApproval.body).toEqual({
      code: 'FORBIDDEN',
      message: 'Only analysts and administrators may approve a submitted submission',
    });
    await move(mayor, year, { to: 'approved', version }).expect(403);

    const draftYear = freshYear();
    const draftVersion = await draft(draftYear);
    await move(analyst, draftYear, { to: 'submitted', version: draftVersion }).expect(403);
    const skipReview = await move(official, draftYear, { to: 'approved', version: draftVersion }).expect(400);
    expect(skipReview.body).toMatchObject({
      errors: [{ field: 'to', message: 'A draft submission cannot become approved' }],
    });
  });

  it('locks an approved submission: no more moves but reopening, and no more saves', async () => {
    const year = freshYear();
    const version = await submissionIn('approved', year);
    await move(analyst, year, { to: 'returned', version, comment: 'late doubt' }).expect(400);
    await move(analyst, year, { to: 'draft', version, reason: 'late doubt' }).expect(403);
    const save = await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({ version, observations: [{ indicator: indicator.code, value: 1 }] })
      .expect(409);
    expect(save.body).toMatchObject({ code: 'SUBMISSION_LOCKED' });
  });

  it('lets an administrator reopen an approved submission as a draft, for a stated reason only', async () => {
    const year = freshYear();
    const version = await submissionIn('approved', year);
    expect(((await detail(year, admin).expect(200)).body as SubmissionDetail).allowedTransitions).toEqual([
      'draft',
    ]);
    const noReason = await move(admin, year, { to: 'draft', version }).expect(400);
    expect(noReason.body).toMatchObject({ errors: [{ field: 'reason' }] });

    const reopened = (
      await move(admin, year, { to: 'draft', version, reason: 'Census revision' }).expect(200)
    ).body as SubmissionDetail;
    expect(reopened).toMatchObject({ status: 'draft', approvedAt: null });
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({ version: reopened.version, observations: [{ indicator: indicator.code, value: 43 }] })
      .expect(200);
  });

  it('refuses a move based on an outdated version with 409 and the current submission', async () => {
    const year = freshYear();
    const version = await submissionIn('submitted', year);
    await move(analyst, year, { to: 'approved', version }).expect(200);
    const late = await move(admin, year, { to: 'returned', version, comment: 'Fix it' }).expect(409);
    const body = late.body as StaleVersionError;
    expect(body.code).toBe('CONFLICT');
    expect(body.current).toMatchObject({
      status: 'approved',
      version: version + 1,
      allowedTransitions: ['draft'],
    });
  });

  it('refuses malformed move requests, naming the field', async () => {
    const year = freshYear();
    const version = await draft(year);
    const response = await move(official, year, { to: 'published' as SubmissionStatus, version: -1 }).expect(
      400,
    );
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'to' }),
        expect.objectContaining({ field: 'version' }),
      ]) as unknown,
    });
    expect(((await detail(year, official)).body as SubmissionDetail).version).toBe(version);
    await move(official, freshYear(), { to: 'submitted', version: 0 }).expect(404);
  });

  it('hides a draft from other cities’ officials and anonymous visitors, and their moves too', async () => {
    const year = freshYear();
    const version = await draft(year);
    const hidden = await detail(year, foreignOfficial).expect(404);
    expect(hidden.body).toEqual({
      code: 'NOT_FOUND',
      message: `${city.name} has no approved submission for ${year}`,
    });
    await detail(year).expect(404);
    await move(foreignOfficial, year, { to: 'submitted', version }).expect(404);
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${foreignOfficial}`)
      .send({ version, observations: [{ indicator: indicator.code, value: 1 }] })
      .expect(403);
    await t
      .http()
      .post(`${url(year)}/transitions`)
      .send({ to: 'submitted', version })
      .expect(401);
  });

  it('shows everyone an approved submission, without the review comments to outsiders', async () => {
    const year = freshYear();
    const version = await submissionIn('returned', year);
    await move(official, year, { to: 'submitted', version }).expect(200);
    await move(analyst, year, { to: 'approved', version: version + 1 }).expect(200);
    const publicView = (await detail(year).expect(200)).body as SubmissionDetail;
    expect(publicView).toMatchObject({ status: 'approved', allowedTransitions: [], comments: [] });
    expect(publicView.observations).toHaveLength(1);
    expect(((await detail(year, official).expect(200)).body as SubmissionDetail).comments).toHaveLength(1);
  });

  it('answers 404 for an unknown city and 400 for an impossible year', async () => {
    await detail(2020, analyst, 'atlantis').expect(404);
    const response = await detail(1850, analyst).expect(400);
    expect(response.body).toMatchObject({ errors: [{ field: 'year' }] });
  });
});
