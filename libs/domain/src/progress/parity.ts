import { PARITY_RANGE, type Direction, type ParityIndex } from '@lcm/contracts';

const BAND_TOLERANCE = 1e-9;

/**
 * Parity index of a disadvantaged group (women, rural residents, people with disabilities) against
 * its reference group (men, urban residents, people without disabilities): r = disadvantaged /
 * reference, inverted for lower-is-better indicators so that r < 1 always means the first group is
 * behind. Adjusted to 2 − 1/r above 1, so that a gap either way weighs the same. Null when the ratio
 * has no meaning (a negative value, or nothing to divide by).
 */
export function parityIndex(
  disadvantaged: number,
  reference: number,
  direction: Direction = 'higher',
): ParityIndex | null {
  const [numerator, denominator] =
    direction === 'lower' ? [reference, disadvantaged] : [disadvantaged, reference];
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator <= 0)
    return null;
  const ratio = numerator / denominator;
  const adjusted = ratio <= 1 ? ratio : 2 - 1 / ratio;
  // Compared at 1e-9 so that a published 1.03 that floating point renders as 1.0300000000000002 stays parity.
  const band =
    adjusted < PARITY_RANGE.lower - BAND_TOLERANCE
      ? 'disadvantaged_behind'
      : adjusted > PARITY_RANGE.upper + BAND_TOLERANCE
        ? 'reference_behind'
        : 'parity';
  return { ratio, adjusted, band };
}
