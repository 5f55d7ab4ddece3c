import type { ApiErrorDetail } from '@lcm/contracts';
import type { SettingsProblem, SettingsRule } from '@lcm/domain';

/** Problems the browser finds before sending a form; each has a text in `forms.errors`. */
export type FormErrorCode =
  | 'required'
  | 'number'
  | 'wholeNumber'
  | 'between'
  | 'atLeast'
  | 'atMost'
  | 'date'
  | 'email'
  | 'countryCode'
  | 'citiesRequired'
  | 'deadlineBeforeOpening'
  | SettingsRule;

/** A field's problem: found here (a code, translated on screen) or by the API (its message, as sent). */
export type FieldError =
  { code: FormErrorCode; values?: Record<string, string | number> } | { message: string };

export type FieldErrors<Field extends string> = Partial<Record<Field, FieldError>>;

export type FormValues<Field extends string> = Record<Field, string>;

/** What a form read: the request to send, or the problems to show beside the fields. */
export type FormResult<Field extends string, Request> =
  { ok: true; request: Request } | { ok: false; errors: FieldErrors<Field> };

const WHOLE_NUMBER = /^-?\d+$/;
const DECIMAL_NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface NumberRules {
  whole?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads the text of form fields into typed values, keeping the first problem of each field.
 * Empty optional fields read as null (which clears a stored value).
 */
export class FormReader<Field extends string> {
  readonly errors: FieldErrors<Field> = {};

  constructor(private readonly values: FormValues<Field>) {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  fail(field: Field, error: FieldError): void {
    this.errors[field] ??= error;
  }

  /**
   * Adds the problems the shared rules found across fields, each on the first of its fields that the
   * user changed (as the API does), else on the one most likely at fault.
   */
  failAll(
    problems: readonly SettingsProblem<Field>[],
    values: Record<string, string | number>,
    changed: object = {},
  ): void {
    for (const { fields, rule } of problems) {
      this.fail(fields.find((field) => field in changed) ?? fields[0], { code: rule, values });
    }
  }

  text(field: Field): string | null {
    const text = this.values[field].trim();
    return text === '' ? null : text;
  }

  requiredText(field: Field): string {
    const text = this.text(field);
    if (text === null) this.fail(field, { code: 'required' });
    return text ?? '';
  }

  /** A number typed as digits with an optional decimal point; spaces (and, for whole numbers, commas) are ignored. */
  number(field: Field, rules: NumberRules = {}): number | null {
    const raw = this.values[field].replace(/\s/g, '');
    if (raw === '') return null;
    const text = rules.whole ? raw.replace(/,/g, '') : raw;
    if (!(rules.whole ? WHOLE_NUMBER : DECIMAL_NUMBER).test(text)) {
      this.fail(field, { code: rules.whole ? 'wholeNumber' : 'number' });
      return null;
    }
    const value = Number(text);
    const { min, max } = rules;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      this.fail(field, outOfBounds(min, max));
      return null;
    }
    return value;
  }

  requiredNumber(field: Field, rules: NumberRules = {}): number {
    const value = this.number(field, rules);
    if (value === null) this.fail(field, { code: 'required' });
    return value ?? 0;
  }

  /** A date as a date input gives it, YYYY-MM-DD. */
  date(field: Field): string | null {
    const text = this.text(field);
    if (text !== null && !ISO_DATE.test(text)) {
      this.fail(field, { code: 'date' });
      return null;
    }
    return text;
  }

  requiredDate(field: Field): string {
    const date = this.date(field);
    if (date === null) this.fail(field, { code: 'required' });
    return date ?? '';
  }

  email(field: Field): string {
    const text = this.requiredText(field);
    if (text !== '' && !EMAIL.test(text)) this.fail(field, { code: 'email' });
    return text;
  }

  result<Request>(request: Request): FormResult<Field, Request> {
    return this.ok ? { ok: true, request } : { ok: false, errors: this.errors };
  }
}

function outOfBounds(min: number | undefined, max: number | undefined): FieldError {
  if (min !== undefined && max !== undefined) return { code: 'between', values: { min, max } };
  return min !== undefined
    ? { code: 'atLeast', values: { min } }
    : { code: 'atMost', values: { max: max ?? 0 } };
}

/** Numbers and texts as a form shows them: empty for a missing value. */
export function fieldText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The fields of an edit that differ from the stored record, so that a save sends (and the API
 * checks and blames) only what the user changed.
 */
export function changedFields<Request extends object>(
  request: Request,
  stored: Partial<Record<keyof Request, unknown>>,
): Partial<Request> {
  const changed: Partial<Request> = {};
  for (const key of Object.keys(request) as (keyof Request)[]) {
    const value = request[key];
    const before = stored[key];
    const same = Array.isArray(value) && Array.isArray(before) ? sameItems(value, before) : value === before;
    if (!same) changed[key] = value;
  }
  return changed;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

/**
 * Splits the API's rejection of a form: problems about one of the form's fields go beside it, the
 * rest into the form's own message. `cities[2]` or `cities.2` belong to the field `cities`.
 */
export function apiFieldErrors<Field extends string>(
  details: readonly ApiErrorDetail[] | undefined,
  fields: readonly Field[],
): { errors: FieldErrors<Field>; others: string[] } {
  const errors: FieldErrors<Field> = {};
  const others: string[] = [];
  for (const detail of details ?? []) {
    const root = detail.field?.split(/[.[]/)[0];
    const field = fields.find((name) => name === root);
    if (field) errors[field] ??= { message: detail.message };
    else others.push(detail.message);
  }
  return { errors, others };
}

/** The first field with a problem, in the order the form shows them: where focus goes. */
export function firstErrorField<Field extends string>(
  fields: readonly Field[],
  errors: FieldErrors<Field>,
): Field | undefined {
  return fields.find((field) => errors[field] !== undefined);
}
