import { exportFileName, exportPath, yearsParameter, type ExportChoice } from './export-choice';

const choice: ExportChoice = {
  format: 'sdmx-csv',
  fromYear: '',
  toYear: '',
  indicators: [],
  unapproved: false,
};

describe('export dialog choice', () => {
  it('turns the year fields into a range, open at a missing end, swapped when reversed', () => {
    expect(yearsParameter('', '')).toBeUndefined();
    expect(yearsParameter('2015', '2020')).toBe('2015-2020');
    expect(yearsParameter('2020', '2015')).toBe('2015-2020');
    expect(yearsParameter('2018', '')).toBe('2018-2100');
    expect(yearsParameter('', '2010')).toBe('2000-2010');
    expect(yearsParameter('20x5', 'abc')).toBeUndefined();
  });

  it('asks the API for the view’s cities and the chosen indicators, drafts only when ticked', () => {
    expect(
      exportPath(['bristol'], { ...choice, indicators: ['SDG_4_3_1', 'SDG_8_6_1'], fromYear: '2015' }),
    ).toBe('/api/exports?format=sdmx-csv&cities=bristol&indicators=SDG_4_3_1%2CSDG_8_6_1&years=2015-2100');
    expect(exportPath([], { ...choice, format: 'json', unapproved: true })).toBe(
      '/api/exports?format=json&unapproved=true',
    );
  });

  it('names the file after the city and format', () => {
    expect(exportFileName(['bristol'], 'open-sdg-zip')).toBe('bristol-indicators-open-sdg.zip');
    expect(exportFileName(['cork', 'bristol'], 'xlsx')).toBe('learning-cities-indicators.xlsx');
  });
});
