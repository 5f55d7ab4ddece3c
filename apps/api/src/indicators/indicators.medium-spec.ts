import type { DimensionDto, FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';
import { createTestApp, type TestApp } from '../test/test-app';

describe('indicator framework', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists at least 40 indicators, each with a unit and a direction', async () => {
    const indicators = (await t.http().get('/api/indicators').expect(200)).body as IndicatorDto[];
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    for (const indicator of indicators) {
      expect(indicator.unit).not.toBe('');
      expect(indicator.unitLabel).not.toBe('');
      expect(['higher', 'lower', 'target']).toContain(indicator.direction);
    }
  });

  it('places one indicator under nodes of several frameworks', async () => {
    const indicator = (await t.http().get('/api/indicators/SDG_4_3_1').expect(200)).body as IndicatorDto;
    expect(indicator.frameworkNodes.some((code) => code.startsWith('KF.'))).toBe(true);
    expect(indicator.frameworkNodes).toContain('SDG.4.3.1');
  });

  it('filters by framework node, including the nodes below it', async () => {
    const area = (await t.http().get('/api/indicators?node=KF.2.2').expect(200)).body as IndicatorDto[];
    expect(area.length).toBeGreaterThanOrEqual(2);
    expect(area.every((i) => i.frameworkNodes.includes('KF.2.2'))).toBe(true);

    const section = (await t.http().get('/api/indicators?node=KF.2').expect(200)).body as IndicatorDto[];
    expect(section.length).toBeGreaterThan(area.length);
    expect(section.map((i) => i.code)).toEqual(expect.arrayContaining(area.map((i) => i.code)));
  });

  it('searches by code or name', async () => {
    const found = (await t.http().get('/api/indicators?q=NEET').expect(200)).body as IndicatorDto[];
    expect(found.map((i) => i.code)).toContain('SDG_8_6_1');
  });

  it('refuses an unknown framework node and answers 404 for an unknown indicator', async () => {
    const node = await t.http().get('/api/indicators?node=KF.9.9').expect(400);
    expect(node.body).toMatchObject({
      errors: [{ field: 'node', message: "no framework node with code 'KF.9.9'" }],
    });
    const indicator = await t.http().get('/api/indicators/NOPE').expect(404);
    expect(indicator.body).toEqual({ code: 'NOT_FOUND', message: "No indicator with code 'NOPE'" });
  });

  it('returns the Key Features tree: 3 sections and 12 areas, each area with indicators', async () => {
    const tree = (await t.http().get('/api/frameworks/KFLC').expect(200)).body as FrameworkTreeDto;
    expect(tree.nodes.map((n) => n.code)).toEqual(['KF.1', 'KF.2', 'KF.3']);
    const areas = tree.nodes.flatMap((section) => section.children);
    expect(areas.map((a) => a.code)).toEqual([
      'KF.1.1',
      'KF.1.2',
      'KF.1.3',
      'KF.2.1',
      'KF.2.2',
      'KF.2.3',
      'KF.2.4',
      'KF.2.5',
      'KF.2.6',
      'KF.3.1',
      'KF.3.2',
      'KF.3.3',
    ]);
    expect(areas.every((a) => a.indicatorCodes.length > 0)).toBe(true);
  });

  it('lists the three frameworks and 404s an unknown one', async () => {
    const { body } = await t.http().get('/api/frameworks').expect(200);
    expect((body as { code: string }[]).map((f) => f.code)).toEqual(['KFLC', 'SDG', 'ISO37120']);
    await t.http().get('/api/frameworks/XYZ').expect(404);
  });

  it('lists the disaggregation dimensions with SDMX codes', async () => {
    const dimensions = (await t.http().get('/api/dimensions').expect(200)).body as DimensionDto[];
    const sex = dimensions.find((d) => d.code === 'SEX');
    expect(sex?.values.map((v) => v.code).sort()).toEqual(['F', 'M', '_T']);
    const location = dimensions.find((d) => d.code === 'URBANISATION');
    expect(location?.values.map((v) => v.code).sort()).toEqual(['R', 'U', '_T']);
  });
});
