import type { FrameworkTreeDto, IndicatorDto } from '@lcm/contracts';
import { groupIndicatorsByFramework, pickIndicator } from './indicator-groups';

const indicator = (code: string): IndicatorDto => ({
  code,
  name: `Indicator ${code}`,
  definition: '',
  unit: 'PT',
  unitLabel: '%',
  direction: 'higher',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  targetValue: null,
  targetYear: null,
  baselineYear: null,
  bestBound: null,
  worstBound: null,
  scoreBands: null,
  dimensions: [],
  aggregation: 'share',
  sdgSeriesCode: null,
  frameworkNodes: [],
});

const tree: FrameworkTreeDto = {
  code: 'KFLC',
  name: 'Key Features of Learning Cities',
  description: '',
  nodes: [
    {
      code: 'KF.2',
      name: 'Major building blocks',
      level: 'section',
      indicatorCodes: [],
      children: [
        {
          code: 'KF.2.1',
          name: 'Inclusive learning',
          level: 'area',
          indicatorCodes: ['B', 'A'],
          children: [],
        },
        {
          code: 'KF.2.2',
          name: 'Families and communities',
          level: 'area',
          indicatorCodes: ['A', 'C'],
          children: [],
        },
        { code: 'KF.2.3', name: 'Workplace', level: 'area', indicatorCodes: [], children: [] },
      ],
    },
  ],
};

describe('indicator picker groups', () => {
  const indicators = ['A', 'B', 'C', 'D'].map(indicator);

  it('groups indicators by framework area, in framework order, each indicator once', () => {
    const groups = groupIndicatorsByFramework(tree, indicators, 'Other');
    expect(groups.map((g) => [g.label, g.indicators.map((i) => i.code)])).toEqual([
      ['Inclusive learning', ['B', 'A']],
      ['Families and communities', ['C']],
      ['Other', ['D']],
    ]);
  });

  it('still lists every indicator when the framework could not be loaded', () => {
    const groups = groupIndicatorsByFramework(null, indicators, 'Other');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.indicators).toHaveLength(4);
  });

  it('opens the requested indicator, or the first one', () => {
    const groups = groupIndicatorsByFramework(tree, indicators, 'Other');
    expect(pickIndicator(groups, 'C')?.code).toBe('C');
    expect(pickIndicator(groups, 'nope')?.code).toBe('B');
    expect(pickIndicator([], null)).toBeNull();
  });
});
