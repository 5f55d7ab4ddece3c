import type {
  CityCompositesResponse,
  FrameworkNodeDto,
  FrameworkTreeDto,
  IndicatorDto,
  IndicatorTranslationDto,
} from '@lcm/contracts';
import { loginAs } from '../test/auth-helpers';
import { createTestApp, type TestApp } from '../test/test-app';

const flatten = (nodes: FrameworkNodeDto[]): FrameworkNodeDto[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('framework content in the reader’s language', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const tree = async (code: string, language?: string) => {
    const request = t.http().get(`/api/frameworks/${code}`);
    const { body } = await (language ? request.set('Accept-Language', language) : request).expect(200);
    return new Map(flatten((body as FrameworkTreeDto).nodes).map((node) => [node.code, node.name]));
  };
  const indicator = async (code: string, language?: string) => {
    const request = t.http().get(`/api/indicators/${code}`);
    return (await (language ? request.set('Accept-Language', language) : request).expect(200))
      .body as IndicatorDto;
  };

  it('names the Key Features sections and areas in French, Spanish and Arabic', async () => {
    expect((await tree('KFLC', 'fr')).get('KF.2.4')).toBe(
      'Utilisation élargie des technologies modernes d’apprentissage',
    );
    expect((await tree('KFLC', 'es')).get('KF.3.2')).toBe(
      'Gobernanza y participación de todas las partes interesadas',
    );
    expect((await tree('KFLC', 'ar')).get('KF.1.3')).toBe('التنمية المستدامة');
    expect((await tree('KFLC')).get('KF.1.3')).toBe('Sustainable development');
  });

  it('follows the weights of Accept-Language and answers in English for an unknown language', async () => {
    const english = await tree('KFLC');
    expect((await tree('KFLC', 'de-DE,de;q=0.9,fr;q=0.8')).get('KF.1')).toBe(
      'Les bénéfices étendus de l’édification d’une ville apprenante',
    );
    expect(await tree('KFLC', 'de')).toEqual(english);
    expect(await tree('KFLC', 'not a language')).toEqual(english);
  });

  it('names and describes the frameworks in the language asked for', async () => {
    const { body } = await t.http().get('/api/frameworks').set('Accept-Language', 'es').expect(200);
    expect((body as { code: string; name: string }[]).map((f) => f.name)).toEqual([
      'Características clave de las ciudades del aprendizaje',
      'Objetivos de Desarrollo Sostenible',
      'Indicadores ISO 37120 para los servicios urbanos y la calidad de vida',
    ]);
  });

  it('falls back to English for nodes nobody translated yet', async () => {
    expect(await tree('ISO37120', 'fr')).toEqual(await tree('ISO37120'));
  });

  it('translates indicator names and falls back to English field by field', async () => {
    const english = await indicator('SDG_4_3_1');
    const french = await indicator('SDG_4_3_1', 'fr');
    expect(french.name).toBe('Participation des jeunes et des adultes à l’éducation et à la formation');
    expect(french.definition).toBe(english.definition);
    expect({ ...french, name: english.name }).toEqual(english);

    const list = (await t.http().get('/api/indicators?node=KF.2.4').set('Accept-Language', 'ar').expect(200))
      .body as IndicatorDto[];
    expect(list.find((i) => i.code === 'SDG_17_8_1')?.name).toBe('الأفراد الذين يستخدمون الإنترنت');
  });

  it('translates the framework texts in every answer that holds them, such as a city’s area scores', async () => {
    const composites = async (language: string) =>
      (
        (
          await t
            .http()
            .get('/api/analytics/cities/cork/composites')
            .set('Accept-Language', language)
            .expect(200)
        ).body as CityCompositesResponse
      ).nodes;
    const spanish = await composites('es');
    const english = await composites('en');
    expect(spanish.find((node) => node.code === 'KF.2.4')?.name).toBe(
      'Uso ampliado de las tecnologías modernas de aprendizaje',
    );
    // Only the texts change: codes, scores and coverage are the same in every language.
    expect(spanish.map(({ name: _name, ...rest }) => rest)).toEqual(
      english.map(({ name: _name, ...rest }) => rest),
    );
  });

  it('says that answers vary with the language asked for', async () => {
    const { headers } = await t.http().get('/api/indicators').expect(200);
    expect(headers.vary).toMatch(/Accept-Language/i);
  });

  it('finds indicators by words of their translated name', async () => {
    const found = (await t.http().get('/api/indicators?q=chômage').set('Accept-Language', 'fr').expect(200))
      .body as IndicatorDto[];
    expect(found.map((i) => i.code)).toEqual(['SDG_8_5_2']);
  });

  it('lets the secretariat translate a definition, and clearing a text shows English again', async () => {
    const english = await indicator('LC_2_2_CLC');
    const put = (lang: string, body: object) =>
      t
        .http()
        .put(`/api/indicators/LC_2_2_CLC/translations/${lang}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(body);

    await put('es', {
      name: 'Centros comunitarios de aprendizaje',
      definition: '  Centros públicos de aprendizaje.  ',
    }).expect(200);
    expect(await indicator('LC_2_2_CLC', 'es')).toMatchObject({
      definition: 'Centros públicos de aprendizaje.',
    });

    // An empty name falls back to English while the definition stays Spanish.
    await put('es', { name: '', definition: 'Centros públicos de aprendizaje.' }).expect(200);
    expect(await indicator('LC_2_2_CLC', 'es')).toMatchObject({
      name: english.name,
      definition: 'Centros públicos de aprendizaje.',
    });

    const listed = (
      await t
        .http()
        .get('/api/indicators/LC_2_2_CLC/translations')
        .set('Authorization', `Bearer ${admin}`)
        .expect(200)
    ).body as IndicatorTranslationDto[];
    expect(listed).toEqual([
      { lang: 'fr', name: 'Centres d’apprentissage communautaires', definition: null },
      { lang: 'es', name: null, definition: 'Centros públicos de aprendizaje.' },
      { lang: 'ar', name: 'مراكز التعلّم المجتمعية', definition: null },
    ]);

    await put('es', { name: null, definition: null }).expect(200);
    const spanish = await indicator('LC_2_2_CLC', 'es');
    expect([spanish.name, spanish.definition]).toEqual([english.name, english.definition]);
  });

  it('refuses an unknown language, English, over-long text and unknown indicators, changing nothing', async () => {
    const put = (code: string, lang: string, body: object) =>
      t
        .http()
        .put(`/api/indicators/${code}/translations/${lang}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(body);
    for (const lang of ['de', 'en']) {
      const { body } = await put('SDG_8_5_2', lang, { name: 'Arbeitslosenquote', definition: null }).expect(
        400,
      );
      expect(body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'lang' }] });
    }
    const tooLong = await put('SDG_8_5_2', 'fr', { name: 'x'.repeat(301), definition: null }).expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('name');
    await put('NOPE', 'fr', { name: 'Rien', definition: null }).expect(404);
    expect((await indicator('SDG_8_5_2', 'fr')).name).toBe('Taux de chômage');
  });

  it('keeps translating to the secretariat', async () => {
    const official = await loginAs(t, 'official', 'cork');
    await t
      .http()
      .put('/api/indicators/SDG_8_5_2/translations/fr')
      .set('Authorization', `Bearer ${official}`)
      .send({ name: 'Chômage', definition: null })
      .expect(403);
    await t.http().get('/api/indicators/SDG_8_5_2/translations').expect(401);
  });

  it('lets the secretariat rename a node in one language and remove the name again', async () => {
    const put = (name: string | null) =>
      t
        .http()
        .put('/api/framework-nodes/ISO.6/translations/fr')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name });
    const englishName = (await tree('ISO37120')).get('ISO.6');
    await put('Éducation').expect(200);
    expect((await tree('ISO37120', 'fr')).get('ISO.6')).toBe('Éducation');
    const { body } = await t
      .http()
      .get('/api/framework-nodes/ISO.6/translations')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(body).toEqual([
      { lang: 'fr', name: 'Éducation' },
      { lang: 'es', name: null },
      { lang: 'ar', name: null },
    ]);
    await put(null).expect(200);
    expect((await tree('ISO37120', 'fr')).get('ISO.6')).toBe(englishName);
    await t
      .http()
      .put('/api/framework-nodes/NOPE/translations/fr')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'Rien' })
      .expect(404);
  });
});
