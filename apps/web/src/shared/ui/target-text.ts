import type { IndicatorDto } from '@lcm/contracts';
import type { TFunction } from 'i18next';

/** "60.0 % by 2030", or the "no target" text when the indicator has none. */
export function targetText(
  indicator: IndicatorDto,
  t: TFunction,
  formatNumber: (value: number, decimals?: number) => string,
  noTarget: string,
): string {
  if (indicator.targetValue === null) return noTarget;
  const value = formatNumber(indicator.targetValue, indicator.decimals);
  return indicator.targetYear === null
    ? t('indicator.targetValueNoYear', { value, unit: indicator.unitLabel })
    : t('indicator.targetValue', { value, unit: indicator.unitLabel, year: indicator.targetYear });
}
