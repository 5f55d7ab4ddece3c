import { toCsv } from '@lcm/domain';
import { chartTableCsv, type ChartTable } from './chart-table';
import { flowRows, wrapText } from './chart-png';

const table: ChartTable = {
  caption: 'Adult participation in learning, 2024',
  rowHeader: 'City',
  columns: [
    { key: 'value', header: 'Value (%)', decimals: 1 },
    { key: 'year', header: 'Data year', kind: 'year' },
    { key: 'status', header: 'Progress', kind: 'text' },
  ],
  rows: [
    { key: 'cork', header: 'Cork', cells: [31.2345, 2024, { value: 'Moderate progress', mark: '➚' }] },
    { key: 'amman', header: 'Amman', cells: [null, null, { value: 'Not available', mark: '–' }] },
  ],
};

describe('chart table as CSV', () => {
  it('holds the rows shown, numbers rounded as shown, missing values empty and marks left out', () => {
    expect(toCsv(chartTableCsv(table))).toBe(
      'City,Value (%),Data year,Progress\r\n' +
        'Cork,31.2,2024,Moderate progress\r\n' +
        'Amman,,,Not available\r\n',
    );
  });
});

describe('PNG title wrapping', () => {
  const measure = (text: string) => text.length * 10;

  it('breaks a long title between words', () => {
    expect(wrapText('Adult participation in learning across cities', 200, measure)).toEqual([
      'Adult participation',
      'in learning across',
      'cities',
    ]);
  });

  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('a Schifffahrtsgesellschaft b', 100, measure)).toEqual([
      'a',
      'Schifffahrtsgesellschaft',
      'b',
    ]);
  });
});

describe('PNG legend rows', () => {
  it('puts legend entries side by side while they fit, then starts a new row', () => {
    expect(flowRows([40, 50, 30, 90, 20], 100, 10)).toEqual([[0, 1], [2], [3], [4]]);
    expect(flowRows([40, 30, 10], 100, 10)).toEqual([[0, 1, 2]]);
  });

  it('gives an entry wider than the picture a row of its own', () => {
    expect(flowRows([150, 20], 100, 10)).toEqual([[0], [1]]);
  });
});
