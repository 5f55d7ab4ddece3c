import { PARITY_RANGE, type ProgressTransform } from '@lcm/contracts';

/** The fixed target of each named transform; `distance_from_target` uses the indicator's own target. */
export const TRANSFORM_TARGETS: Readonly<Record<Exclude<ProgressTransform, 'distance_from_target'>, number>> =
  {
    parity: 1,
    gender_share: 50,
    budget_execution: 100,
  };

/**
 * Transforms a value so that a gap on either side of the target counts alike (Open SDG "Goldilocks"
 * indicators); afterwards lower is better. Parity: max(y, 1/y), with 0.97–1.03 taken as exactly 1;
 * the others reflect the value above the target, target + |y − target|.
 */
export function applyProgressTransform(value: number, transform: ProgressTransform, target: number): number {
  // Reflected above the target: the distance from it, kept positive so that growth rates apply.
  if (transform !== 'parity') return target + Math.abs(value - target);
  if (value >= PARITY_RANGE.lower && value <= PARITY_RANGE.upper) return 1;
  return Math.max(value, 1 / value);
}

/** The target a transform measures toward: its fixed one, else the indicator's (null when it has none). */
export function transformTarget(transform: ProgressTransform, indicatorTarget: number | null): number | null {
  return transform === 'distance_from_target' ? indicatorTarget : TRANSFORM_TARGETS[transform];
}
