import {
  DEFAULT_PROGRESS_BASE_YEAR,
  LAST_REPORTING_YEAR,
  type CityProgressRow,
  type IndicatorDto,
  type LocalTargetDto,
  type ProgressMeasure,
  type ProposeLocalTargetRequest,
} from '@lcm/contracts';

/** A target the indicator's progress is measured against: the global 2030 one or the city's own. */
export interface TargetProgress {
  kind: 'global' | 'local';
  targetValue: number | null;
  targetYear: number;
  measure: ProgressMeasure;
}

/** The global target first, then the city's confirmed target when it has one. */
export function targetProgressOf(row: CityProgressRow): TargetProgress[] {
  const global: TargetProgress = {
    kind: 'global',
    targetValue: row.indicator.targetValue,
    targetYear: row.indicator.targetYear ?? row.globalProgress.targetYear,
    measure: row.globalProgress,
  };
  const local = row.localProgress;
  return local
    ? [
        global,
        {
          kind: 'local',
          targetValue: local.targetValue,
          targetYear: local.targetYear,
          measure: local.measure,
        },
      ]
    : [global];
}

export type TargetProposalField = 'targetValue' | 'targetYear' | 'note';

/** Keys under `localTargets.errors`, with the values their texts need. */
export interface TargetProposalError {
  code: 'required' | 'number' | 'atLeast' | 'atMost' | 'year' | 'noteTooLong';
  values?: Record<string, number>;
}

export interface TargetProposalInput {
  targetValue: string;
  targetYear: string;
  note: string;
}

export const MAX_TARGET_NOTE_LENGTH = 2000;
export const FIRST_TARGET_YEAR = DEFAULT_PROGRESS_BASE_YEAR + 1;

export type TargetProposalCheck =
  | { ok: true; request: ProposeLocalTargetRequest }
  | { ok: false; errors: Partial<Record<TargetProposalField, TargetProposalError>> };

/** Checks a proposal as typed, with the API's own limits, so that the official learns before sending. */
export function checkTargetProposal(
  indicator: Pick<IndicatorDto, 'code' | 'minValue' | 'maxValue'>,
  input: TargetProposalInput,
): TargetProposalCheck {
  const errors: Partial<Record<TargetProposalField, TargetProposalError>> = {};
  const valueText = input.targetValue.trim();
  const yearText = input.targetYear.trim();
  const note = input.note.trim();
  const targetValue = Number(valueText);
  const targetYear = Number(yearText);

  if (valueText === '') errors.targetValue = { code: 'required' };
  else if (!Number.isFinite(targetValue)) errors.targetValue = { code: 'number' };
  else if (indicator.minValue !== null && targetValue < indicator.minValue)
    errors.targetValue = { code: 'atLeast', values: { min: indicator.minValue } };
  else if (indicator.maxValue !== null && targetValue > indicator.maxValue)
    errors.targetValue = { code: 'atMost', values: { max: indicator.maxValue } };

  const yearRange = { min: FIRST_TARGET_YEAR, max: LAST_REPORTING_YEAR };
  if (yearText === '') errors.targetYear = { code: 'required' };
  else if (!/^\d+$/.test(yearText) || targetYear < yearRange.min || targetYear > yearRange.max)
    errors.targetYear = { code: 'year', values: yearRange };

  if (note.length > MAX_TARGET_NOTE_LENGTH)
    errors.note = { code: 'noteTooLong', values: { max: MAX_TARGET_NOTE_LENGTH } };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: { indicator: indicator.code, targetValue, targetYear, ...(note ? { note } : {}) },
  };
}

/** Proposals still waiting for an analyst's decision, the longest waiting first. */
export function awaitingConfirmation(targets: readonly LocalTargetDto[]): LocalTargetDto[] {
  return targets
    .filter((target) => target.status === 'proposed')
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id - b.id);
}
