import type { IndicatorRules, ValidationContext } from './observation-rules';
import { validateObservations } from './observation-rules';

const participation: IndicatorRules = {
  code: 'SDG_4_3_1',
  unit: 'PT',
  minValue: 0,
  maxValue: 100,
  dimensions: ['SEX', 'URBANISATION'],
  aggregation: 'share',
};
const learners: IndicatorRules = {
  code: 'LC_ENROLLED',
  unit: 'NUMBER',
  minValue: 0,
  maxValue: null,
  dimensions: ['SEX'],
  aggregation: 'sum',
};
const pm25: IndicatorRules = {
  code: 'SDG_11_6_2',
  unit: 'UG_M3',
  minValue: 0,
  maxValue: 500,
  dimensions: [],
  aggregation: 'none',
};

const context: ValidationContext = {
  indicators: new Map([participation, learners, pm25].map((i) => [i.code, i])),
  dimensionCodes: { SEX: ['F', 'M', '_T'], URBANISATION: ['U', 'R', '_T'] },
};

describe('validating a city-year of observations', () => {
  it('accepts a valid set and spells out every dimension', () => {
    const result = validateObservations(
      [
        { indicator: 'SDG_4_3_1', value: 28.4 },
        { indicator: 'SDG_4_3_1', disaggregation: { SEX: 'F' }, value: 30.1, status: 'E', source: 'LFS' },
        { indicator: 'SDG_11_6_2', value: null, status: 'M', comment: 'station offline' },
      ],
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.observations).toHaveLength(3);
    expect(result.observations[1]).toEqual({
      indicator: 'SDG_4_3_1',
      disaggregation: { SEX: 'F', AGE: '_T', URBANISATION: '_T', DISABILITY_STATUS: '_T' },
      value: 30.1,
      status: 'E',
      source: 'LFS',
      comment: null,
    });
  });

  it('rejects a percentage above 100 and names the indicator, disaggregation and field', () => {
    const { errors, observations } = validateObservations(
      [{ indicator: 'SDG_4_3_1', disaggregation: { SEX: 'M' }, value: 120 }],
      context,
    );
    expect(observations).toEqual([]);
    expect(errors).toContainEqual({
      field: 'observations[0].value',
      row: 1,
      indicator: 'SDG_4_3_1',
      disaggregation: 'SEX=M',
      message: '120 is not a percentage between 0 and 100',
    });
  });

  it('rejects values outside the indicator’s valid range', () => {
    const { errors } = validateObservations([{ indicator: 'SDG_11_6_2', value: -3 }], context);
    expect(errors.map((e) => e.message)).toEqual(['-3 is below the valid minimum 0']);
  });

  it('rejects non-numeric values, including numbers sent as text', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'SDG_11_6_2', value: '12' },
        { indicator: 'SDG_4_3_1', value: Number.NaN },
      ],
      context,
    );
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [1, 'value must be a finite number'],
      [2, 'value must be a finite number'],
    ]);
  });

  it('rejects unknown codes, dimensions the indicator does not have, and unknown indicators', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'SDG_4_3_1', disaggregation: { SEX: 'X' }, value: 10 },
        { indicator: 'SDG_11_6_2', disaggregation: { SEX: 'F' }, value: 10 },
        { indicator: 'SDG_4_3_1', disaggregation: { COLOUR: 'red' }, value: 10 },
        { indicator: 'NOPE', value: 1 },
      ],
      context,
    );
    expect(errors.map((e) => e.message)).toEqual([
      "unknown SEX code 'X'",
      'SDG_11_6_2 is not disaggregated by SEX',
      "unknown disaggregation dimension 'COLOUR'",
      "unknown indicator 'NOPE'",
    ]);
  });

  it('requires a value unless it is marked missing, and an empty value when it is', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'SDG_11_6_2', value: null },
        { indicator: 'SDG_4_3_1', value: 12, status: 'M' },
        { indicator: 'SDG_4_3_1', disaggregation: { SEX: 'F' }, value: 12, status: 'Z' },
      ],
      context,
    );
    expect(errors.map((e) => e.message)).toEqual([
      'a value is required unless the status is M (missing)',
      'a value marked M (missing) must be empty',
      'status must be one of A, E, P, M',
    ]);
  });

  it('treats an explicit total code and an omitted dimension as the same value', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'SDG_4_3_1', value: 10 },
        { indicator: 'SDG_4_3_1', disaggregation: { SEX: '_T' }, value: 11 },
      ],
      context,
    );
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        message: 'duplicate of row 1: one value per indicator and disaggregation',
      }),
    ]);
  });

  it('requires counts of women and men to add up to the total', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'LC_ENROLLED', value: 1000 },
        { indicator: 'LC_ENROLLED', disaggregation: { SEX: 'F' }, value: 600 },
        { indicator: 'LC_ENROLLED', disaggregation: { SEX: 'M' }, value: 500 },
      ],
      context,
    );
    expect(errors).toEqual([
      {
        indicator: 'LC_ENROLLED',
        disaggregation: 'total',
        message: 'the SEX parts add up to 1100, not to the total 1000',
      },
    ]);
  });

  it('requires a rate’s total to lie between its urban and rural values', () => {
    const outside = validateObservations(
      [
        { indicator: 'SDG_4_3_1', value: 40 },
        { indicator: 'SDG_4_3_1', disaggregation: { URBANISATION: 'U' }, value: 30 },
        { indicator: 'SDG_4_3_1', disaggregation: { URBANISATION: 'R' }, value: 20 },
      ],
      context,
    );
    expect(outside.errors.map((e) => e.message)).toEqual([
      'the total 40 must lie between its URBANISATION parts (20 and 30)',
    ]);
    const inside = validateObservations(
      [
        { indicator: 'SDG_4_3_1', value: 27 },
        { indicator: 'SDG_4_3_1', disaggregation: { URBANISATION: 'U' }, value: 30 },
        { indicator: 'SDG_4_3_1', disaggregation: { URBANISATION: 'R' }, value: 20 },
      ],
      context,
    );
    expect(inside.errors).toEqual([]);
  });

  it('does not judge consistency when a part is missing', () => {
    const { errors } = validateObservations(
      [
        { indicator: 'LC_ENROLLED', value: 1000 },
        { indicator: 'LC_ENROLLED', disaggregation: { SEX: 'F' }, value: 1600 },
      ],
      context,
    );
    expect(errors).toEqual([]);
  });

  it('explains a body that is not a list', () => {
    expect(validateObservations({ indicator: 'x' }, context).errors).toEqual([
      { field: 'observations', message: 'must be a list of observations' },
    ]);
  });
});
