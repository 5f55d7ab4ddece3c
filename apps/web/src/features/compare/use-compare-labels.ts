import type { AnalyticsIndicator } from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import type { CompareTableLabels } from './compare-tables';

/** The Compare page's table headers and words, for the indicator compared. */
export function useCompareLabels(
  indicator: AnalyticsIndicator | null,
): CompareTableLabels & { fromYear: string } {
  const { t } = useTranslation();
  const words = useProgressWords();
  const unit = indicator?.unitLabel ?? '';
  return useMemo(
    () => ({
      city: t('compare.table.city'),
      value: t('compare.table.value', { unit }),
      change: t('compare.table.change'),
      dataYear: t('compare.table.dataYear'),
      baseYear: t('compare.table.baseYear'),
      fromYear: t('compare.table.fromYear'),
      rank: t('compare.table.rank'),
      rankOfValue: t('compare.table.rankOfValue'),
      rankOf: (standing) => t('compare.table.rankOf', { rank: standing.rank, of: standing.of }),
      score: t('compare.table.score'),
      band: t('compare.table.band'),
      bandName: words.band,
      noScore: words.noScore,
      progress: t('compare.table.progress'),
      status: words.status,
    }),
    [t, unit, words],
  );
}
