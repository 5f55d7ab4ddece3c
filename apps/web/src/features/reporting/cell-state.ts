import type {
  ObservationDto,
  ObservationInput,
  ObservationStatus,
  PlausibilityCheck,
  PlausibilityResponse,
  PlausibilityRow,
} from '@lcm/contracts';
import { checkPlausibility, validateObservations, type ValidationContext } from '@lcm/domain';
import { cellKey, parseCellKey } from './entry-grid';

/** What an official sees and edits in one cell: the value as typed and its notes. */
export interface CellValue {
  text: string;
  status: ObservationStatus;
  source: string;
  comment: string;
}

export type CellValues = ReadonlyMap<string, CellValue>;

export const EMPTY_CELL: CellValue = { text: '', status: 'A', source: '', comment: '' };

/** Problem marker for text that is not a number; the screen words it in the user's language. */
export const NOT_A_NUMBER = 'not-a-number';

/** Plain decimal numbers with a point, as the API takes them: `12`, `-3.5`, `.5`. */
const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/** The number in a cell: null when empty, undefined when the text is not a number. */
export function parseCellNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/** A stored value as the grid shows it: padded to the indicator's decimals, never rounded. */
export function valueText(value: number, decimals: number): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const shown = text.split('.')[1]?.length ?? 0;
  if (shown >= decimals) return text;
  return `${text}${shown === 0 ? '.' : ''}${'0'.repeat(decimals - shown)}`;
}

export function cellsFromObservations(
  observations: readonly ObservationDto[],
  decimalsOf: (indicator: string) => number = () => 0,
): Map<string, CellValue> {
  return new Map(
    observations.map((o) => [
      cellKey(o.indicator, o.disaggregation),
      {
        text: o.value === null ? '' : valueText(o.value, decimalsOf(o.indicator)),
        status: o.status,
        source: o.source ?? '',
        comment: o.comment ?? '',
      },
    ]),
  );
}

/** A status chosen for an empty cell means nothing until a value is typed (except M, "missing"). */
function comparable(cell: CellValue | undefined): CellValue {
  if (!cell) return EMPTY_CELL;
  return cell.text.trim() === '' && cell.status !== 'M' ? { ...cell, status: 'A' } : cell;
}

/** Two cells say the same when their numbers and notes are equal (`12.50` is `12.5`). */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const left = comparable(a);
  const right = comparable(b);
  const leftNumber = parseCellNumber(left.text);
  const rightNumber = parseCellNumber(right.text);
  const sameValue =
    leftNumber === undefined || rightNumber === undefined
      ? left.text.trim() === right.text.trim()
      : leftNumber === rightNumber;
  return (
    sameValue &&
    left.status === right.status &&
    left.source.trim() === right.source.trim() &&
    left.comment.trim() === right.comment.trim()
  );
}

/** Cells whose draft differs from what the server holds. */
export function dirtyKeys(drafts: CellValues, saved: CellValues): string[] {
  return [...drafts.keys()].filter((key) => !sameCell(drafts.get(key), saved.get(key)));
}

/**
 * The observation a cell stands for, or null when it holds nothing to store (or not a number).
 * An empty cell becomes "missing" (M) when it must be stored: the API keeps one row per value.
 */
export function toObservationInput(key: string, cell: CellValue, saved?: CellValue): ObservationInput | null {
  const value = parseCellNumber(cell.text);
  if (value === undefined) return null;
  const { indicator, disaggregation } = parseCellKey(key);
  const notes = { source: cell.source.trim() || null, comment: cell.comment.trim() || null };
  if (value === null) {
    // An empty cell is stored as missing once it was stored before or carries a note explaining the gap.
    if (cell.status !== 'M' && !saved && !notes.source && !notes.comment) return null;
    return { indicator, disaggregation, value: null, status: 'M', ...notes };
  }
  return { indicator, disaggregation, value, status: cell.status, ...notes };
}

/** Problems per cell key, from the same rules the API applies, for every value in the grid. */
export function cellProblems(
  drafts: CellValues,
  saved: CellValues,
  context: ValidationContext,
): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const add = (key: string, message: string) => problems.set(key, [...(problems.get(key) ?? []), message]);
  const keys: string[] = [];
  const inputs: ObservationInput[] = [];
  for (const [key, cell] of drafts) {
    if (parseCellNumber(cell.text) === undefined) {
      add(key, NOT_A_NUMBER);
      continue;
    }
    const input = toObservationInput(key, cell, saved.get(key));
    if (input) {
      keys.push(key);
      inputs.push(input);
    }
  }
  for (const error of validateObservations(inputs, context).errors) {
    const key =
      error.row !== undefined
        ? keys[error.row - 1]
        : error.indicator && error.disaggregation
          ? `${error.indicator}|${error.disaggregation}`
          : undefined;
    if (key) add(key, error.message);
  }
  return problems;
}

export interface SavePlan {
  /** Cell keys and what to send for them. */
  send: { key: string; cell: CellValue; input: ObservationInput }[];
  /** Changed cells held back until their problems are fixed. */
  held: string[];
}

/**
 * What an autosave sends: the changed cells, minus those the API would refuse. The API writes a
 * request all or nothing, so each refused row (and each indicator whose parts disagree with its
 * total) is left out and the rest checked again, exactly as the API will check it.
 */
export function planSave(drafts: CellValues, saved: CellValues, context: ValidationContext): SavePlan {
  const held: string[] = [];
  let send: SavePlan['send'] = [];
  for (const key of dirtyKeys(drafts, saved)) {
    const cell = drafts.get(key)!;
    const input = toObservationInput(key, cell, saved.get(key));
    if (input) send.push({ key, cell, input });
    else if (parseCellNumber(cell.text) === undefined) held.push(key);
  }
  for (;;) {
    const { errors } = validateObservations(
      send.map((s) => s.input),
      context,
    );
    if (errors.length === 0) return { send, held };
    const refusedRows = new Set(errors.flatMap((e) => (e.row !== undefined ? [e.row - 1] : [])));
    const refusedIndicators = new Set(
      errors.flatMap((e) => (e.row === undefined && e.indicator ? [e.indicator] : [])),
    );
    const kept = send.filter(
      (s, index) => !refusedRows.has(index) && !refusedIndicators.has(s.input.indicator),
    );
    held.push(...send.filter((s) => !kept.includes(s)).map((s) => s.key));
    if (kept.length === send.length) return { send: [], held: [...held, ...send.map((s) => s.key)] };
    send = kept;
  }
}

/** After a save: what the server now holds. */
export function withSaved(saved: CellValues, sent: SavePlan['send']): Map<string, CellValue> {
  const next = new Map(saved);
  for (const { key, cell } of sent) next.set(key, cell);
  return next;
}

/** Plausibility rows of the API by cell key. */
export function indexPlausibility(response: PlausibilityResponse | undefined): Map<string, PlausibilityRow> {
  return new Map((response?.rows ?? []).map((row) => [cellKey(row.indicator, row.disaggregation), row]));
}

/** The checks of a value as typed, against the city's history and its peers; null without a number. */
export function checkCell(
  cell: CellValue | undefined,
  row: PlausibilityRow | undefined,
  response: PlausibilityResponse | undefined,
): PlausibilityCheck | null {
  const value = cell ? parseCellNumber(cell.text) : null;
  if (value === null || value === undefined || !response) return null;
  return checkPlausibility({
    value,
    year: response.year,
    history: row?.history ?? [],
    peerValues: row?.peers?.values,
    thresholds: response.thresholds,
  });
}

export interface WarnedCell {
  key: string;
  check: PlausibilityCheck;
  /** True once the official explained the value. */
  explained: boolean;
}

/** Values with plausibility warnings, in grid order: each needs a comment before submitting. */
export function warnedCells(
  orderedKeys: readonly string[],
  drafts: CellValues,
  response: PlausibilityResponse | undefined,
): WarnedCell[] {
  const rows = indexPlausibility(response);
  return orderedKeys.flatMap((key) => {
    const cell = drafts.get(key);
    const check = checkCell(cell, rows.get(key), response);
    return check && check.warnings.length > 0
      ? [{ key, check, explained: (cell?.comment.trim() ?? '') !== '' }]
      : [];
  });
}
