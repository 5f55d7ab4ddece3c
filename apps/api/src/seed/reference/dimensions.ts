import { TOTAL_CODE } from '@lcm/contracts';
import type { DimensionSeed } from '../seed-types';

const TOTAL = { code: TOTAL_CODE, label: 'Total' };

/**
 * Disaggregation code lists, with SDG SDMX codes so that imports and exports need no mapping.
 * AGE lists only the bands the seeded indicators use: 15–24 / 25–64 partition the 15–64 population
 * (SDG 4.3.1), and 65+ completes them into the 15+ population (e.g. SDG 8.5.2, 17.8.1).
 */
export const DIMENSIONS: DimensionSeed[] = [
  {
    code: 'SEX',
    name: 'Sex',
    values: [{ code: 'F', label: 'Female' }, { code: 'M', label: 'Male' }, TOTAL],
  },
  {
    code: 'AGE',
    name: 'Age',
    values: [
      { code: 'Y15T24', label: '15 to 24 years' },
      { code: 'Y25T64', label: '25 to 64 years' },
      { code: 'Y_GE65', label: '65 years and over' },
      TOTAL,
    ],
  },
  {
    code: 'URBANISATION',
    name: 'Urbanisation',
    values: [{ code: 'U', label: 'Urban' }, { code: 'R', label: 'Rural' }, TOTAL],
  },
  {
    code: 'DISABILITY_STATUS',
    name: 'Disability status',
    values: [
      { code: 'PD', label: 'Persons with disability' },
      { code: 'PWD', label: 'Persons without disability' },
      TOTAL,
    ],
  },
];
