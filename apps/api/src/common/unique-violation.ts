import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** True when a statement broke a unique constraint: that one constraint, when it is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return (
    driverError.code === UNIQUE_VIOLATION &&
    (constraint === undefined || driverError.constraint === constraint)
  );
}
