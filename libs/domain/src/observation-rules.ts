import {
  DIMENSION_CODES,
  OBSERVATION_STATUSES,
  TOTAL_CODE,
  type Aggregation,
  type ApiErrorDetail,
  type DimensionCode,
  type ObservationStatus,
} from '@lcm/contracts';
import { disaggregationKey, normaliseDisaggregation, type FullDisaggregation } from './disaggregation';

/** What the validator needs to know about an indicator: a subset of IndicatorDto. */
export interface IndicatorRules {
  code: string;
  unit: string;
  minValue: number | null;
  maxValue: number | null;
  dimensions: readonly DimensionCode[];
  aggregation: Aggregation;
}

/** Allowed codes per dimension, each including the total code. */
export type DimensionCodeLists = Readonly<Partial<Record<DimensionCode, readonly string[]>>>;

export interface ValidationContext {
  indicators: ReadonlyMap<string, IndicatorRules>;
  dimensionCodes: DimensionCodeLists;
}

/** An observation that passed every rule, in canonical form. */
export interface ValidObservation {
  indicator: string;
  disaggregation: FullDisaggregation;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
}

export interface ValidationResult {
  observations: ValidObservation[];
  errors: ApiErrorDetail[];
}

const PERCENT_UNIT = 'PT';
/** Relative tolerance for parts-versus-total checks, to absorb rounding of published figures. */
const CONSISTENCY_TOLERANCE = 0.005;
const MAX_TEXT_LENGTH = 2000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Checks one city-year's observations against the indicator framework. The same rules run in the
 * browser while an official types and in the API before anything is written.
 * Input is `unknown` on purpose: it may come straight from a request body or a parsed file.
 */
export function validateObservations(input: unknown, context: ValidationContext): ValidationResult {
  if (!Array.isArray(input)) {
    return {
      observations: [],
      errors: [{ field: 'observations', message: 'must be a list of observations' }],
    };
  }
  const errors: ApiErrorDetail[] = [];
  const observations: ValidObservation[] = [];
  const seen = new Map<string, number>();

  input.forEach((raw: unknown, index) => {
    const field = `observations[${index}]`;
    const before = errors.length;
    const fail = (message: string, at: string, detail: Partial<ApiErrorDetail> = {}) =>
      errors.push({ field: `${field}${at}`, row: index + 1, ...detail, message });

    if (!isRecord(raw)) {
      fail('must be an object', '');
      return;
    }
    const code = raw.indicator;
    if (typeof code !== 'string' || code === '') {
      fail('indicator code is required', '.indicator');
      return;
    }
    const indicator = context.indicators.get(code);
    if (!indicator) {
      fail(`unknown indicator '${code}'`, '.indicator', { indicator: code });
      return;
    }

    const rawDisaggregation = raw.disaggregation ?? {};
    if (!isRecord(rawDisaggregation)) {
      fail('disaggregation must be an object such as {"SEX":"F"}', '.disaggregation', { indicator: code });
      return;
    }
    const key = disaggregationKey(rawDisaggregation);
    const detail = { indicator: code, disaggregation: key };
    for (const [dimension, value] of Object.entries(rawDisaggregation)) {
      const at = `.disaggregation.${dimension}`;
      if (!(DIMENSION_CODES as readonly string[]).includes(dimension)) {
        fail(`unknown disaggregation dimension '${dimension}'`, at, detail);
        continue;
      }
      const dim = dimension as DimensionCode;
      if (typeof value !== 'string') {
        fail(`${dim} code must be text`, at, detail);
      } else if (value !== TOTAL_CODE && !indicator.dimensions.includes(dim)) {
        fail(`${code} is not disaggregated by ${dim}`, at, detail);
      } else if (!(context.dimensionCodes[dim] ?? [TOTAL_CODE]).includes(value)) {
        fail(`unknown ${dim} code '${value}'`, at, detail);
      }
    }

    const status = raw.status ?? 'A';
    if (typeof status !== 'string' || !(OBSERVATION_STATUSES as readonly string[]).includes(status)) {
      fail(`status must be one of ${OBSERVATION_STATUSES.join(', ')}`, '.status', detail);
    }
    const value = raw.value;
    if (value === null || value === undefined) {
      if (status !== 'M') fail('a value is required unless the status is M (missing)', '.value', detail);
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      fail('value must be a finite number', '.value', detail);
    } else if (status === 'M') {
      fail('a value marked M (missing) must be empty', '.value', detail);
    } else {
      for (const message of rangeProblems(value, indicator)) fail(message, '.value', detail);
    }

    const source = optionalText(raw.source);
    const comment = optionalText(raw.comment);
    if (source === undefined || (source?.length ?? 0) > MAX_TEXT_LENGTH) {
      fail(`source must be text of at most ${MAX_TEXT_LENGTH} characters`, '.source', detail);
    }
    if (comment === undefined || (comment?.length ?? 0) > MAX_TEXT_LENGTH) {
      fail(`comment must be text of at most ${MAX_TEXT_LENGTH} characters`, '.comment', detail);
    }

    const identity = `${code}|${key}`;
    const firstRow = seen.get(identity);
    if (firstRow !== undefined) {
      fail(`duplicate of row ${firstRow}: one value per indicator and disaggregation`, '', detail);
    } else {
      seen.set(identity, index + 1);
    }

    if (errors.length === before) {
      observations.push({
        indicator: code,
        disaggregation: normaliseDisaggregation(rawDisaggregation),
        value: value as number | null,
        status: status as ObservationStatus,
        source: source ?? null,
        comment: comment ?? null,
      });
    }
  });

  if (errors.length === 0) errors.push(...consistencyProblems(observations, context.indicators));
  return { observations, errors };
}

/** Range rules for a single value; also used by entry forms as the user types. */
export function rangeProblems(value: number, indicator: IndicatorRules): string[] {
  if (indicator.unit === PERCENT_UNIT && (value < 0 || value > 100)) {
    return [`${value} is not a percentage between 0 and 100`];
  }
  const problems: string[] = [];
  if (indicator.minValue !== null && value < indicator.minValue) {
    problems.push(`${value} is below the valid minimum ${indicator.minValue}`);
  }
  if (indicator.maxValue !== null && value > indicator.maxValue) {
    problems.push(`${value} is above the valid maximum ${indicator.maxValue}`);
  }
  return problems;
}

/**
 * Parts must agree with their total, one dimension at a time: for counts (`sum`) the parts
 * add up to the total; for rates (`share`) the total lies between the smallest and largest part.
 * Checked only where the total and every part of a dimension are present, since a
 * partial set proves nothing.
 */
function consistencyProblems(
  observations: readonly ValidObservation[],
  indicators: ReadonlyMap<string, IndicatorRules>,
): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const byKey = new Map<string, ValidObservation>();
  const keyOf = (indicator: string, d: FullDisaggregation) =>
    `${indicator}|${DIMENSION_CODES.map((dim) => d[dim]).join('|')}`;
  for (const o of observations) byKey.set(keyOf(o.indicator, o.disaggregation), o);

  for (const total of observations) {
    const rules = indicators.get(total.indicator);
    if (!rules || rules.aggregation === 'none' || total.value === null) continue;
    for (const dimension of rules.dimensions) {
      if (total.disaggregation[dimension] !== TOTAL_CODE) continue;
      const partition = PARTITIONS[dimension];
      if (!partition) continue;
      const values = partition.map(
        (code) =>
          byKey.get(keyOf(total.indicator, { ...total.disaggregation, [dimension]: code }))?.value ?? null,
      );
      if (values.some((value) => value === null)) continue;
      const message = partsMismatch(rules.aggregation, total.value, values as number[], dimension);
      if (message) {
        problems.push({
          indicator: total.indicator,
          disaggregation: disaggregationKey(total.disaggregation),
          message,
        });
      }
    }
  }
  return problems;
}

/** Dimensions whose codes split the population completely, so parts can be compared with the total. */
const PARTITIONS: Partial<Record<DimensionCode, readonly string[]>> = {
  SEX: ['F', 'M'],
  URBANISATION: ['U', 'R'],
  DISABILITY_STATUS: ['PD', 'PWD'],
};

function partsMismatch(
  aggregation: Aggregation,
  total: number,
  parts: number[],
  dimension: string,
): string | null {
  const tolerance = Math.max(Math.abs(total) * CONSISTENCY_TOLERANCE, 1e-9);
  if (aggregation === 'sum') {
    const sum = parts.reduce((a, b) => a + b, 0);
    return Math.abs(sum - total) > tolerance
      ? `the ${dimension} parts add up to ${roundForMessage(sum)}, not to the total ${total}`
      : null;
  }
  const low = Math.min(...parts);
  const high = Math.max(...parts);
  return total < low - tolerance || total > high + tolerance
    ? `the total ${total} must lie between its ${dimension} parts (${low} and ${high})`
    : null;
}

function roundForMessage(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
