import type { IndicatorDto, ReviewCommentDto, SubmissionDetail } from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('review comments on a submission', () => {
  let t: TestApp;
  let bySex: IndicatorDto;
  let notBySex: IndicatorDto;
  let city: CityEntity;
  let official: string;
  let foreignOfficial: string;
  let mayor: string;
  let analyst: string;
  let nextYear = 2001;
  const freshYear = () => nextYear++;

  beforeAll(async () => {
    t = await createTestApp();
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    bySex = indicators.find((i) => i.unit === 'PT' && i.dimensions.includes('SEX'))!;
    notBySex = indicators.find((i) => !i.dimensions.includes('SEX'))!;
    city = await newCity(t.dataSource);
    const otherCity = await newCity(t.dataSource);
    official = await loginAs(t, 'official', city.slug);
    foreignOfficial = await loginAs(t, 'official', otherCity.slug);
    mayor = await loginAs(t, 'mayor', city.slug);
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const commentsUrl = (year: number) => `/api/cities/${city.slug}/years/${year}/submission/comments`;

  const post = (token: string, year: number, body: object) =>
    t.http().post(commentsUrl(year)).set('Authorization', `Bearer ${token}`).send(body);

  const threadsOf = async (year: number, token: string) =>
    (await t.http().get(commentsUrl(year)).set('Authorization', `Bearer ${token}`).expect(200))
      .body as ReviewCommentDto[];

  /** A submitted city-year with a value for women. */
  const submitted = async (year: number): Promise<void> => {
    await t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({
        version: 0,
        observations: [{ indicator: bySex.code, disaggregation: { SEX: 'F' }, value: 40 }],
      })
      .expect(200);
    await t
      .http()
      .post(`/api/cities/${city.slug}/years/${year}/submission/transitions`)
      .set('Authorization', `Bearer ${official}`)
      .send({ to: 'submitted', version: 1 })
      .expect(200);
  };

  it('threads an analyst’s question on a value with the official’s answer, beside that value', async () => {
    const year = freshYear();
    await submitted(year);
    const question = await post(analyst, year, {
      indicator: bySex.code,
      disaggregation: { SEX: 'F' },
      body: '  Why did this rise by ten points?  ',
    }).expect(201);
    expect(question.body).toMatchObject({
      indicator: bySex.code,
      disaggregation: { SEX: 'F' },
      body: 'Why did this rise by ten points?',
      author: { role: 'analyst' },
      parentId: null,
    });
    const questionId = (question.body as ReviewCommentDto).id;
    const answer = await post(official, year, {
      parentId: questionId,
      body: 'A new adult-learning centre opened',
    }).expect(201);
    expect(answer.body).toMatchObject({
      indicator: bySex.code,
      disaggregation: { SEX: 'F' },
      parentId: questionId,
      author: { role: 'official' },
    });

    const expected = [
      {
        id: questionId,
        indicator: bySex.code,
        disaggregation: { SEX: 'F' },
        body: 'Why did this rise by ten points?',
        answers: [{ body: 'A new adult-learning centre opened', parentId: questionId }],
      },
    ];
    expect(await threadsOf(year, mayor)).toMatchObject(expected);
    const detail = (
      await t
        .http()
        .get(`/api/cities/${city.slug}/years/${year}/submission`)
        .set('Authorization', `Bearer ${official}`)
        .expect(200)
    ).body as SubmissionDetail;
    expect(detail.comments).toMatchObject(expected);
  });

  it('keeps comments on the whole submission apart from comments on values', async () => {
    const year = freshYear();
    await submitted(year);
    await post(analyst, year, { body: 'Overall: please name your sources' }).expect(201);
    await post(analyst, year, { indicator: notBySex.code, body: 'Headline value?' }).expect(201);
    const threads = await threadsOf(year, analyst);
    expect(threads.map((c) => [c.indicator, c.disaggregation, c.body])).toEqual([
      [null, null, 'Overall: please name your sources'],
      [notBySex.code, {}, 'Headline value?'],
    ]);
  });

  it('attaches an answer to an answer to the thread it belongs to', async () => {
    const year = freshYear();
    await submitted(year);
    const question = (await post(analyst, year, { body: 'Sources?' }).expect(201)).body as ReviewCommentDto;
    const answer = (await post(official, year, { parentId: question.id, body: 'Census' }).expect(201))
      .body as ReviewCommentDto;
    const followUp = await post(analyst, year, { parentId: answer.id, body: 'Which year?' }).expect(201);
    expect(followUp.body).toMatchObject({ parentId: question.id });
    expect((await threadsOf(year, official))[0]?.answers?.map((a) => a.body)).toEqual([
      'Census',
      'Which year?',
    ]);
  });

  it('lets officials answer but not open threads, and mayors only read', async () => {
    const year = freshYear();
    await submitted(year);
    const opened = await post(official, year, { body: 'We are done' }).expect(403);
    expect(opened.body).toMatchObject({ code: 'FORBIDDEN' });
    await post(mayor, year, { body: 'Looks good' }).expect(403);
    await post(foreignOfficial, year, { body: 'Hello' }).expect(404);
    await t.http().get(commentsUrl(year)).set('Authorization', `Bearer ${foreignOfficial}`).expect(404);
    await t.http().get(commentsUrl(year)).expect(401);
    expect(await threadsOf(year, analyst)).toEqual([]);
  });

  it('refuses blank comments and places that cannot hold a value, naming the field', async () => {
    const year = freshYear();
    await submitted(year);
    const blank = await post(analyst, year, { body: '   ' }).expect(400);
    expect(blank.body).toMatchObject({ errors: [{ field: 'body', message: 'body must not be blank' }] });
    const unknown = await post(analyst, year, { indicator: 'NOPE', body: 'x' }).expect(400);
    expect(unknown.body).toMatchObject({
      errors: [{ field: 'indicator', message: "unknown indicator 'NOPE'" }],
    });
    const wrongDimension = await post(analyst, year, {
      indicator: notBySex.code,
      disaggregation: { SEX: 'F' },
      body: 'x',
    }).expect(400);
    expect(wrongDimension.body).toMatchObject({
      errors: [{ field: 'disaggregation.SEX', message: `${notBySex.code} is not disaggregated by SEX` }],
    });
    const noIndicator = await post(analyst, year, { disaggregation: { SEX: 'F' }, body: 'x' }).expect(400);
    expect(noIndicator.body).toMatchObject({ errors: [{ field: 'disaggregation' }] });
    const strayParent = await post(official, year, { parentId: '999999', body: 'x' }).expect(400);
    expect(strayParent.body).toMatchObject({ errors: [{ field: 'parentId' }] });
    expect(await threadsOf(year, analyst)).toEqual([]);
  });

  it('answers 404 for comments on a city-year nobody started', async () => {
    const year = freshYear();
    await post(analyst, year, { body: 'Anyone there?' }).expect(404);
    await t.http().get(commentsUrl(year)).set('Authorization', `Bearer ${analyst}`).expect(404);
  });
});
