import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, type ValidationArguments } from 'class-validator';
import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR } from '@lcm/contracts';
import { ApiException } from './api-exception';

const yearMessage = ({ property }: ValidationArguments) =>
  `${property} must be a whole year from ${FIRST_REPORTING_YEAR} to ${LAST_REPORTING_YEAR}`;

/**
 * A whole reporting year; each failure names the field. A query string's year is converted to a number
 * first; a JSON body must send a number (`fromQuery: false`).
 */
export function IsReportingYear({ fromQuery = true }: { fromQuery?: boolean } = {}): PropertyDecorator {
  const checks = [
    IsInt({ message: yearMessage }),
    Min(FIRST_REPORTING_YEAR, { message: yearMessage }),
    Max(LAST_REPORTING_YEAR, { message: yearMessage }),
  ];
  return applyDecorators(...(fromQuery ? [Type(() => Number), ...checks] : checks));
}

/** A 400 naming `from` when a range of years runs backwards; `summary` is the answer's message. */
export function assertYearRange(range: { from?: number; to?: number }, summary: string): void {
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    throw ApiException.validation(summary, [
      { field: 'from', message: `from (${range.from}) is after to (${range.to})` },
    ]);
  }
}
