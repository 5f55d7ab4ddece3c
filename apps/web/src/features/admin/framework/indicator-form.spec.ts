import type { IndicatorDto } from '@lcm/contracts';
import { indicatorFormValues, readIndicatorChanges } from './indicator-form';

const indicator: IndicatorDto = {
  code: 'SDG_4_3_1',
  name: 'Adults in education and training',
  definition: 'Share of adults who took part in learning in the last 12 months.',
  unit: 'PT',
  unitLabel: '%',
  direction: 'higher',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  targetValue: null,
  targetYear: null,
  baselineYear: 2015,
  bestBound: 60,
  worstBound: 5,
  dimensions: ['SEX'],
  aggregation: 'share',
  sdgSeriesCode: null,
  frameworkNodes: ['KF.2.2'],
};

describe('indicator edit form', () => {
  it('sends only the changed fields, with numbers as numbers', () => {
    const values = {
      ...indicatorFormValues(indicator),
      targetValue: '50',
      targetYear: '2030',
      decimals: '2',
    };
    expect(readIndicatorChanges(values, indicator)).toEqual({
      ok: true,
      request: { targetValue: 50, targetYear: 2030, decimals: 2 },
    });
  });

  it('clears a bound left empty', () => {
    expect(readIndicatorChanges({ ...indicatorFormValues(indicator), worstBound: '' }, indicator)).toEqual({
      ok: true,
      request: { worstBound: null },
    });
  });

  it('keeps decimals within 0 to 6 and years within the reporting years', () => {
    const result = readIndicatorChanges(
      { ...indicatorFormValues(indicator), decimals: '7', targetYear: '30' },
      indicator,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        decimals: { code: 'between', values: { min: 0, max: 6 } },
        targetYear: { code: 'between', values: { min: 2000, max: 2100 } },
      },
    });
  });

  it('applies the shared rules across fields, on the field at fault', () => {
    expect(
      readIndicatorChanges({ ...indicatorFormValues(indicator), maxValue: '-1' }, indicator),
    ).toMatchObject({
      ok: false,
      errors: { maxValue: { code: 'range_inverted' } },
    });
    expect(
      readIndicatorChanges({ ...indicatorFormValues(indicator), bestBound: '1' }, indicator),
    ).toMatchObject({
      ok: false,
      errors: { bestBound: { code: 'bounds_reversed' } },
    });
  });

  it('puts a problem across fields beside the field the user changed', () => {
    expect(readIndicatorChanges({ ...indicatorFormValues(indicator), maxValue: '40' }, indicator)).toEqual({
      ok: false,
      errors: { maxValue: { code: 'outside_range', values: {} } },
    });
  });
});
