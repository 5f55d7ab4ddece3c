import { toCsv } from '@lcm/domain';
import { chartTableCsv } from '../../shared/charts/chart-table';
import {
  buildEquityModel,
  groupsTable,
  latestParity,
  parityTable,
  type EquityTableLabels,
} from './equity-model';
import { corkEquity, groupWords } from './test-fixtures';

const equity = corkEquity([
  {
    dimension: 'SEX',
    groups: [
      { code: 'F', label: 'Female', values: [27, null, 33.8] },
      { code: 'M', label: 'Male', values: [33, 31, 34.2] },
    ],
    parity: {
      disadvantaged: 'F',
      reference: 'M',
      indices: [
        { ratio: 27 / 33, adjusted: 27 / 33, band: 'disadvantaged_behind' },
        null,
        { ratio: 33.8 / 34.2, adjusted: 33.8 / 34.2, band: 'parity' },
      ],
    },
  },
  {
    dimension: 'AGE',
    groups: [{ code: 'Y_GE65', label: '65+', values: [10, 11, null] }],
    parity: null,
  },
]);
const model = buildEquityModel(equity, groupWords);
const labels: EquityTableLabels = {
  year: 'Year',
  ratio: 'Ratio',
  adjusted: 'Adjusted parity index',
  band: 'Reading',
  bandName: (band, parity) => (band === 'parity' ? 'Parity' : `${parity.disadvantaged} behind`),
};
const csv = (table: Parameters<typeof chartTableCsv>[0]) => toCsv(chartTableCsv(table)).trim().split('\r\n');

describe('equity view', () => {
  it('shows every year from the first to the last, a year without values as a gap', () => {
    const withHole = buildEquityModel(
      {
        ...equity,
        years: [2021, 2023],
        total: [30, 32],
        dimensions: [
          { ...equity.dimensions[1]!, groups: [{ code: 'Y_GE65', label: '65+', values: [10, 12] }] },
        ],
      },
      { total: 'Total', group: (_dimension, code) => code },
    );
    expect(withHole.years).toEqual([2021, 2022, 2023]);
    expect(withHole.dimensions[0]?.series.map((series) => series.values)).toEqual([
      [30, null, 32],
      [10, null, 12],
    ]);
  });

  it('puts the total first, then each group, with their names and gaps kept', () => {
    const sex = model.dimensions[0];
    expect(sex?.series.map((series) => [series.label, series.values])).toEqual([
      ['Total', [30, null, 34]],
      ['Women', [27, null, 33.8]],
      ['Men', [33, 31, 34.2]],
    ]);
    expect(sex?.parity).toMatchObject({ disadvantaged: 'Women', reference: 'Men' });
    expect(model.dimensions[1]?.series.map((series) => series.label)).toEqual(['Total', '65+']);
    expect(model.dimensions[1]?.parity).toBeNull();
  });

  it('tables the groups by year, a missing value left empty', () => {
    const sex = model.dimensions[0];
    if (!sex) throw new Error('no SEX dimension');
    expect(csv(groupsTable(model.years, sex, 'c', 1, labels))).toEqual([
      'Year,Total,Women,Men',
      '2022,30,27,33',
      '2023,,,31',
      '2024,34,33.8,34.2',
    ]);
  });

  it('tables the parity index with its reading, naming the group behind', () => {
    const parity = model.dimensions[0]?.parity;
    if (!parity) throw new Error('no parity');
    expect(csv(parityTable(model.years, parity, 'c', labels))).toEqual([
      'Year,Ratio,Adjusted parity index,Reading',
      '2022,0.818,0.818,Women behind',
      '2023,,,',
      '2024,0.988,0.988,Parity',
    ]);
    expect(latestParity(model.years, parity)).toMatchObject({ year: 2024, index: { band: 'parity' } });
  });

  it('has no latest parity when no year has one', () => {
    expect(latestParity([2022], { disadvantaged: 'Women', reference: 'Men', indices: [null] })).toBeNull();
  });
});
