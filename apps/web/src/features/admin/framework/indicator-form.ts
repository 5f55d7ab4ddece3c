import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  MAX_INDICATOR_DECIMALS,
  type IndicatorDto,
  type ScoreBandThresholds,
  type UpdateIndicatorRequest,
} from '@lcm/contracts';
import { indicatorSettingsProblems, scoreBandProblems, type ScoreBandField } from '@lcm/domain';
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
  'bandAchieved',
  'bandYellow',
  'bandOrange',
  'decimals',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** The form field of each colour threshold. */
const BAND_FIELDS = {
  achieved: 'bandAchieved',
  yellow: 'bandYellow',
  orange: 'bandOrange',
} as const satisfies Record<keyof ScoreBandThresholds, IndicatorField>;

const BAND_FIELD_OF: Record<ScoreBandField, IndicatorField> = {
  'scoreBands.achieved': BAND_FIELDS.achieved,
  'scoreBands.yellow': BAND_FIELDS.yellow,
  'scoreBands.orange': BAND_FIELDS.orange,
};

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
    bandAchieved: fieldText(indicator.scoreBands?.achieved),
    bandYellow: fieldText(indicator.scoreBands?.yellow),
    bandOrange: fieldText(indicator.scoreBands?.orange),
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
  const scoreBands = readScoreBands(form);
  const changes: UpdateIndicatorRequest = changedFields(settings, indicator);
  if (!sameBands(scoreBands, indicator.scoreBands)) changes.scoreBands = scoreBands;
  if (form.ok)
    form.failAll(indicatorSettingsProblems({ ...settings, direction: indicator.direction }), {}, changes);
  if (form.ok && scoreBands) {
    const problems = scoreBandProblems(scoreBands).map((problem) => ({
      ...problem,
      fields: [BAND_FIELD_OF[problem.fields[0]]] as const,
    }));
    form.failAll(problems, {});
  }
  return form.result(changes);
}

/** All three thresholds, or none for the defaults; each a score from 0 to 100. */
function readScoreBands(form: FormReader<IndicatorField>): ScoreBandThresholds | null {
  const score = { min: 0, max: 100 };
  const achieved = form.number(BAND_FIELDS.achieved, score);
  const yellow = form.number(BAND_FIELDS.yellow, score);
  const orange = form.number(BAND_FIELDS.orange, score);
  const empty = Object.values(BAND_FIELDS).filter((field) => form.text(field) === null);
  if (empty.length === 3) return null;
  for (const field of empty) form.fail(field, { code: 'required' });
  return achieved === null || yellow === null || orange === null ? null : { achieved, yellow, orange };
}

function sameBands(a: ScoreBandThresholds | null, b: ScoreBandThresholds | null): boolean {
  if (a === null || b === null) return a === b;
  return a.achieved === b.achieved && a.yellow === b.yellow && a.orange === b.orange;
}
