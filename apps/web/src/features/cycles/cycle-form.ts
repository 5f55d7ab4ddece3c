import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR, type ReportingCycleDto } from '@lcm/contracts';
import { FormReader, type FormResult, type FormValues } from '../admin/form/form-model';

export const CYCLE_FIELDS = ['year', 'opensOn', 'deadline'] as const;
export type CycleField = (typeof CYCLE_FIELDS)[number];

export function cycleFormValues(cycle: ReportingCycleDto | null): FormValues<CycleField> {
  return {
    year: cycle ? String(cycle.year) : '',
    opensOn: cycle?.opensOn ?? '',
    deadline: cycle?.deadline ?? '',
  };
}

/** A reporting year with the day it opens and its deadline, which cannot come before the opening. */
export function readCycle(values: FormValues<CycleField>): FormResult<CycleField, ReportingCycleDto> {
  const form = new FormReader(values);
  const year = form.requiredNumber('year', {
    whole: true,
    min: FIRST_REPORTING_YEAR,
    max: LAST_REPORTING_YEAR,
  });
  const opensOn = form.requiredDate('opensOn');
  const deadline = form.requiredDate('deadline');
  if (form.ok && deadline < opensOn)
    form.fail('deadline', { code: 'deadlineBeforeOpening', values: { opensOn } });
  return form.result({ year, opensOn, deadline });
}

/** The year a new cycle most likely is: the one after the newest, or last year when there is none. */
export function nextCycleYear(cycles: readonly ReportingCycleDto[], todayIso: string): number {
  return cycles.length > 0
    ? Math.max(...cycles.map((cycle) => cycle.year)) + 1
    : Number(todayIso.slice(0, 4)) - 1;
}
