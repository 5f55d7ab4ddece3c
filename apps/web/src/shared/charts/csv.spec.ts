import { safeFileName } from './csv';

describe('CSV download', () => {
  it('makes safe file names', () => {
    expect(safeFileName('São Paulo / KF 2.1')).toBe('Sao-Paulo-KF-2.1');
    expect(safeFileName('../..')).toBe('data');
  });
});
