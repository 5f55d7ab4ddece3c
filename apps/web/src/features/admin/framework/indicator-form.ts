import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  MAX_INDICATOR_DECIMALS,
  type IndicatorDto,
  type UpdateIndicatorRequest,
} from '@lcm/contracts';
import { indicatorSettingsProblems } from '@lcm/domain';
import { changedFields, fieldText, FormReader, type FormResult, type FormValues } from '../form/form-model';

/** The fields of the indicator form, in the order it shows them. */
export const INDICATOR_FIELDS = [
  'name',
  'definition',
  'targetValue',
  'targetYear',
  'bestBound',
  'worstBound',
  'minValue',
  'maxValue',
  'decimals',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export function indicatorFormValues(indicator: IndicatorDto): FormValues<IndicatorField> {
  return {
    name: indicator.name,
    definition: indicator.definition,
    targetValue: fieldText(indicator.targetValue),
    targetYear: fieldText(indicator.targetYear),
    bestBound: fieldText(indicator.bestBound),
    worstBound: fieldText(indicator.worstBound),
    minValue: fieldText(indicator.minValue),
    maxValue: fieldText(indicator.maxValue),
    decimals: fieldText(indicator.decimals),
  };
}

/** Reads the form with the same rules as the API, and keeps only what differs from the stored indicator. */
export function readIndicatorChanges(
  values: FormValues<IndicatorField>,
  indicator: IndicatorDto,
): FormResult<IndicatorField, UpdateIndicatorRequest> {
  const form = new FormReader(values);
  const settings = {
    name: form.requiredText('name'),
    definition: form.requiredText('definition'),
    targetValue: form.number('targetValue'),
    targetYear: form.number('targetYear', {
      whole: true,
      min: FIRST_REPORTING_YEAR,
      max: LAST_REPORTING_YEAR,
    }),
    bestBound: form.number('bestBound'),
    worstBound: form.number('worstBound'),
    minValue: form.number('minValue'),
    maxValue: form.number('maxValue'),
    decimals: form.requiredNumber('decimals', { whole: true, min: 0, max: MAX_INDICATOR_DECIMALS }),
  };
  const changes = changedFields(settings, indicator);
  if (form.ok)
    form.failAll(indicatorSettingsProblems({ ...settings, direction: indicator.direction }), {}, changes);
  return form.result(changes);
}
