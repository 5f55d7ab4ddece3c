import type { ApiError, EvidenceNoteDto } from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity, newSubmission } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

const PARTICIPATION = 'SDG_4_3_1';
const LITERACY = 'SDG_4_6_1_LIT';

describe('evidence notes', () => {
  let t: TestApp;
  let city: CityEntity;
  let otherCity: CityEntity;
  let official: string;
  let colleague: string;
  let otherOfficial: string;
  let mayor: string;
  let analyst: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    city = await newCity(t.dataSource);
    otherCity = await newCity(t.dataSource);
    // 2021 is approved (public), 2022 a draft (the city's people and network staff only).
    await newSubmission(t.dataSource, { cityId: city.id, year: 2021, status: 'approved' });
    await newSubmission(t.dataSource, { cityId: city.id, year: 2022, status: 'draft' });
    official = await loginAs(t, 'official', city.slug);
    colleague = await loginAs(t, 'official', city.slug);
    otherOfficial = await loginAs(t, 'official', otherCity.slug);
    mayor = await loginAs(t, 'mayor', city.slug);
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const notesUrl = (slug = city.slug) => `/api/cities/${slug}/evidence-notes`;
  const create = (body: object, token = official, slug = city.slug) =>
    t.http().post(notesUrl(slug)).set('Authorization', `Bearer ${token}`).send(body);
  const update = (id: number, body: object, token = official) =>
    t.http().patch(`/api/evidence-notes/${id}`).set('Authorization', `Bearer ${token}`).send(body);
  const remove = (id: number, token = official) =>
    t.http().delete(`/api/evidence-notes/${id}`).set('Authorization', `Bearer ${token}`);
  const list = async (token?: string, query = '') => {
    const request = t.http().get(`${notesUrl()}${query}`);
    const response = await (token ? request.set('Authorization', `Bearer ${token}`) : request).expect(200);
    return response.body as EvidenceNoteDto[];
  };
  const storedNotes = async () =>
    Number(
      (
        await t.dataSource.query<{ count: string }[]>(
          'SELECT count(*) AS count FROM evidence_note WHERE city_id = $1',
          [city.id],
        )
      )[0]!.count,
    );
  const problems = (body: unknown) =>
    (body as ApiError).errors?.map(({ field, message }) => ({ field, message }));

  it('is written by the city’s official and read by the public once the city-year is approved', async () => {
    const draftYear = (
      await create({
        indicator: PARTICIPATION,
        year: 2022,
        text: '  Three new adult-learning centres opened in 2022.  ',
        link: 'https://www.example.org/learning-centres',
      }).expect(201)
    ).body as EvidenceNoteDto;
    expect(draftYear).toMatchObject({
      city: city.slug,
      indicator: PARTICIPATION,
      year: 2022,
      text: 'Three new adult-learning centres opened in 2022.',
      link: 'https://www.example.org/learning-centres',
      published: false,
      editable: true,
    });
    expect(draftYear.author).toMatch(/^Test official/);
    const approvedYear = (
      await create({ indicator: PARTICIPATION, year: 2021, text: 'Learning festival week', link: '' }).expect(
        201,
      )
    ).body as EvidenceNoteDto;
    expect(approvedYear).toMatchObject({ link: null, published: true });

    // The public and officials of other cities see approved years only; the city's people and staff all.
    expect((await list()).map((note) => note.year)).toEqual([2021]);
    expect((await list(otherOfficial)).map((note) => note.year)).toEqual([2021]);
    for (const reader of [official, mayor, analyst, admin]) {
      expect((await list(reader)).map((note) => note.year)).toEqual([2021, 2022]);
    }
    // Only the author (and administrators) may change a note.
    expect((await list(mayor)).map((note) => note.editable)).toEqual([false, false]);
    expect((await list(colleague)).map((note) => note.editable)).toEqual([false, false]);
    expect((await list(admin)).map((note) => note.editable)).toEqual([true, true]);
    expect((await list()).map((note) => note.editable)).toEqual([false]);
  });

  it('filters by indicator and year, for the report and the charts', async () => {
    await create({ indicator: LITERACY, year: 2021, text: 'Literacy campaign in libraries' }).expect(201);
    await create({ indicator: PARTICIPATION, year: 2019, text: 'Survey method changed' }).expect(201);
    const summary = (notes: EvidenceNoteDto[]) => notes.map((note) => `${note.indicator} ${note.year}`);

    expect(summary(await list(official, `?indicator=${LITERACY}`))).toEqual([`${LITERACY} 2021`]);
    expect(summary(await list(official, '?year=2021'))).toEqual([
      `${PARTICIPATION} 2021`,
      `${LITERACY} 2021`,
    ]);
    expect(summary(await list(official, `?indicator=${PARTICIPATION}&from=2020&to=2022`))).toEqual([
      `${PARTICIPATION} 2021`,
      `${PARTICIPATION} 2022`,
    ]);
    // 2019 has no approved submission: the public does not see its note.
    expect(summary(await list(undefined, `?indicator=${PARTICIPATION}`))).toEqual([`${PARTICIPATION} 2021`]);
  });

  it('refuses bad filters naming the field, and unknown cities', async () => {
    const badYears = await t.http().get(`${notesUrl()}?from=2023&to=2020`).expect(400);
    expect(problems(badYears.body)).toEqual([{ field: 'from', message: 'from (2023) is after to (2020)' }]);
    const badIndicator = await t.http().get(`${notesUrl()}?indicator=NOPE`).expect(400);
    expect(problems(badIndicator.body)).toEqual([
      { field: 'indicator', message: "no indicator with code 'NOPE'" },
    ]);
    const badYear = await t.http().get(`${notesUrl()}?year=twenty`).expect(400);
    expect((badYear.body as ApiError).errors?.[0]?.field).toBe('year');
    await t.http().get(notesUrl('no-such-city')).expect(404);
  });

  it('refuses officials of another city, mayors, analysts and anonymous callers', async () => {
    const note = { indicator: PARTICIPATION, year: 2022, text: 'Not mine to write' };
    const before = await storedNotes();
    const foreign = await create(note, otherOfficial).expect(403);
    expect((foreign.body as ApiError).code).toBe('FORBIDDEN');
    await create(note, mayor).expect(403);
    await create(note, analyst).expect(403);
    await t.http().post(notesUrl()).send(note).expect(401);
    expect(await storedNotes()).toBe(before);
  });

  it('refuses empty or too long texts and links that are not http(s), naming each field, saving nothing', async () => {
    const before = await storedNotes();
    const tooLong = await create({ indicator: PARTICIPATION, year: 2022, text: 'x'.repeat(501) }).expect(400);
    expect(problems(tooLong.body)).toEqual([
      { field: 'text', message: 'the note has 501 characters; at most 500 are allowed' },
    ]);
    const both = await create({
      indicator: 'NOPE',
      year: 2022,
      text: '   ',
      link: 'javascript:alert(1)',
    }).expect(400);
    expect(problems(both.body)).toEqual([
      { field: 'indicator', message: "no indicator with code 'NOPE'" },
      { field: 'text', message: 'write the note; it must not be empty' },
      { field: 'link', message: 'the link must be a web address starting with http:// or https://' },
    ]);
    const malformed = await create({
      indicator: PARTICIPATION,
      year: 2022,
      text: 'Fine text',
      link: 'https://exa mple.org',
    }).expect(400);
    expect(problems(malformed.body)).toEqual([
      { field: 'link', message: "'https://exa mple.org' is not a valid web address" },
    ]);
    const badYear = await create({ indicator: PARTICIPATION, year: 1999, text: 'Too early' }).expect(400);
    expect((badYear.body as ApiError).errors?.map((error) => error.field)).toEqual(['year']);
    const wrongType = await create({ indicator: PARTICIPATION, year: 2022, text: 42 }).expect(400);
    expect(new Set((wrongType.body as ApiError).errors?.map((error) => error.field))).toEqual(
      new Set(['text']),
    );
    expect(await storedNotes()).toBe(before);
  });

  it('is edited and deleted by its author or an administrator only', async () => {
    const note = (
      await create({
        indicator: PARTICIPATION,
        year: 2022,
        text: 'Draft wording',
        link: 'https://example.org/a',
      }).expect(201)
    ).body as EvidenceNoteDto;

    const edited = (await update(note.id, { text: 'Final wording', link: null }).expect(200))
      .body as EvidenceNoteDto;
    expect(edited).toMatchObject({ id: note.id, text: 'Final wording', link: null, year: 2022 });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(note.updatedAt));

    // A bad edit names the field and leaves the note as it was.
    const bad = await update(note.id, { link: 'ftp://example.org/file' }).expect(400);
    expect(problems(bad.body)).toEqual([
      { field: 'link', message: 'the link must be a web address starting with http:// or https://' },
    ]);
    // Another official of the same city may read it but not change it.
    await update(note.id, { text: 'Hijacked' }, colleague).expect(403);
    await remove(note.id, colleague).expect(403);
    // An official of another city cannot even see this draft-year note.
    await update(note.id, { text: 'Hijacked' }, otherOfficial).expect(404);
    expect((await list(official, '?year=2022')).find((n) => n.id === note.id)).toMatchObject({
      text: 'Final wording',
      link: null,
    });

    const byAdmin = (await update(note.id, { link: 'https://example.org/b' }, admin).expect(200))
      .body as EvidenceNoteDto;
    expect(byAdmin).toMatchObject({ text: 'Final wording', link: 'https://example.org/b' });

    await remove(note.id).expect(204);
    await update(note.id, { text: 'Gone' }).expect(404);
    await remove(note.id, admin).expect(404);
    await t
      .http()
      .patch('/api/evidence-notes/abc')
      .set('Authorization', `Bearer ${official}`)
      .send({})
      .expect(400);
  });

  it('refuses an official of another city on a published note with 403', async () => {
    const [published] = await list(undefined, '?year=2021');
    await update(published!.id, { text: 'Hijacked' }, otherOfficial).expect(403);
    await remove(published!.id, otherOfficial).expect(403);
  });
});
