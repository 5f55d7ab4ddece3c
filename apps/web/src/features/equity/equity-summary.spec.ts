import { participation } from '../compare/test-fixtures';
import { buildEquityModel } from './equity-model';
import { corkEquity, groupWords } from './test-fixtures';
import { groupsSummary, paritySummary } from './equity-summary';

const equity = corkEquity([
  {
    dimension: 'SEX',
    groups: [
      { code: 'F', label: 'Female', values: [27, null, 32] },
      { code: 'M', label: 'Male', values: [33, 31, null] },
    ],
    parity: {
      disadvantaged: 'F',
      reference: 'M',
      indices: [{ ratio: 27 / 33, adjusted: 27 / 33, band: 'disadvantaged_behind' }, null, null],
    },
  },
  {
    dimension: 'AGE',
    groups: [{ code: 'Y_GE65', label: '65+', values: [null, null, null] }],
    parity: null,
  },
]);
const model = buildEquityModel(equity, groupWords);
const [sex, age] = model.dimensions;

describe('equity summaries', () => {
  it('tells each series from its first to its latest value, and says when a group has no data', () => {
    expect(groupsSummary(model.years, sex!, participation, 'en')).toBe(
      [
        'Participation of youth and adults in education and training (Total) rose from 30% (2022) to 34% (2024).',
        'Participation of youth and adults in education and training (Women) rose from 27% (2022) to 32% (2024).',
        'Participation of youth and adults in education and training (Men) fell from 33% (2022) to 31% (2023).',
      ].join(' '),
    );
    expect(groupsSummary(model.years, age!, participation, 'en')).toMatch(
      /No data has been reported for Participation of youth and adults in education and training \(65\+\)/,
    );
  });

  it('gives the latest parity index with both groups’ values of that year', () => {
    expect(paritySummary(model.years, sex!, participation, 'en')).toBe(
      'Participation of youth and adults in education and training in 2022 (women 27%, men 33%): the parity index of women to men is 0.82: women are behind.',
    );
    expect(paritySummary(model.years, age!, participation, 'en')).toBeNull();
  });
});
