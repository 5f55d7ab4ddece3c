import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2023-02-30, no time part). */
export function isIsoCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsIsoCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoCalendarDate',
      validator: {
        validate: isIsoCalendarDate,
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}

/**
 * For PATCH fields that may be left out but not cleared: `@IsOptional()` would let `null` through,
 * this validates every value that is present, `null` included.
 */
export function UnlessAbsent(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** Trims text so that "  " counts as empty and names are stored without stray spaces. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
