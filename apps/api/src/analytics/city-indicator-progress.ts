import type { Direction, LocalTargetProgress, ProgressMeasure, ProgressMethod } from '@lcm/contracts';
import { measureProgress, progressIndicatorOf, type SeriesPoint } from '@lcm/domain';
import type { ConfirmedLocalTarget } from '../local-targets/local-target-reader';

/** What a city's progress on an indicator depends on besides its values (see `PROGRESS_SETTINGS`). */
export interface ProgressSettings {
  direction: Direction;
  targetValue: number | null;
  targetYear: number | null;
  minValue: number | null;
  maxValue: number | null;
}

export interface CityIndicatorProgress {
  globalProgress: ProgressMeasure;
  /** Null when the city has no confirmed target of its own for the indicator. */
  localProgress: LocalTargetProgress | null;
}

/** A city's progress on an indicator by one method, toward the global target and toward its own. */
export function cityIndicatorProgress(
  series: readonly SeriesPoint[],
  indicator: ProgressSettings,
  localTarget: ConfirmedLocalTarget | undefined,
  method: ProgressMethod,
): CityIndicatorProgress {
  return {
    globalProgress: measureProgress(series, progressIndicatorOf(indicator), { method }),
    localProgress: localTarget
      ? {
          targetId: localTarget.id,
          targetValue: localTarget.targetValue,
          targetYear: localTarget.targetYear,
          measure: measureProgress(
            series,
            progressIndicatorOf(indicator, { value: localTarget.targetValue, year: localTarget.targetYear }),
            { method },
          ),
        }
      : null,
  };
}
