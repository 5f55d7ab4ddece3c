import type { Direction, ScoreBandThresholds } from '@lcm/contracts';
import type { SettingsProblem } from './settings-problem';

/** The parts of an indicator that must agree with each other: a subset of IndicatorDto. */
export interface IndicatorSettings {
  direction: Direction;
  minValue: number | null;
  maxValue: number | null;
  targetValue: number | null;
  bestBound: number | null;
  worstBound: number | null;
}

type SettingsField = Exclude<keyof IndicatorSettings, 'direction'>;

/**
 * What keeps an indicator usable: a valid range that is not upside down, a target and score bounds
 * inside it, and bounds that span a scale pointing the indicator's way (so that better values score
 * higher). Each problem lists the fields involved, most likely culprit first.
 */
export function indicatorSettingsProblems(settings: IndicatorSettings): SettingsProblem<SettingsField>[] {
  const { direction, minValue: min, maxValue: max, bestBound: best, worstBound: worst } = settings;
  const problems: SettingsProblem<SettingsField>[] = [];
  if (min !== null && max !== null && min > max) {
    problems.push({
      rule: 'range_inverted',
      fields: ['maxValue', 'minValue'],
      message: `maxValue (${max}) must not be below minValue (${min})`,
    });
    return problems;
  }
  const range =
    min !== null && max !== null
      ? `from ${min} to ${max}`
      : min !== null
        ? `of at least ${min}`
        : `of at most ${max}`;
  for (const field of ['targetValue', 'bestBound', 'worstBound'] as const) {
    const value = settings[field];
    if (value === null) continue;
    if ((min !== null && value < min) || (max !== null && value > max)) {
      problems.push({
        rule: 'outside_range',
        fields: [field, value < (min ?? value) ? 'minValue' : 'maxValue'],
        message: `${field} (${value}) must lie within the valid range ${range}`,
      });
    }
  }
  if (best !== null && worst !== null) {
    if (best === worst) {
      problems.push({
        rule: 'bounds_equal',
        fields: ['worstBound', 'bestBound'],
        message: 'bestBound and worstBound must differ',
      });
    } else if (direction === 'higher' && best < worst) {
      problems.push({
        rule: 'bounds_reversed',
        fields: ['bestBound', 'worstBound'],
        message: `bestBound (${best}) must be above worstBound (${worst}) when higher values are better`,
      });
    } else if (direction === 'lower' && best > worst) {
      problems.push({
        rule: 'bounds_reversed',
        fields: ['bestBound', 'worstBound'],
        message: `bestBound (${best}) must be below worstBound (${worst}) when lower values are better`,
      });
    }
  }
  return problems;
}

/** Where a band problem is shown: the thresholds are sent nested under `scoreBands`. */
export type ScoreBandField = `scoreBands.${keyof ScoreBandThresholds}`;

/**
 * Colour thresholds must fall from achieved to yellow to orange, or a band would be empty or overlap
 * another. Each problem names the lower threshold of the pair first. (Each lying within 0–100 is a rule
 * of the single field.)
 */
export function scoreBandProblems(bands: ScoreBandThresholds): SettingsProblem<ScoreBandField>[] {
  const problems: SettingsProblem<ScoreBandField>[] = [];
  const pairs = [
    ['yellow', 'achieved'],
    ['orange', 'yellow'],
  ] as const;
  for (const [lower, higher] of pairs) {
    if (bands[lower] >= bands[higher]) {
      problems.push({
        rule: 'bands_unordered',
        fields: [`scoreBands.${lower}`, `scoreBands.${higher}`],
        message: `scoreBands.${lower} (${bands[lower]}) must be below scoreBands.${higher} (${bands[higher]})`,
      });
    }
  }
  return problems;
}
