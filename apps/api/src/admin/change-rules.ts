import type { SettingsProblem } from '@lcm/domain';
import { ApiException } from '../common/api-exception';

/**
 * The fields a request actually sent. DTO instances carry every declared property, set to
 * `undefined` when left out, and a left-out field must not overwrite a stored value.
 */
export function sentFields<T extends object>(request: T): Partial<T> {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Refuses a change whose result breaks a rule across fields. Each error names the first field of
 * the rule that this request sent, so a form shows it beside what the user just edited.
 */
export function assertNoProblems(problems: readonly SettingsProblem[], changes: object): void {
  if (problems.length === 0) return;
  const sent = sentFields(changes);
  throw ApiException.validation(`${problems.length} problem(s) found; nothing was saved`, [
    ...problems.map(({ fields, message }) => ({
      field: fields.find((field) => field in sent) ?? fields[0],
      message,
    })),
  ]);
}
