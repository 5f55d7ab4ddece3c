import { REGION_CODES, type RegionCode } from '@lcm/contracts';

export function isRegionCode(value: string | null | undefined): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value ?? '');
}
