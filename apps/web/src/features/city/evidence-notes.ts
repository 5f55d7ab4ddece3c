import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  type CreateEvidenceNoteRequest,
  type EvidenceNoteDto,
} from '@lcm/contracts';
import {
  evidenceNoteProblems,
  normaliseEvidenceNoteLink,
  normaliseEvidenceNoteText,
  type EvidenceNoteProblem,
} from '@lcm/domain';

/** A year of the chart that has evidence notes: where the chart draws its marker. */
export interface NoteMark {
  /** Position of the year among the chart's years. */
  index: number;
  year: number;
  count: number;
}

/** The years of the chart with notes, in chart order; notes of years outside the chart are not marked. */
export function noteMarksOf(
  years: readonly number[],
  notes: readonly Pick<EvidenceNoteDto, 'year'>[],
): NoteMark[] {
  return years.flatMap((year, index) => {
    const count = notes.filter((note) => note.year === year).length;
    return count > 0 ? [{ index, year, count }] : [];
  });
}

/** The notes of one year, oldest first (the API's order). */
export function notesOfYear<T extends Pick<EvidenceNoteDto, 'year'>>(notes: readonly T[], year: number): T[] {
  return notes.filter((note) => note.year === year);
}

export type EvidenceNoteField = 'year' | 'text' | 'link';

/** A problem beside a field: one of the rules (worded in the reader's language), or the API's own words. */
export type EvidenceNoteFormError =
  | { code: 'year_invalid' | EvidenceNoteProblem['code']; values: Record<string, string | number> }
  | { code: 'api'; message: string };

export interface EvidenceNoteInput {
  year: string;
  text: string;
  link: string;
}

export type EvidenceNoteCheck =
  | { ok: true; request: CreateEvidenceNoteRequest }
  | { ok: false; errors: Partial<Record<EvidenceNoteField, EvidenceNoteFormError>> };

/** Checks a note before it is sent, with the API's own rules, so that problems show beside their field. */
export function checkEvidenceNote(input: EvidenceNoteInput, indicator: string): EvidenceNoteCheck {
  const errors: Partial<Record<EvidenceNoteField, EvidenceNoteFormError>> = {};
  const yearText = input.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!(year >= FIRST_REPORTING_YEAR && year <= LAST_REPORTING_YEAR)) {
    errors.year = { code: 'year_invalid', values: { min: FIRST_REPORTING_YEAR, max: LAST_REPORTING_YEAR } };
  }
  const text = normaliseEvidenceNoteText(input.text);
  const link = normaliseEvidenceNoteLink(input.link);
  for (const problem of evidenceNoteProblems(text, link)) {
    const { field, code, ...values } = problem;
    errors[field] ??= { code, values };
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, request: { indicator, year, text, link } };
}
