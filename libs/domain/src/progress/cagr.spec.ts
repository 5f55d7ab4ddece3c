import { cagr } from './cagr';

describe('compound annual growth rate', () => {
  it('80 in 2015 → 86 in 2022 grows 1.0385 % a year; reaching 100 by 2030 needs 1.4987 %', () => {
    expect(cagr(86, 80, 2022, 2015)).toBeCloseTo(0.010385, 6);
    expect(cagr(100, 80, 2030, 2015)).toBeCloseTo(0.014987, 6);
  });

  it('is negative for a fall: NEET 20 → 17 shrinks 2.2950 % a year; halving by 2030 needs −4.5158 %', () => {
    expect(cagr(17, 20, 2022, 2015)).toBeCloseTo(-0.02295, 6);
    expect(cagr(10, 20, 2030, 2015)).toBeCloseTo(-0.045158, 6);
  });

  it('compounds: growing at the rate from the base value returns the latest value', () => {
    const rate = cagr(97, 95, 2022, 2015);
    expect(95 * (1 + rate) ** 7).toBeCloseTo(97, 9);
  });
});
