import type { CityProgressRow, CompositeNodeScore } from '@lcm/contracts';
import { participation, progress } from '../compare/test-fixtures';
import { indicator as indicatorFixture } from '../reporting/test-fixtures';
import type { IndicatorSeriesModel } from './indicator-series';
import { areaScoreSummary, indicatorSummary } from './indicator-summary';

const indicator = indicatorFixture('SDG_4_3_1', ['SEX'], {
  name: 'Adult participation in learning',
  baselineYear: 2015,
  bestBound: 70,
  worstBound: 5,
});

const model: IndicatorSeriesModel = {
  years: [2016, 2017, 2018],
  series: [
    {
      key: 'total',
      label: 'Total',
      disaggregation: {},
      isTotal: true,
      points: [
        { year: 2016, value: 24, status: 'A' },
        { year: 2017, value: null, status: null },
        { year: 2018, value: 29.25, status: 'E' },
      ],
    },
  ],
  target: null,
  flaggedStatuses: ['E'],
};

const row: CityProgressRow = {
  indicator: participation,
  latest: { year: 2018, value: 29.25, status: 'E' },
  score: 40,
  band: 'orange',
  standing: { rank: 2, of: 9, percentile: 87.5 },
  globalProgress: progress('moderate'),
  localProgress: { targetId: 1, targetValue: 35, targetYear: 2028, measure: progress('limited') },
};

describe('indicatorSummary', () => {
  it('tells the headline from its first to its latest year, the progress, the city target and the rank', () => {
    expect(indicatorSummary(model, indicator, row, 'Cork', 'en')).toBe(
      'Adult participation in learning rose from 24% (2016) to 29.3% (2018); progress is moderate: faster progress is needed to reach the 2030 target. ' +
        "The city's own target is 35% by 2028: progress toward it is limited. " +
        'Cork ranks 2 of 9 cities on Adult participation in learning, with 29.3% (2018).',
    );
  });

  it('says plainly when there is no headline value, while progress is still loading', () => {
    const breakdownOnly = { ...model, series: [] };
    expect(indicatorSummary(breakdownOnly, indicator, undefined, 'Cork', 'fr')).toBe(
      'Aucune donnée n’a été communiquée pour Adult participation in learning\u00a0; les progrès vers la cible de 2030 ne peuvent donc pas être mesurés.',
    );
  });
});

describe('areaScoreSummary', () => {
  const area: CompositeNodeScore = {
    code: 'KF.1.1',
    name: 'Inclusive learning',
    level: 'area',
    parent: 'KF.1',
    composite: { score: 58.4, reported: 4, total: 5, coverage: 0.8 },
    band: 'orange',
    indicators: [
      { code: 'A', score: 50, year: 2021 },
      { code: 'B', score: 60, year: 2023 },
      { code: 'C', score: 70, year: 2022 },
      { code: 'D', score: 53.6, year: 2022 },
      { code: 'E', score: null, year: null },
    ],
  };

  it('gives the score, its band, its coverage and the years of the values scored', () => {
    expect(areaScoreSummary(area, 'en')).toBe(
      'Inclusive learning: 58 out of 100 (orange, significant challenges), based on 4 of 5 indicators with data from 2021 to 2023.',
    );
  });

  it('says why a score is withheld', () => {
    const sparse: CompositeNodeScore = {
      ...area,
      composite: { score: null, reported: 3, total: 5, coverage: 0.6 },
      band: null,
      indicators: area.indicators.slice(0, 3),
    };
    expect(areaScoreSummary(sparse, 'es')).toBe(
      'Inclusive learning: no se muestra: cobertura inferior al 80\u00a0% (3 de 5 indicadores tienen datos, de 2021 a 2023).',
    );
  });
});
