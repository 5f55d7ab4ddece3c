import type { CitySummary, DimensionDto, FrameworkCode, IndicatorDto } from '@lcm/contracts';

/** A framework node as written in the seed files; codes are unique across all frameworks. */
export interface FrameworkNodeSeed {
  /** e.g. `KF.2.2`, `SDG.4.3.1`, `ISO.6` */
  code: string;
  name: string;
  /** e.g. `section`, `area`, `goal`, `target`, `indicator`, `theme` */
  level: string;
  children?: FrameworkNodeSeed[];
}

export interface FrameworkSeed {
  code: FrameworkCode;
  name: string;
  description: string;
  nodes: FrameworkNodeSeed[];
}

/** Indicators are seeded in the shape the API returns them; without colour thresholds they use the defaults. */
export type IndicatorSeed = Omit<IndicatorDto, 'scoreBands'> & { scoreBands?: IndicatorDto['scoreBands'] };

export type CitySeed = Omit<CitySummary, 'isMember'>;

export type DimensionSeed = DimensionDto;

/** One synthetic demo value, before it is tied to database ids. */
export interface DemoObservationSeed {
  citySlug: string;
  year: number;
  indicator: string;
  /** Dimension codes, `_T` where not disaggregated. */
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number | null;
  status: 'A' | 'E' | 'P' | 'M';
}
