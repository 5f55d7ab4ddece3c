import { buildEntryGrid, cellKey, moveInGrid, parseCellKey, type EntryGrid } from './entry-grid';
import { DIMENSIONS, indicator } from './test-fixtures';

describe('entry grid', () => {
  const grid: EntryGrid = buildEntryGrid(
    [
      {
        code: 'KF.1.1',
        label: 'Inclusive learning',
        indicators: [indicator('A', ['SEX', 'URBANISATION']), indicator('B')],
      },
      {
        code: 'KF.1.2',
        label: 'Families',
        indicators: [indicator('C', ['URBANISATION']), indicator('D', ['SEX'])],
      },
    ],
    DIMENSIONS,
  );

  it('has a total column and one column per breakdown the indicators use, women and men first', () => {
    expect(grid.columns.map((c) => c.key)).toEqual([
      'total',
      'SEX=F',
      'SEX=M',
      'URBANISATION=U',
      'URBANISATION=R',
    ]);
    expect(grid.columns[1]!.disaggregation).toEqual({ SEX: 'F' });
  });

  it('gives each indicator a row, in area order, with cells only for its own breakdowns', () => {
    expect(grid.sections.map((s) => [s.label, s.rows.map((r) => r.indicator.code)])).toEqual([
      ['Inclusive learning', ['A', 'B']],
      ['Families', ['C', 'D']],
    ]);
    expect(grid.rows.map((r) => r.hasCell)).toEqual([
      [true, true, true, true, true],
      [true, false, false, false, false],
      [true, false, false, true, true],
      [true, true, true, false, false],
    ]);
  });

  it('moves down and up to the next row that has a cell in the same column, across areas', () => {
    expect(moveInGrid(grid, { row: 0, column: 0 }, 'down')).toEqual({ row: 1, column: 0 });
    expect(moveInGrid(grid, { row: 0, column: 1 }, 'down')).toEqual({ row: 3, column: 1 });
    expect(moveInGrid(grid, { row: 2, column: 3 }, 'up')).toEqual({ row: 0, column: 3 });
    expect(moveInGrid(grid, { row: 3, column: 1 }, 'down')).toBeNull();
  });

  it('moves left and right over the breakdowns an indicator does not have', () => {
    expect(moveInGrid(grid, { row: 2, column: 0 }, 'right')).toEqual({ row: 2, column: 3 });
    expect(moveInGrid(grid, { row: 2, column: 3 }, 'left')).toEqual({ row: 2, column: 0 });
    expect(moveInGrid(grid, { row: 1, column: 0 }, 'right')).toBeNull();
    expect(moveInGrid(grid, { row: 0, column: 0 }, 'left')).toBeNull();
  });

  it('addresses cells by indicator and disaggregation, both ways', () => {
    expect(cellKey('A', {})).toBe('A|total');
    expect(cellKey('A', { URBANISATION: 'R', SEX: 'F' })).toBe('A|SEX=F;URBANISATION=R');
    expect(parseCellKey('A|SEX=F;URBANISATION=R')).toEqual({
      indicator: 'A',
      disaggregation: { SEX: 'F', URBANISATION: 'R' },
    });
    expect(parseCellKey('A|total')).toEqual({ indicator: 'A', disaggregation: {} });
  });
});
