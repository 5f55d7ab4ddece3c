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
  scoreBands: null,
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

  it('sends colour thresholds typed in, and null when they are emptied to go back to the defaults', () => {
    const values = {
      ...indicatorFormValues(indicator),
      bandAchieved: '90',
      bandYellow: '60',
      bandOrange: '30',
    };
    expect(readIndicatorChanges(values, indicator)).toEqual({
      ok: true,
      request: { scoreBands: { achieved: 90, yellow: 60, orange: 30 } },
    });
    const withBands = { ...indicator, scoreBands: { achieved: 90, yellow: 60, orange: 30 } };
    expect(readIndicatorChanges(indicatorFormValues(withBands), withBands)).toEqual({
      ok: true,
      request: {},
    });
    expect(
      readIndicatorChanges(
        { ...indicatorFormValues(withBands), bandAchieved: '', bandYellow: '', bandOrange: '' },
        withBands,
      ),
    ).toEqual({ ok: true, request: { scoreBands: null } });
  });

  it('asks for all three colour thresholds, each 0 to 100 and falling from achieved to orange', () => {
    const form = indicatorFormValues(indicator);
    expect(readIndicatorChanges({ ...form, bandAchieved: '90' }, indicator)).toEqual({
      ok: false,
      errors: { bandYellow: { code: 'required' }, bandOrange: { code: 'required' } },
    });
    expect(
      readIndicatorChanges({ ...form, bandAchieved: '120', bandYellow: '60', bandOrange: '30' }, indicator),
    ).toEqual({ ok: false, errors: { bandAchieved: { code: 'between', values: { min: 0, max: 100 } } } });
    expect(
      readIndicatorChanges({ ...form, bandAchieved: '90', bandYellow: '95', bandOrange: '30' }, indicator),
    ).toEqual({ ok: false, errors: { bandYellow: { code: 'bands_unordered', values: {} } } });
  });

  it('puts a problem across fields beside the field the user changed', () => {
    expect(readIndicatorChanges({ ...indicatorFormValues(indicator), maxValue: '40' }, indicator)).toEqual({
      ok: false,
      errors: { maxValue: { code: 'outside_range', values: {} } },
    });
  });
});
