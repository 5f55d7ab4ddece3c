import type { IndicatorRules, ValidationContext } from '@lcm/domain';
import type { PlausibilityResponse } from '@lcm/contracts';
import {
  cellProblems,
  cellsFromObservations,
  dirtyKeys,
  EMPTY_CELL,
  NOT_A_NUMBER,
  parseCellNumber,
  planSave,
  toObservationInput,
  valueText,
  warnedCells,
  withSaved,
  type CellValue,
} from './cell-state';
import { DIMENSIONS, indicator } from './test-fixtures';

const percent = indicator('PCT', ['SEX']);
const count = indicator('CNT', ['SEX'], { unit: 'NUMBER', minValue: 0, maxValue: null, aggregation: 'sum' });
const context: ValidationContext = {
  indicators: new Map<string, IndicatorRules>([percent, count].map((i) => [i.code, i])),
  dimensionCodes: Object.fromEntries(DIMENSIONS.map((d) => [d.code, d.values.map((v) => v.code)])),
};

const cell = (text: string, extra: Partial<CellValue> = {}): CellValue => ({ ...EMPTY_CELL, text, ...extra });
const cells = (entries: Record<string, CellValue>) => new Map(Object.entries(entries));

describe('cell values', () => {
  it('accept plain decimal numbers only', () => {
    expect(parseCellNumber(' 12.5 ')).toBe(12.5);
    expect(parseCellNumber('-3')).toBe(-3);
    expect(parseCellNumber('.5')).toBe(0.5);
    expect(parseCellNumber('')).toBeNull();
    expect(parseCellNumber('12,5')).toBeUndefined();
    expect(parseCellNumber('1e3')).toBeUndefined();
    expect(parseCellNumber('abc')).toBeUndefined();
  });

  it('show stored values with the indicator’s decimals, padding but never rounding', () => {
    expect(valueText(87, 1)).toBe('87.0');
    expect(valueText(0.5, 2)).toBe('0.50');
    expect(valueText(12.345, 1)).toBe('12.345');
    expect(valueText(3, 0)).toBe('3');
    const stored = cellsFromObservations(
      [
        {
          indicator: 'PCT',
          year: 2025,
          disaggregation: {},
          value: 87,
          status: 'A',
          source: null,
          comment: null,
        },
      ],
      () => 1,
    );
    expect(stored.get('PCT|total')!.text).toBe('87.0');
    expect(dirtyKeys(cells({ 'PCT|total': cell('87') }), stored)).toEqual([]);
  });

  it('are dirty only when the number or a note really changed', () => {
    const saved = cellsFromObservations([
      {
        indicator: 'PCT',
        year: 2025,
        disaggregation: {},
        value: 12.5,
        status: 'A',
        source: null,
        comment: null,
      },
    ]);
    expect(saved.get('PCT|total')).toEqual(cell('12.5'));
    const drafts = cells({
      'PCT|total': cell('12.50'),
      'PCT|SEX=F': cell(''),
      'PCT|SEX=M': cell('11'),
      'CNT|total': cell('', { comment: 'asked the statistics office' }),
    });
    expect(dirtyKeys(drafts, saved)).toEqual(['PCT|SEX=M', 'CNT|total']);
    expect(dirtyKeys(cells({ 'PCT|total': cell('12.5', { status: 'E' }) }), saved)).toEqual(['PCT|total']);
    // A status picked for a cell still empty changes nothing yet.
    expect(dirtyKeys(cells({ 'PCT|SEX=F': cell('', { status: 'E' }) }), saved)).toEqual([]);
  });

  it('turn into observations, a cleared stored value becoming "missing"', () => {
    expect(toObservationInput('PCT|SEX=F', cell('30.1', { status: 'E', comment: ' survey ' }))).toEqual({
      indicator: 'PCT',
      disaggregation: { SEX: 'F' },
      value: 30.1,
      status: 'E',
      source: null,
      comment: 'survey',
    });
    expect(toObservationInput('PCT|total', cell(''), cell('12'))).toMatchObject({ value: null, status: 'M' });
    expect(toObservationInput('PCT|total', cell(''))).toBeNull();
    expect(toObservationInput('PCT|total', cell('', { status: 'M' }))).toMatchObject({
      value: null,
      status: 'M',
    });
    expect(toObservationInput('PCT|total', cell('lots'))).toBeNull();
    // A comment on an empty cell explains a gap: stored as missing.
    expect(toObservationInput('PCT|total', cell('', { comment: 'not collected' }))).toMatchObject({
      value: null,
      status: 'M',
      comment: 'not collected',
    });
  });
});

describe('problems', () => {
  it('names each cell the API would refuse, by the API’s own rules', () => {
    const problems = cellProblems(
      cells({
        'PCT|total': cell('140'),
        'PCT|SEX=F': cell('abc'),
        'CNT|total': cell('10'),
        'CNT|SEX=F': cell('4'),
        'CNT|SEX=M': cell('5'),
      }),
      new Map(),
      context,
    );
    expect(Object.fromEntries(problems)).toEqual({
      'PCT|total': ['140 is not a percentage between 0 and 100'],
      'PCT|SEX=F': [NOT_A_NUMBER],
    });
  });

  it('checks that parts agree with their total once every value is valid', () => {
    const problems = cellProblems(
      cells({ 'CNT|total': cell('10'), 'CNT|SEX=F': cell('4'), 'CNT|SEX=M': cell('5') }),
      new Map(),
      context,
    );
    expect(problems.get('CNT|total')).toEqual(['the SEX parts add up to 9, not to the total 10']);
  });
});

describe('autosave plan', () => {
  it('sends the changed values the API accepts and holds back the others', () => {
    const plan = planSave(
      cells({
        'PCT|total': cell('140'),
        'PCT|SEX=F': cell('31'),
        'PCT|SEX=M': cell('x'),
        'CNT|total': cell('7'),
      }),
      new Map(),
      context,
    );
    expect(plan.send.map((s) => s.key)).toEqual(['PCT|SEX=F', 'CNT|total']);
    expect(plan.held.sort()).toEqual(['PCT|SEX=M', 'PCT|total']);
  });

  it('holds back every value of an indicator whose parts disagree with its total', () => {
    const plan = planSave(
      cells({
        'CNT|total': cell('10'),
        'CNT|SEX=F': cell('4'),
        'CNT|SEX=M': cell('5'),
        'PCT|total': cell('50'),
      }),
      new Map(),
      context,
    );
    expect(plan.send.map((s) => s.key)).toEqual(['PCT|total']);
    expect(plan.held.sort()).toEqual(['CNT|SEX=F', 'CNT|SEX=M', 'CNT|total']);
  });

  it('leaves nothing dirty once what was sent is saved', () => {
    const drafts = cells({ 'PCT|total': cell('50'), 'PCT|SEX=F': cell('x') });
    const plan = planSave(drafts, new Map(), context);
    expect(dirtyKeys(drafts, withSaved(new Map(), plan.send))).toEqual(['PCT|SEX=F']);
  });
});

describe('plausibility warnings before submitting', () => {
  const response: PlausibilityResponse = {
    city: 'cork',
    year: 2025,
    peerGroup: { kind: 'region', region: 'ENA' },
    thresholds: { maxRobustZ: 3.5, maxChangePercent: 50 },
    rows: [
      {
        indicator: 'PCT',
        disaggregation: {},
        history: [{ year: 2024, value: 20 }],
        current: null,
        peers: null,
        check: null,
      },
    ],
  };

  it('list values that changed too much, and whether they are explained', () => {
    const order = ['PCT|total', 'PCT|SEX=F'];
    expect(warnedCells(order, cells({ 'PCT|total': cell('35'), 'PCT|SEX=F': cell('90') }), response)).toEqual(
      [expect.objectContaining({ key: 'PCT|total', explained: false })],
    );
    const explained = warnedCells(
      order,
      cells({ 'PCT|total': cell('35', { comment: 'new survey method' }) }),
      response,
    );
    expect(explained.map((w) => [w.key, w.explained, w.check.warnings[0]!.kind])).toEqual([
      ['PCT|total', true, 'large-change'],
    ]);
    expect(warnedCells(order, cells({ 'PCT|total': cell('25') }), response)).toEqual([]);
  });
});
