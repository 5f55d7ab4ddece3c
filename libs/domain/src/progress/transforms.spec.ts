import { applyProgressTransform, transformTarget } from './transforms';

describe('progress transforms for indicators aiming at a target value', () => {
  it('parity: max(y, 1/y), so that a gap either way weighs the same', () => {
    expect(applyProgressTransform(0.8, 'parity', 1)).toBeCloseTo(1.25, 12);
    expect(applyProgressTransform(1.25, 'parity', 1)).toBeCloseTo(1.25, 12);
  });

  it('parity: 0.97 to 1.03 counts as exactly 1', () => {
    expect([0.97, 0.99, 1.03].map((y) => applyProgressTransform(y, 'parity', 1))).toEqual([1, 1, 1]);
    expect(applyProgressTransform(0.96, 'parity', 1)).toBeCloseTo(1 / 0.96, 12);
    expect(applyProgressTransform(1.04, 'parity', 1)).toBeCloseTo(1.04, 12);
  });

  it('gender share: 50 + |y − 50|; budget execution: 100 + |y − 100|', () => {
    expect(applyProgressTransform(30, 'gender_share', 50)).toBe(70);
    expect(applyProgressTransform(70, 'gender_share', 50)).toBe(70);
    expect(applyProgressTransform(85, 'budget_execution', 100)).toBe(115);
    expect(applyProgressTransform(3, 'distance_from_target', 5)).toBe(7);
  });

  it('measures toward 1, 50 and 100, or the indicator’s own target for a plain distance', () => {
    expect(transformTarget('parity', 0.9)).toBe(1);
    expect(transformTarget('gender_share', null)).toBe(50);
    expect(transformTarget('budget_execution', null)).toBe(100);
    expect(transformTarget('distance_from_target', 3)).toBe(3);
    expect(transformTarget('distance_from_target', null)).toBeNull();
  });
});
