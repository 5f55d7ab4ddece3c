import type { AuditEventDto, IndicatorDto } from '@lcm/contracts';
import type { CityEntity } from '../cities/city.entity';
import { loginAs } from '../test/auth-helpers';
import { newCity } from '../test/factories';
import { createTestApp, type TestApp } from '../test/test-app';

describe('the audit trail', () => {
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
    notBySex = indicators.find((i) => i.unit === 'PT' && !i.dimensions.includes('SEX'))!;
    city = await newCity(t.dataSource);
    official = await loginAs(t, 'official', city.slug);
    foreignOfficial = await loginAs(t, 'official', (await newCity(t.dataSource)).slug);
    mayor = await loginAs(t, 'mayor', city.slug);
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.close());

  const save = (year: number, version: number, observations: object[]) =>
    t
      .http()
      .put(`/api/cities/${city.slug}/years/${year}/observations`)
      .set('Authorization', `Bearer ${official}`)
      .send({ version, observations });

  const history = async (year: number, query = '', token = analyst) =>
    (
      await t
        .http()
        .get(`/api/cities/${city.slug}/years/${year}/submission/history${query}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body as AuditEventDto[];

  const auditRows = async (year: number) =>
    (
      await t.dataSource.query<[{ n: number }]>(
        'SELECT count(*)::int AS n FROM audit_event WHERE city_id = $1 AND year = $2',
        [city.id, year],
      )
    )[0].n;

  it('records each changed value once, with old and new value, status and who; unchanged values not at all', async () => {
    const year = freshYear();
    await save(year, 0, [
      { indicator: bySex.code, value: 40 },
      { indicator: bySex.code, disaggregation: { SEX: 'F' }, value: 41 },
      { indicator: notBySex.code, value: 10 },
    ]).expect(200);
    expect(await auditRows(year)).toBe(3);

    await save(year, 1, [
      { indicator: bySex.code, value: 40 },
      { indicator: bySex.code, disaggregation: { SEX: 'F' }, value: 45, status: 'E' },
      { indicator: notBySex.code, value: 10 },
    ]).expect(200);
    expect(await auditRows(year)).toBe(4);

    const [latest] = await history(year);
    expect(latest).toMatchObject({
      action: 'value_changed',
      indicator: bySex.code,
      disaggregation: 'SEX=F',
      oldValue: { value: 41, status: 'A', source: null, comment: null },
      newValue: { value: 45, status: 'E', source: null, comment: null },
      reason: null,
    });
    expect(latest?.actor).toMatch(/^Test official/);
  });

  it('writes no trail for a save that fails or is refused', async () => {
    const year = freshYear();
    await save(year, 0, [{ indicator: bySex.code, value: 140 }]).expect(400);
    await save(year, 3, [{ indicator: bySex.code, value: 14 }]).expect(409);
    expect(await auditRows(year)).toBe(0);
  });

  it('records every status change with the reason given', async () => {
    const year = freshYear();
    await save(year, 0, [{ indicator: notBySex.code, value: 10 }]).expect(200);
    const move = (token: string, body: object) =>
      t
        .http()
        .post(`/api/cities/${city.slug}/years/${year}/submission/transitions`)
        .set('Authorization', `Bearer ${token}`)
        .send(body)
        .expect(200);
    await move(official, { to: 'submitted', version: 1 });
    await move(analyst, { to: 'returned', version: 2, comment: 'Source missing' });

    const statusChanges = (await history(year)).filter((e) => e.indicator === null);
    expect(statusChanges).toMatchObject([
      {
        action: 'return',
        oldValue: { status: 'submitted' },
        newValue: { status: 'returned' },
        reason: 'Source missing',
      },
      { action: 'submit', oldValue: { status: 'draft' }, newValue: { status: 'submitted' }, reason: null },
    ]);
  });

  it('narrows the history to one indicator or one value, in any spelling of its key', async () => {
    const year = freshYear();
    await save(year, 0, [
      { indicator: bySex.code, value: 40 },
      { indicator: bySex.code, disaggregation: { SEX: 'F' }, value: 41 },
      { indicator: notBySex.code, value: 10 },
    ]).expect(200);
    expect((await history(year, `?indicator=${bySex.code}`)).map((e) => e.disaggregation).sort()).toEqual([
      'SEX=F',
      'total',
    ]);
    expect(await history(year, `?indicator=${bySex.code}&disaggregation=total`)).toMatchObject([
      { newValue: { value: 40 } },
    ]);
    expect(await history(year, `?indicator=${bySex.code}&disaggregation=SEX%3DF%3BAGE%3D_T`)).toMatchObject([
      { newValue: { value: 41 } },
    ]);
    expect(await history(year, '', mayor)).toHaveLength(3);
  });

  it('refuses bad history filters and hides the trail from outsiders', async () => {
    const year = freshYear();
    const url = `/api/cities/${city.slug}/years/${year}/submission/history`;
    const get = (query: string, token = analyst) =>
      t.http().get(`${url}${query}`).set('Authorization', `Bearer ${token}`);
    await get('?indicator=NOPE').expect(404);
    const bad = await get(`?indicator=${bySex.code}&disaggregation=COLOUR=red`).expect(400);
    expect(bad.body).toMatchObject({ errors: [{ field: 'disaggregation' }] });
    await get('?disaggregation=total').expect(400);
    await get('', foreignOfficial).expect(404);
    await t.http().get(url).expect(401);
  });

  it('cannot be changed or deleted, even through the application’s own database connection', async () => {
    const year = freshYear();
    await save(year, 0, [{ indicator: notBySex.code, value: 10 }]).expect(200);
    await expect(
      t.dataSource.query(`UPDATE audit_event SET actor_label = 'someone else' WHERE city_id = $1`, [city.id]),
    ).rejects.toThrow('audit_event is append-only: UPDATE is not allowed');
    await expect(t.dataSource.query('DELETE FROM audit_event WHERE city_id = $1', [city.id])).rejects.toThrow(
      'audit_event is append-only: DELETE is not allowed',
    );
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(
      'audit_event is append-only: TRUNCATE is not allowed',
    );
    expect(await auditRows(year)).toBe(1);
  });
});
