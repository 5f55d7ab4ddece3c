import { indicatorSettingsProblems, scoreBandProblems, type IndicatorSettings } from './framework-rules';

const percent: IndicatorSettings = {
  direction: 'higher',
  minValue: 0,
  maxValue: 100,
  targetValue: 60,
  bestBound: 80,
  worstBound: 10,
};

describe('indicatorSettingsProblems', () => {
  it('accepts a consistent indicator, and one without range, target or bounds', () => {
    expect(indicatorSettingsProblems(percent)).toEqual([]);
    expect(
      indicatorSettingsProblems({
        direction: 'target',
        minValue: null,
        maxValue: null,
        targetValue: null,
        bestBound: null,
        worstBound: null,
      }),
    ).toEqual([]);
  });

  it('refuses an upside-down range', () => {
    expect(indicatorSettingsProblems({ ...percent, minValue: 50, maxValue: 40 })).toEqual([
      {
        rule: 'range_inverted',
        fields: ['maxValue', 'minValue'],
        message: 'maxValue (40) must not be below minValue (50)',
      },
    ]);
  });

  it('keeps the target and the bounds inside the valid range, blaming the limit they cross', () => {
    expect(indicatorSettingsProblems({ ...percent, targetValue: 120 })).toEqual([
      {
        rule: 'outside_range',
        fields: ['targetValue', 'maxValue'],
        message: 'targetValue (120) must lie within the valid range from 0 to 100',
      },
    ]);
    expect(indicatorSettingsProblems({ ...percent, maxValue: null, worstBound: -5 })).toEqual([
      {
        rule: 'outside_range',
        fields: ['worstBound', 'minValue'],
        message: 'worstBound (-5) must lie within the valid range of at least 0',
      },
    ]);
  });

  it('wants bounds that differ and point the way of the indicator', () => {
    expect(indicatorSettingsProblems({ ...percent, bestBound: 10 })).toEqual([
      {
        rule: 'bounds_equal',
        fields: ['worstBound', 'bestBound'],
        message: 'bestBound and worstBound must differ',
      },
    ]);
    expect(indicatorSettingsProblems({ ...percent, bestBound: 5 })[0]?.message).toBe(
      'bestBound (5) must be above worstBound (10) when higher values are better',
    );
    expect(indicatorSettingsProblems({ ...percent, direction: 'lower' })[0]?.message).toBe(
      'bestBound (80) must be below worstBound (10) when lower values are better',
    );
    expect(indicatorSettingsProblems({ ...percent, direction: 'target', bestBound: 5 })).toEqual([]);
  });
});

describe('scoreBandProblems', () => {
  it('accepts thresholds falling from achieved to orange', () => {
    expect(scoreBandProblems({ achieved: 90, yellow: 60, orange: 30 })).toEqual([]);
  });

  it('names the threshold that is not below the next one up', () => {
    expect(scoreBandProblems({ achieved: 90, yellow: 95, orange: 30 })).toEqual([
      {
        rule: 'bands_unordered',
        fields: ['scoreBands.yellow', 'scoreBands.achieved'],
        message: 'scoreBands.yellow (95) must be below scoreBands.achieved (90)',
      },
    ]);
    expect(scoreBandProblems({ achieved: 90, yellow: 50, orange: 50 })[0]?.fields[0]).toBe(
      'scoreBands.orange',
    );
  });
});
