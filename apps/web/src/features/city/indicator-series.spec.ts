import type { DimensionDto, IndicatorDto, ObservationDto } from '@lcm/contracts';
import { buildChartData, HOLLOW_FILL, yAxisRange } from './indicator-chart-data';
import { seriesStyle } from '../../shared/charts/palette';
import {
  buildCsvRows,
  buildIndicatorSeries,
  buildTableRows,
  createDimensionLookup,
  dimensionsInModel,
  disaggregationPairs,
  seriesForBreakdown,
} from './indicator-series';
import { disaggregationKey } from '@lcm/domain';
import { toCsv } from '@lcm/domain';

const indicator: IndicatorDto = {
  code: 'KF2.1.1',
  name: 'Adult participation in learning',
  definition: 'Share of adults who took part in learning in the last 12 months.',
  unit: 'PT',
  unitLabel: '%',
  direction: 'higher',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  targetValue: 60,
  targetYear: 2030,
  baselineYear: 2015,
  bestBound: 80,
  worstBound: 0,
  scoreBands: null,
  dimensions: ['SEX', 'URBANISATION'],
  aggregation: 'share',
  sdgSeriesCode: null,
  frameworkNodes: ['KF.2.1'],
};

const dimensions: DimensionDto[] = [
  {
    code: 'SEX',
    name: 'Sex',
    values: [
      { code: '_T', label: 'Total' },
      { code: 'F', label: 'Female' },
      { code: 'M', label: 'Male' },
    ],
  },
  {
    code: 'URBANISATION',
    name: 'Urbanisation',
    values: [
      { code: '_T', label: 'Total' },
      { code: 'U', label: 'Urban' },
      { code: 'R', label: 'Rural' },
    ],
  },
];

const labels = { total: 'Total', separator: ' · ' };
const lookup = createDimensionLookup(dimensions, (dimension, code) =>
  dimension === 'SEX' ? (({ F: 'Women', M: 'Men' } as Record<string, string>)[code] ?? null) : null,
);

function obs(
  year: number,
  disaggregation: ObservationDto['disaggregation'],
  value: number | null,
  status: ObservationDto['status'] = 'A',
): ObservationDto {
  return { indicator: indicator.code, year, disaggregation, value, status, source: null, comment: null };
}

const observations: ObservationDto[] = [
  obs(2019, { URBANISATION: 'R' }, 30),
  obs(2018, { SEX: 'M' }, 38),
  obs(2018, {}, 40),
  obs(2018, { SEX: 'F' }, 42),
  obs(2019, { SEX: '_T' }, 41.5, 'E'),
  // 2020 not reported at all
  obs(2021, {}, null, 'M'),
  obs(2022, {}, 45, 'P'),
  obs(2022, { SEX: 'F' }, 47),
  { ...obs(2020, {}, 99), indicator: 'OTHER' },
];

describe('indicator series', () => {
  const model = buildIndicatorSeries(observations, indicator, lookup, labels);

  it('has one series per disaggregation, the total first, named from the dimension values', () => {
    expect(model.series.map((s) => s.label)).toEqual(['Total', 'Women', 'Men', 'Rural']);
    expect(model.series.map((s) => s.key)).toEqual(['total', 'SEX=F', 'SEX=M', 'URBANISATION=R']);
  });

  it('treats _T codes as the total', () => {
    expect(disaggregationKey({ SEX: '_T', URBANISATION: '_T' })).toBe('total');
    expect(disaggregationKey({ URBANISATION: 'R', SEX: 'F' })).toBe('SEX=F;URBANISATION=R');
    expect(disaggregationPairs({ URBANISATION: 'R', SEX: 'F', AGE: '_T' })).toEqual([
      ['SEX', 'F'],
      ['URBANISATION', 'R'],
    ]);
    const total = model.series[0];
    expect(total?.points.find((p) => p.year === 2019)).toEqual({ year: 2019, value: 41.5, status: 'E' });
  });

  it('spans every year from first to last, oldest first, ignoring other indicators', () => {
    expect(model.years).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('leaves missing years as gaps (null), never zeros', () => {
    const total = model.series[0];
    expect(total?.points.map((p) => p.value)).toEqual([40, 41.5, null, null, 45]);
    expect(total?.points.map((p) => p.status)).toEqual(['A', 'E', null, 'M', 'P']);
    const rural = model.series[3];
    expect(rural?.points.map((p) => p.value)).toEqual([null, 30, null, null, null]);
  });

  it('falls back to the API label, then the code, for values without a translation', () => {
    const plain = createDimensionLookup(dimensions);
    expect(plain.label('SEX', 'F')).toBe('Female');
    expect(plain.label('AGE', 'Y15T24')).toBe('Y15T24');
  });

  it('joins labels of combined disaggregations', () => {
    const combined = buildIndicatorSeries(
      [obs(2020, { URBANISATION: 'R', SEX: 'F' }, 12)],
      indicator,
      lookup,
      labels,
    );
    expect(combined.series[0]?.label).toBe('Women · Rural');
  });

  it('lists the statuses that need explaining', () => {
    expect(model.flaggedStatuses).toEqual(['E', 'P', 'M']);
  });

  it('has a target line only when the indicator has a target', () => {
    expect(model.target).toEqual({ value: 60, year: 2030 });
    const noTarget = buildIndicatorSeries(
      observations,
      { ...indicator, targetValue: null, targetYear: null },
      lookup,
      labels,
    );
    expect(noTarget.target).toBeNull();
    expect(buildChartData(noTarget, 'Target').datasets).toHaveLength(4);

    const data = buildChartData(model, 'Target 2030');
    expect(data.datasets).toHaveLength(5);
    const target = data.datasets[4];
    expect(target?.label).toBe('Target 2030');
    expect(target?.data).toEqual([60, 60, 60, 60, 60]);
    expect(target?.borderDash?.length).toBeGreaterThan(0);
  });

  it('gives every series its own colour, point shape and dash pattern', () => {
    const data = buildChartData(model, 'Target');
    const series = data.datasets.slice(0, 4);
    expect(new Set(series.map((d) => d.borderColor)).size).toBe(4);
    expect(new Set(series.map((d) => d.pointStyle)).size).toBe(4);
    expect(new Set(series.map((d) => JSON.stringify(d.borderDash))).size).toBe(4);
    expect(data.labels).toEqual(['2018', '2019', '2020', '2021', '2022']);
  });

  it('never repeats a colour with the same line pattern, even with many breakdowns', () => {
    const styles = Array.from({ length: 12 }, (_, i) => seriesStyle(i));
    const combos = new Set(styles.map((st) => `${st.colour}|${st.dash.join(',')}`));
    expect(combos.size).toBe(12);
  });

  it('starts rates at zero, and centres a parity indicator on its target', () => {
    expect(yAxisRange(indicator)).toEqual({ beginAtZero: true });
    const parity = {
      ...indicator,
      direction: 'target' as const,
      targetValue: 1,
      worstBound: 0.7,
      minValue: 0,
      maxValue: 2,
    };
    const range = yAxisRange(parity);
    expect(range.beginAtZero).toBe(false);
    expect(range.suggestedMin).toBeCloseTo(0.7);
    expect(range.suggestedMax).toBeCloseTo(1.3);
  });

  it('draws estimated and provisional values as hollow markers, and gaps without a marker', () => {
    const total = buildChartData(model, 'Target').datasets[0];
    const fill = total?.pointBackgroundColor as string[];
    expect(fill[0]).not.toBe(HOLLOW_FILL);
    expect(fill[1]).toBe(HOLLOW_FILL); // E
    expect(fill[4]).toBe(HOLLOW_FILL); // P
    expect((total?.pointRadius as number[])[2]).toBe(0);
    expect(total?.spanGaps).toBe(false);
  });

  it('can narrow a busy chart to the total and one breakdown', () => {
    expect(dimensionsInModel(model)).toEqual(['SEX', 'URBANISATION']);
    const bySex = seriesForBreakdown(model, 'SEX');
    expect(bySex.series.map((s) => s.label)).toEqual(['Total', 'Women', 'Men']);
    expect(bySex.years).toEqual(model.years);
    expect(bySex.target).toEqual(model.target);
    const byArea = seriesForBreakdown(model, 'URBANISATION');
    expect(byArea.series.map((s) => s.label)).toEqual(['Total', 'Rural']);
    expect(seriesForBreakdown(model, 'all')).toBe(model);
  });

  it('is empty when nothing was reported, but keeps the target', () => {
    const empty = buildIndicatorSeries([], indicator, lookup, labels);
    expect(empty.series).toEqual([]);
    expect(empty.years).toEqual([]);
    expect(empty.target).not.toBeNull();
  });
});

describe('indicator table and CSV', () => {
  const model = buildIndicatorSeries(observations, indicator, lookup, labels);

  it('has years as rows and series as columns, with statuses', () => {
    const rows = buildTableRows(model);
    expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(rows[1]?.cells.map((c) => c.value)).toEqual([41.5, null, null, 30]);
    expect(rows[1]?.cells[0]?.status).toBe('E');
  });

  it('writes values as numbers, gaps as empty cells, and a status column per series', () => {
    const rows = buildCsvRows(model, {
      year: 'Year',
      value: (label) => `${label} (%)`,
      status: (label) => `${label} status`,
    });
    expect(rows[0]).toEqual([
      'Year',
      'Total (%)',
      'Total status',
      'Women (%)',
      'Women status',
      'Men (%)',
      'Men status',
      'Rural (%)',
      'Rural status',
    ]);
    expect(rows[3]).toEqual([2020, null, null, null, null, null, null, null, null]);
    expect(rows[4]).toEqual([2021, null, 'M', null, null, null, null, null, null]);
    expect(toCsv(rows).split('\r\n')[2]).toBe('2019,41.5,E,,,,,30,A');
  });

  it('neutralises series labels that look like formulas', () => {
    const hostile = createDimensionLookup([
      { code: 'SEX', name: 'Sex', values: [{ code: 'F', label: '=cmd|calc' }] },
    ]);
    const m = buildIndicatorSeries([obs(2020, { SEX: 'F' }, 1)], indicator, hostile, labels);
    const csv = toCsv(buildCsvRows(m, { year: 'Year', value: (l) => l, status: (l) => `${l} status` }));
    expect(csv.split('\r\n')[0]).toBe(`Year,'=cmd|calc,'=cmd|calc status`);
  });
});
