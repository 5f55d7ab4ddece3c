import { toCsv } from '@lcm/domain';
import type { IndicatorComparisonResponse } from '@lcm/contracts';
import { chartTableCsv } from '../../shared/charts/chart-table';
import {
  buildLineModel,
  buildMapModel,
  buildRankedBars,
  buildScatter,
  relativeChange,
} from './comparison-model';
import {
  lineTable,
  mapTable,
  rankedBarsTable,
  scatterTable,
  type CompareTableLabels,
} from './compare-tables';
import { amman, bristol, comparison, cork, hangzhou, medellin, participation, row } from './test-fixtures';

const labels: CompareTableLabels & { fromYear: string } = {
  city: 'City',
  value: 'Value (%)',
  change: 'Change (%)',
  dataYear: 'Data year',
  baseYear: 'Base year',
  fromYear: 'From',
  rank: 'Rank',
  rankOfValue: 'Rank of the value',
  rankOf: (standing) => `${standing.rank} of ${standing.of}`,
  score: 'Score',
  band: 'Band',
  bandName: (band) => band,
  noScore: 'No score',
  progress: 'Progress',
  status: (measure) => (measure.reason ? `${measure.status}: ${measure.reason}` : measure.status),
};
const csv = (table: Parameters<typeof chartTableCsv>[0]) => toCsv(chartTableCsv(table)).trim().split('\r\n');

describe('relative change against a base year', () => {
  const years = [2015, 2016, 2017, 2018];

  it('is the change in percent of the base year value', () => {
    expect(relativeChange(years, [20, 22, null, 15], 2015)).toEqual({
      baseYear: 2015,
      values: [0, 10, null, -25],
    });
  });

  it('starts from the next year with data when the base year has none, leaving earlier years out', () => {
    expect(relativeChange(years, [20, null, 10, 12], 2016)).toEqual({
      baseYear: 2017,
      values: [null, null, 0, 20],
    });
  });

  it('measures a negative base by its size, so that growth stays positive', () => {
    expect(relativeChange(years, [-10, -5, null, null], 2015).values).toEqual([0, 50, null, null]);
  });

  it('has no change from a base of zero or without a base', () => {
    expect(relativeChange(years, [0, 2, 3, 4], 2015)).toEqual({
      baseYear: null,
      values: [null, null, null, null],
    });
    expect(relativeChange(years, [5, 6, null, null], 2017).baseYear).toBeNull();
  });
});

describe('line chart over time', () => {
  it('keeps missing years as gaps and the API order, best first', () => {
    const model = buildLineModel(comparison, 'value', 2015, 'amman');
    expect(model.lines.map((line) => line.name)).toEqual([
      'Cork',
      'Hangzhou',
      'Amman',
      'Bristol',
      'Medellín',
    ]);
    expect(model.lines[0]?.values).toEqual([20, 21, null, 23, 25]);
    expect(model.lines[4]?.values).toEqual([null, null, null, null, null]);
    expect(model.lines.filter((line) => line.isReference).map((line) => line.slug)).toEqual(['amman']);
  });

  it('shows each city relative to its own base year, and names the cities that have none', () => {
    const model = buildLineModel(comparison, 'change', 2015, null);
    expect(model.lines[0]?.values).toEqual([0, 5, null, 15, 25]);
    expect(model.lines[2]).toMatchObject({ name: 'Amman', baseYear: 2016, values: [null, 0, 20, 30, null] });
    expect(model.withoutBase).toEqual(['Bristol']);
  });

  it('tables a row per city with a column per year, missing left empty, and the progress status', () => {
    const table = lineTable(
      buildLineModel(comparison, 'value', 2015, null),
      'caption',
      { decimals: 1 },
      labels,
    );
    expect(csv(table)).toEqual([
      'City,2015,2016,2017,2018,2019,Progress',
      'Cork,20,21,,23,25,substantial',
      'Hangzhou,15,,,,18,moderate',
      'Amman,,10,12,13,,limited',
      'Bristol,0,2,,,,moderate',
      'Medellín,,,,,,not_available: no_data',
    ]);
    expect(table.rows[0]?.cells[5]).toEqual({ value: 'substantial', mark: '↑' });
  });

  it('tables the changes with the base year of each city', () => {
    const table = lineTable(
      buildLineModel(comparison, 'change', 2015, null),
      'caption',
      { decimals: 1 },
      labels,
    );
    expect(csv(table)[0]).toBe('City,2015,2016,2017,2018,2019,Base year,Progress');
    expect(csv(table)[3]).toBe('Amman,,0,20,30,,2016,limited');
  });
});

describe('ranked bars for a year', () => {
  it('labels every bar with its data year and marks values older than the year', () => {
    const model = buildRankedBars(comparison, 'value', 2015, null);
    expect(model.year).toBe(2019);
    expect(model.bars.map((bar) => [bar.name, bar.value, bar.dataYear, bar.older])).toEqual([
      ['Cork', 25, 2019, false],
      ['Hangzhou', 18, 2019, false],
      ['Amman', 13, 2018, true],
      ['Bristol', 2, 2016, true],
      ['Medellín', null, null, false],
    ]);
  });

  it('tables rank, value, data year, score and band, with missing values as missing', () => {
    const table = rankedBarsTable(
      buildRankedBars(comparison, 'value', 2015, null),
      'c',
      { decimals: 1 },
      labels,
    );
    expect(csv(table)).toEqual([
      'City,Rank,Value (%),Data year,Score,Band,Progress',
      'Cork,1 of 4,25,2019,31,orange,substantial',
      'Hangzhou,2 of 4,18,2019,20,red,moderate',
      'Amman,3 of 4,13,2018,12,red,limited',
      'Bristol,4 of 4,2,2016,0,red,moderate',
      'Medellín,,,,,No score,not_available: no_data',
    ]);
  });

  it('ranks by the change since the base year, largest growth first, cities without a change last', () => {
    const model = buildRankedBars(comparison, 'change', 2015, null);
    expect(model.bars.map((bar) => [bar.name, bar.value, bar.baseYear, bar.dataYear])).toEqual([
      ['Amman', 30, 2016, 2018],
      ['Cork', 25, 2015, 2019],
      ['Hangzhou', 20, 2015, 2019],
      ['Bristol', null, null, null],
      ['Medellín', null, null, null],
    ]);
    const table = rankedBarsTable(model, 'c', { decimals: 1 }, labels);
    expect(csv(table).slice(0, 2)).toEqual([
      'City,Rank of the value,Change (%),Base year,Data year,Score,Band,Progress',
      'Amman,3 of 4,30,2016,2018,12,red,limited',
    ]);
  });

  it('ranks the largest decline first when lower is better', () => {
    const lowerIsBetter: IndicatorComparisonResponse = {
      ...comparison,
      indicator: { ...participation, direction: 'lower' },
    };
    expect(buildRankedBars(lowerIsBetter, 'change', 2015, null).bars.map((bar) => bar.name)).toEqual([
      'Hangzhou',
      'Cork',
      'Amman',
      'Bristol',
      'Medellín',
    ]);
  });
});

describe('scatter of two indicators', () => {
  const other: IndicatorComparisonResponse = {
    ...comparison,
    indicator: { ...participation, code: 'SDG_4_4_1', name: 'ICT skills' },
    cities: [
      row({ city: hangzhou, values: [40, 42, 44, 46, 48] }),
      row({ city: cork, values: [60, null, null, 58, null] }),
      row({ city: amman, values: [null, null, null, null, null] }),
      row({ city: bristol, values: [5, 6, 7, 8, 9] }),
      row({ city: medellin, values: [30, null, null, null, 31] }),
    ],
  };

  it('plots the latest value of each indicator with its own data year, and lists the cities that lack one', () => {
    const model = buildScatter(comparison, other, 'value', 2015, 'cork');
    expect(
      model.points.map((p) => [p.name, p.x.value, p.x.year, p.y.value, p.y.year, p.isReference]),
    ).toEqual([
      ['Cork', 25, 2019, 58, 2018, true],
      ['Hangzhou', 18, 2019, 48, 2019, false],
      ['Bristol', 2, 2016, 9, 2019, false],
    ]);
    expect(model.incomplete).toEqual(['Amman', 'Medellín']);
  });

  it('plots the average annual change from the base value to the latest value', () => {
    const model = buildScatter(comparison, other, 'change', 2015, null);
    expect(model.points.map((p) => [p.name, p.x.value, p.x.fromYear, p.y.value, p.y.fromYear])).toEqual([
      ['Cork', 1.25, 2015, -2 / 3, 2015],
      ['Hangzhou', 0.75, 2015, 2, 2015],
      ['Bristol', 2, 2015, 1, 2015],
    ]);
    const table = scatterTable(
      model,
      'c',
      { x: { header: 'Participation per year', decimals: 2 }, y: { header: 'ICT per year', decimals: 2 } },
      labels,
    );
    expect(csv(table)[0]).toBe('City,Participation per year,From,Data year,ICT per year,From,Data year');
    expect(csv(table)[1]).toBe('Cork,1.25,2015,2019,-0.67,2015,2018');
  });
});

describe('map of the cities', () => {
  it('places the cities with a position and lists the others', () => {
    const model = buildMapModel(comparison, null);
    expect(model.points.map((p) => [p.name, p.latitude, p.longitude, p.band])).toEqual([
      ['Cork', 51.9, -8.47, 'orange'],
      ['Hangzhou', 30.27, 120.16, 'red'],
      ['Amman', 31.95, 35.93, 'red'],
      ['Medellín', 6.24, -75.58, null],
    ]);
    expect(model.unplaced).toEqual(['Bristol']);
    expect(csv(mapTable(model, 'c', { decimals: 1 }, labels))[4]).toBe('Medellín,,,,No score');
  });
});
