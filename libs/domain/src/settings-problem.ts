/** Rules across several fields of a city or an indicator; clients branch on these, never on the message. */
export type SettingsRule =
  | 'left_before_joined'
  | 'range_inverted'
  | 'outside_range'
  | 'bounds_equal'
  | 'bounds_reversed'
  | 'bands_unordered';

/** A broken rule across fields, with the fields involved, most likely culprit first. */
export interface SettingsProblem<Field extends string = string> {
  rule: SettingsRule;
  fields: readonly [Field, ...Field[]];
  message: string;
}
