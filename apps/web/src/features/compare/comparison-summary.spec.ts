import { comparisonSummary } from './comparison-summary';
import { comparison } from './test-fixtures';

describe('comparisonSummary', () => {
  it('names the highest and lowest latest values with their years and the cities without data', () => {
    expect(comparisonSummary(comparison, null, 'en')).toBe(
      'Participation of youth and adults in education and training, 5 cities compared with data from 2015 to 2019; highest latest value 25% (Cork, 2019), lowest 2% (Bristol, 2016); no data for Medellín.',
    );
  });

  it('adds the reference city’s rank and the spread of the data years ranked', () => {
    expect(comparisonSummary(comparison, 'amman', 'en')).toMatch(
      / Amman ranks 3 of 4 cities on Participation of youth and adults in education and training, with 13% \(2018\); the values compared date from 2016 to 2019\.$/,
    );
  });

  it('says a reference city without data is not ranked, in the language asked for', () => {
    expect(comparisonSummary(comparison, 'medellin', 'es')).toMatch(
      / Medellín no tiene datos de Participation of youth and adults in education and training, por lo que no se clasifica\.$/,
    );
  });
});
