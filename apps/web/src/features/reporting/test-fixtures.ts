/** Small indicators and dimensions for the reporting specs. */
import type { DimensionCode, DimensionDto, IndicatorDto } from '@lcm/contracts';

export const indicator = (
  code: string,
  dimensions: DimensionCode[] = [],
  extra: Partial<IndicatorDto> = {},
): IndicatorDto => ({
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
  dimensions,
  aggregation: 'share',
  sdgSeriesCode: null,
  frameworkNodes: [],
  ...extra,
});

export const DIMENSIONS: DimensionDto[] = [
  {
    code: 'SEX',
    name: 'Sex',
    values: [
      { code: 'F', label: 'Female' },
      { code: 'M', label: 'Male' },
      { code: '_T', label: 'Total' },
    ],
  },
  {
    code: 'AGE',
    name: 'Age',
    values: [
      { code: 'Y15T24', label: '15 to 24' },
      { code: '_T', label: 'Total' },
    ],
  },
  {
    code: 'URBANISATION',
    name: 'Urbanisation',
    values: [
      { code: 'U', label: 'Urban' },
      { code: 'R', label: 'Rural' },
      { code: '_T', label: 'Total' },
    ],
  },
  {
    code: 'DISABILITY_STATUS',
    name: 'Disability',
    values: [
      { code: 'PD', label: 'With' },
      { code: 'PWD', label: 'Without' },
      { code: '_T', label: 'Total' },
    ],
  },
];
