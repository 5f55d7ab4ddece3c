import { Injectable, type PipeTransform } from '@nestjs/common';
import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR } from '@lcm/contracts';
import { ApiException } from './api-exception';

/** A reporting year in a path: a whole number within the years the product accepts. */
@Injectable()
export class ReportingYearPipe implements PipeTransform<string, number> {
  transform(raw: string): number {
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    if (!(year >= FIRST_REPORTING_YEAR && year <= LAST_REPORTING_YEAR)) {
      throw ApiException.validation('Invalid reporting year', [
        {
          field: 'year',
          message: `year must be a whole year from ${FIRST_REPORTING_YEAR} to ${LAST_REPORTING_YEAR}, got '${raw}'`,
        },
      ]);
    }
    return year;
  }
}
