import { parityIndex } from './parity';

describe('parity indices', () => {
  it('divides the disadvantaged group by the reference group: 0.8 means women are behind', () => {
    expect(parityIndex(40, 50)).toEqual({ ratio: 0.8, adjusted: 0.8, band: 'disadvantaged_behind' });
  });

  it('adjusts ratios above 1 to 2 − 1/r, so that 1.25 mirrors 0.8', () => {
    const index = parityIndex(50, 40);
    expect(index?.ratio).toBe(1.25);
    expect(index?.adjusted).toBeCloseTo(1.2, 12);
    expect(index?.band).toBe('reference_behind');
  });

  it('counts 0.97–1.03 as parity', () => {
    expect(parityIndex(97, 100)?.band).toBe('parity');
    expect(parityIndex(103, 100)?.band).toBe('parity');
    expect(parityIndex(96.9, 100)?.band).toBe('disadvantaged_behind');
    // r = 1.035 adjusts to 1.0338, beyond the band.
    expect(parityIndex(103.5, 100)?.band).toBe('reference_behind');
  });

  it('inverts the ratio for lower-is-better indicators: rural NEET 20 % against urban 10 % is 0.5', () => {
    expect(parityIndex(20, 10, 'lower')).toEqual({ ratio: 0.5, adjusted: 0.5, band: 'disadvantaged_behind' });
    expect(parityIndex(10, 20, 'lower')?.band).toBe('reference_behind');
  });

  it('has no index without a reference value to divide by, or with negative values', () => {
    expect(parityIndex(20, 0)).toBeNull();
    expect(parityIndex(0, 10, 'lower')).toBeNull();
    expect(parityIndex(-1, 10)).toBeNull();
  });

  it('keeps values on the band edges inside it despite floating-point rounding', () => {
    // 90 / 87.3 = 1.0309…, adjusted 2 − 87.3/90 = 1.03 exactly on paper, 1.0300000000000002 in floating point.
    expect(parityIndex(90, 87.3)?.band).toBe('parity');
    expect(parityIndex(97, 100)?.band).toBe('parity');
  });
});
