import type { ProgressMeasure, ScoreBand } from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface ProgressWords {
  /** "Moderate progress, acceleration needed"; "Not available: values of one year only". */
  status: (measure: Pick<ProgressMeasure, 'status' | 'reason'>) => string;
  /** "Significant challenges" and the like. */
  band: (band: ScoreBand) => string;
  noScore: string;
}

/** Progress statuses and score bands in words, in the reader's language. */
export function useProgressWords(): ProgressWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      status: (measure) =>
        measure.reason
          ? t('progress.withReason', {
              status: t(`progress.status.${measure.status}`),
              reason: t(`progress.reason.${measure.reason}`),
            })
          : t(`progress.status.${measure.status}`),
      band: (band) => t(`progress.band.${band}`),
      noScore: t('progress.noScore'),
    }),
    [t],
  );
}
