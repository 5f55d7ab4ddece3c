import type { FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';
import { frameworkNodeNames, searchIndicators } from './indicator-search';

function indicator(code: string, name: string, frameworkNodes: string[]): IndicatorDto {
  return {
    code,
    name,
    definition: '',
    unit: 'PT',
    unitLabel: '%',
    direction: 'higher',
    decimals: 1,
    minValue: 0,
    maxValue: 100,
    targetValue: null,
    targetYear: null,
    baselineYear: 2015,
    bestBound: 100,
    worstBound: 0,
    scoreBands: null,
    dimensions: [],
    aggregation: 'share',
    sdgSeriesCode: null,
    frameworkNodes,
  };
}

const participation = indicator('SDG_4_3_1', 'Participation of youth and adults in education and training', [
  'KF.2.2',
  'SDG.4.3.1',
]);
const ictSkills = indicator('SDG_4_4_1', 'Youth and adults with ICT skills', ['KF.2.4', 'SDG.4.4.1']);
const literacy = indicator('LC_1_1_LIT', 'Adult literacy rate', ['KF.1.1', 'SDG.4.6']);
const onlineLearning = indicator('LC_2_4_ONL', 'Adults learning online', ['KF.2.4']);
const all = [literacy, participation, ictSkills, onlineLearning];

const trees: FrameworkTreeDto[] = [
  {
    code: 'KFLC',
    name: 'Key Features of Learning Cities',
    description: '',
    nodes: [
      {
        code: 'KF.2',
        name: 'Major building blocks of a learning city',
        level: 'section',
        indicatorCodes: [],
        children: [
          {
            code: 'KF.2.2',
            name: 'Re-vitalised learning in families and communities',
            level: 'area',
            indicatorCodes: ['SDG_4_3_1'],
            children: [],
          },
          {
            code: 'KF.2.4',
            name: 'Extended use of modern learning technologies',
            level: 'area',
            indicatorCodes: ['SDG_4_4_1', 'LC_2_4_ONL'],
            children: [],
          },
        ],
      },
    ],
  },
];
const names = frameworkNodeNames(trees);
const codes = (query: string) => searchIndicators(all, names, query).map((m) => m.indicator.code);

describe('indicator search', () => {
  it('finds an indicator by its SDG number, however it is written', () => {
    expect(codes('4.3.1')).toEqual(['SDG_4_3_1']);
    expect(codes('SDG 4.3.1')).toEqual(['SDG_4_3_1']);
    expect(codes('sdg_4_4_1')).toEqual(['SDG_4_4_1']);
  });

  it('finds indicators by words of their name, in any order and without accents', () => {
    expect(codes('adults youth')).toEqual(['SDG_4_3_1', 'SDG_4_4_1']);
    expect(codes('LITERACY')).toEqual(['LC_1_1_LIT']);
  });

  it('finds the indicators under a framework node by its code, and says which node', () => {
    const matches = searchIndicators(all, names, 'KF.2.4');
    expect(matches.map((m) => m.indicator.code)).toEqual(['SDG_4_4_1', 'LC_2_4_ONL']);
    expect(matches[0]?.node).toEqual({
      code: 'KF.2.4',
      name: 'Extended use of modern learning technologies',
    });
    expect(codes('KF.2')).toEqual(['SDG_4_3_1', 'SDG_4_4_1', 'LC_2_4_ONL']);
  });

  it('finds the indicators under a framework node by words of its name or of a node above it', () => {
    expect(codes('learning technologies')).toEqual(['SDG_4_4_1', 'LC_2_4_ONL']);
    expect(codes('building blocks')).toEqual(['SDG_4_3_1', 'SDG_4_4_1', 'LC_2_4_ONL']);
  });

  it('ranks code matches before name matches before framework matches', () => {
    expect(codes('learning')).toEqual(['LC_2_4_ONL', 'SDG_4_3_1', 'SDG_4_4_1']);
  });

  it('lists every indicator for an empty search and none for an unknown word', () => {
    expect(codes('  ')).toEqual(['LC_1_1_LIT', 'SDG_4_3_1', 'SDG_4_4_1', 'LC_2_4_ONL']);
    expect(codes('astronomy')).toEqual([]);
  });
});
