import { DIMENSION_CODES, REGION_CODES, TOTAL_CODE } from '@lcm/contracts';
import type { FrameworkNodeSeed } from '../seed-types';
import { CITIES } from './cities';
import { DIMENSIONS } from './dimensions';
import { FRAMEWORKS } from './frameworks';
import { INDICATORS } from './indicators';

function flatten(nodes: readonly FrameworkNodeSeed[]): FrameworkNodeSeed[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

const nodesOf = (framework: string) =>
  flatten(FRAMEWORKS.find((item) => item.code === framework)?.nodes ?? []);
const allNodes = FRAMEWORKS.flatMap((framework) => flatten(framework.nodes));
const nodeCodes = new Set(allNodes.map((node) => node.code));
const indicator = (code: string) => INDICATORS.find((item) => item.code === code);

/** The slug rule: lower-case ASCII, diacritics dropped, apostrophes removed, other punctuation and spaces as '-'. */
function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

describe('frameworks', () => {
  it('has the three frameworks with unique node codes across all of them', () => {
    expect(FRAMEWORKS.map((framework) => framework.code)).toEqual(['KFLC', 'SDG', 'ISO37120']);
    expect(nodeCodes.size).toBe(allNodes.length);
  });

  it('structures the Key Features as 3 sections and 12 areas of focus', () => {
    const kflc = FRAMEWORKS.find((framework) => framework.code === 'KFLC');
    expect(kflc?.nodes.map((section) => [section.code, section.level, section.children?.length])).toEqual([
      ['KF.1', 'section', 3],
      ['KF.2', 'section', 6],
      ['KF.3', 'section', 3],
    ]);
    const areas = nodesOf('KFLC').filter((node) => node.level === 'area');
    expect(areas.map((area) => area.code)).toEqual([
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
  });

  it('lists the 17 ISO 37120:2014 themes by clause number', () => {
    const themes = nodesOf('ISO37120');
    expect(themes).toHaveLength(17);
    expect(themes.map((theme) => theme.code)).toEqual(
      Array.from({ length: 17 }, (_, index) => `ISO.${index + 5}`),
    );
    expect(themes.slice(0, 2).map((theme) => theme.name)).toEqual(['Economy', 'Education']);
  });

  it('nests SDG indicators under their target and goal', () => {
    for (const node of nodesOf('SDG')) {
      const depth = node.code.split('.').length - 1;
      expect([node.code, node.level]).toEqual([node.code, ['goal', 'target', 'indicator'][depth - 1]]);
      for (const child of node.children ?? []) expect(child.code.startsWith(`${node.code}.`)).toBe(true);
    }
  });

  it('holds only SDG nodes that some indicator uses', () => {
    const used = new Set(INDICATORS.flatMap((item) => item.frameworkNodes));
    const unused = nodesOf('SDG').filter(
      (node) => !used.has(node.code) && !flatten(node.children ?? []).some((child) => used.has(child.code)),
    );
    expect(unused).toEqual([]);
  });
});

describe('dimensions', () => {
  it('defines every SDMX dimension with a total code', () => {
    expect(DIMENSIONS.map((dimension) => dimension.code)).toEqual([...DIMENSION_CODES]);
    for (const dimension of DIMENSIONS)
      expect(dimension.values.map((value) => value.code)).toContain(TOTAL_CODE);
  });

  it('uses the SDG codes for sex, urbanisation and disability status', () => {
    const codesOf = (code: string) =>
      DIMENSIONS.find((dimension) => dimension.code === code)?.values.map((value) => value.code);
    expect(codesOf('SEX')).toEqual(['F', 'M', TOTAL_CODE]);
    expect(codesOf('URBANISATION')).toEqual(['U', 'R', TOTAL_CODE]);
    expect(codesOf('DISABILITY_STATUS')).toEqual(['PD', 'PWD', TOTAL_CODE]);
    expect(codesOf('AGE')).toEqual(expect.arrayContaining(['Y15T24', 'Y25T64']));
  });
});

describe('indicators', () => {
  it('has at least 44 indicators with unique, well-formed codes', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(44);
    expect(new Set(INDICATORS.map((item) => item.code)).size).toBe(INDICATORS.length);
    for (const item of INDICATORS)
      expect(item.code).toMatch(/^(SDG_\d+_[0-9A-Z]+_\d+(_[A-Z]+)*|LC_\d_\d_[A-Z]+)$/);
  });

  it('gives every Key Features area at least two indicators', () => {
    for (const area of nodesOf('KFLC').filter((node) => node.level === 'area')) {
      const count = INDICATORS.filter((item) => item.frameworkNodes.includes(area.code)).length;
      expect([area.code, count >= 2]).toEqual([area.code, true]);
    }
  });

  it('maps every indicator to exactly one Key Features area and only to existing nodes', () => {
    for (const item of INDICATORS) {
      expect(item.frameworkNodes.filter((code) => nodeCodes.has(code))).toEqual(item.frameworkNodes);
      expect([item.code, item.frameworkNodes.filter((code) => /^KF\.\d\.\d$/.test(code)).length]).toEqual([
        item.code,
        1,
      ]);
    }
  });

  it('maps every SDG_ indicator to the SDG indicator its code names', () => {
    for (const item of INDICATORS.filter((candidate) => candidate.code.startsWith('SDG_'))) {
      const [, goal, target, number] = item.code.split('_');
      expect(item.frameworkNodes).toContain(`SDG.${goal}.${target?.toLowerCase()}.${number}`);
    }
  });

  it('only uses dimensions that exist', () => {
    for (const item of INDICATORS) {
      for (const dimension of item.dimensions) expect(DIMENSION_CODES).toContain(dimension);
      expect(new Set(item.dimensions).size).toBe(item.dimensions.length);
    }
  });

  it('keeps ranges, bounds and targets consistent', () => {
    for (const item of INDICATORS) {
      const within = (value: number | null) =>
        value === null ||
        ((item.minValue === null || value >= item.minValue) &&
          (item.maxValue === null || value <= item.maxValue));
      expect([item.code, within(item.bestBound), within(item.worstBound), within(item.targetValue)]).toEqual([
        item.code,
        true,
        true,
        true,
      ]);
      // Every indicator except counts is scored, so it needs both bounds.
      expect([item.code, item.bestBound !== null && item.worstBound !== null]).toEqual([
        item.code,
        item.aggregation !== 'sum',
      ]);
      expect(item.targetYear).toBe(item.targetValue === null ? null : 2030);
      expect(item.baselineYear).toBe(2015);
      if (item.bestBound !== null && item.worstBound !== null && item.direction !== 'target') {
        expect([item.code, item.bestBound > item.worstBound]).toEqual([
          item.code,
          item.direction === 'higher',
        ]);
      }
      if (item.direction === 'target') expect(item.targetValue).not.toBeNull();
      if (item.unit === 'PT') expect([item.minValue, item.maxValue]).toEqual([0, 100]);
      if (item.unit === 'BINARY')
        expect([item.minValue, item.maxValue, item.decimals, item.aggregation]).toEqual([0, 1, 0, 'none']);
      expect(item.aggregation === 'sum').toBe(item.unit === 'NUMBER');
    }
  });

  it('uses the SDG numeric targets: universal 100%, parity 1, half of the seats', () => {
    expect(indicator('SDG_4_1_2_PRIM')?.targetValue).toBe(100);
    expect(indicator('SDG_4_5_1_LSEC_GPI')?.targetValue).toBe(1);
    expect(indicator('SDG_5_5_1')?.targetValue).toBe(50);
    expect(indicator('SDG_4_3_1')?.targetValue).toBeNull();
    expect(indicator('SDG_1_2_1')?.targetValue).toBeNull();
  });

  it('makes the network priorities visible', () => {
    const ictForLearning = ['SDG_4_4_1', 'SDG_4_A_1_INT', 'SDG_17_8_1'];
    const governance = ['SDG_16_6_2', 'SDG_16_7_2', 'SDG_5_5_1', 'LC_3_3_EDUSP'];
    for (const code of [...ictForLearning, ...governance]) expect(indicator(code)).toBeDefined();
    expect(indicator('SDG_4_3_1')?.dimensions).toEqual(['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS']);
    expect(indicator('SDG_4_3_1')?.sdgSeriesCode).toBe('SE_ADT_EDUCTRN');
    expect(indicator('SDG_8_6_1')?.sdgSeriesCode).toBe('SL_TLF_NEET');
    expect(indicator('SDG_11_6_2')?.sdgSeriesCode).toBe('EN_ATM_PM25');
    expect(
      INDICATORS.filter((item) => item.dimensions.includes('DISABILITY_STATUS')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      INDICATORS.filter((item) => item.dimensions.includes('URBANISATION')).length,
    ).toBeGreaterThanOrEqual(20);
  });
});

describe('cities', () => {
  it('seeds all 76 reference cities in the five UNESCO regions', () => {
    expect(CITIES).toHaveLength(76);
    expect(new Set(CITIES.map((city) => city.region))).toEqual(new Set(REGION_CODES));
  });

  it('derives unique slugs from the names', () => {
    expect(new Set(CITIES.map((city) => city.slug)).size).toBe(CITIES.length);
    for (const city of CITIES) expect(city.slug).toBe(slugify(city.name));
    expect(CITIES.find((city) => city.slug === 'nzerekore')?.name).toBe("N'Zérékoré");
  });

  it('includes the cities of the demo accounts', () => {
    const slugs = CITIES.map((city) => city.slug);
    expect(slugs).toEqual(expect.arrayContaining(['cork', 'bristol', 'hangzhou', 'medellin', 'amman']));
  });

  it('has plausible profiles and membership dates', () => {
    for (const city of CITIES) {
      expect(city.countryIso3).toMatch(/^[A-Z]{3}$/);
      expect(city.population).toBeGreaterThan(10_000);
      expect(Math.abs(city.latitude ?? 999)).toBeLessThanOrEqual(90);
      expect(Math.abs(city.longitude ?? 999)).toBeLessThanOrEqual(180);
      expect(city.joinedOn).toMatch(/^20(1[5-9]|2\d)-09-01$/);
      expect(city.leftOn).toBeNull();
    }
  });
});
