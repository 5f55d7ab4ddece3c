import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DIMENSION_CODES,
  TOTAL_CODE,
  type Availability,
  type CityEquityQuery,
  type CityEquityResponse,
  type DimensionCode,
  type EquityDimension,
} from '@lcm/contracts';
import { parityIndex } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import {
  INDICATOR_COLUMNS,
  requireCity,
  sqlRunnerOf,
  toAnalyticsCity,
  toAnalyticsIndicator,
  type IndicatorRow,
  type SqlRunner,
} from './analytics-sql';
import { valueScope } from './value-scope';

/**
 * The group usually left behind over its reference group (SDG 4.5.1 parity indices). Age has no such
 * pair: its groups are shown against the total only.
 */
export const PARITY_PAIRS: Partial<Record<DimensionCode, { disadvantaged: string; reference: string }>> = {
  SEX: { disadvantaged: 'F', reference: 'M' },
  URBANISATION: { disadvantaged: 'R', reference: 'U' },
  DISABILITY_STATUS: { disadvantaged: 'PD', reference: 'PWD' },
};

interface BreakdownRow {
  year: number;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number;
}

interface GroupLabel {
  dimension: DimensionCode;
  code: string;
  label: string;
}

function codeOf(row: BreakdownRow, dimension: DimensionCode): string {
  switch (dimension) {
    case 'SEX':
      return row.sex;
    case 'AGE':
      return row.age;
    case 'URBANISATION':
      return row.urbanisation;
    case 'DISABILITY_STATUS':
      return row.disabilityStatus;
  }
}

/** "Who is left behind": each group's values of one indicator over time against the total, with parity indices. */
@Injectable()
export class CityEquityService {
  private readonly db: SqlRunner;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.db = sqlRunnerOf(dataSource);
  }

  async equity(slug: string, query: CityEquityQuery, user: AuthUser | null): Promise<CityEquityResponse> {
    const city = await requireCity(this.db, slug);
    const scope = valueScope(user, query.preview, city);
    const [indicator] = await this.db<IndicatorRow>(
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i WHERE i.code = $1`,
      [query.indicator],
    );
    if (!indicator) {
      throw ApiException.validation('Unknown indicator', [
        { field: 'indicator', message: `no indicator with code '${query.indicator}'` },
      ]);
    }
    // Straight from the city's submissions: an index range per city-year, approved ones unless previewing.
    const [rows, labels] = await Promise.all([
      this.db<BreakdownRow>(
        `SELECT s.year, o.sex, o.age, o.urbanisation, o.disability_status AS "disabilityStatus", o.value
         FROM submission s JOIN observation o ON o.submission_id = s.id AND o.indicator_id = $2
         WHERE s.city_id = $1 AND o.value IS NOT NULL AND (s.status = 'approved' OR $3)
         ORDER BY s.year`,
        [city.id, indicator.id, scope.kind !== 'approved'],
      ),
      this.db<GroupLabel>(
        `SELECT dimension_code AS dimension, code, label FROM dimension_value
         WHERE code <> $1 ORDER BY dimension_code, sort_order`,
        [TOTAL_CODE],
      ),
    ]);

    const years = [...new Set(rows.map((row) => row.year))];
    const column = (pick: (row: BreakdownRow) => boolean) =>
      years.map((year) => rows.find((row) => row.year === year && pick(row))?.value ?? null);
    const totalsOnly = (row: BreakdownRow, except: DimensionCode | null) =>
      DIMENSION_CODES.every((dimension) => dimension === except || codeOf(row, dimension) === TOTAL_CODE);

    const dimensions: EquityDimension[] = [];
    for (const dimension of DIMENSION_CODES) {
      if (!indicator.dimensions.includes(dimension)) continue;
      const groups = labels
        .filter((label) => label.dimension === dimension)
        .map((label) => ({
          code: label.code,
          label: label.label,
          values: column((row) => totalsOnly(row, dimension) && codeOf(row, dimension) === label.code),
        }))
        .filter((group) => group.values.some((value) => value !== null));
      if (groups.length === 0) continue;
      const pair = PARITY_PAIRS[dimension];
      const valuesOf = (code: string) => groups.find((group) => group.code === code)?.values;
      const disadvantaged = pair && valuesOf(pair.disadvantaged);
      const reference = pair && valuesOf(pair.reference);
      dimensions.push({
        dimension,
        groups,
        parity:
          pair && disadvantaged && reference
            ? {
                ...pair,
                indices: years.map((_, i) => {
                  const [d, r] = [disadvantaged[i], reference[i]];
                  return d == null || r == null ? null : parityIndex(d, r, indicator.direction);
                }),
              }
            : null,
      });
    }
    return {
      city: toAnalyticsCity(city),
      indicator: toAnalyticsIndicator(indicator),
      preview: scope.kind !== 'approved',
      years,
      total: column((row) => totalsOnly(row, null)),
      availability: this.availability(indicator, rows.length, dimensions.length),
      dimensions,
    };
  }

  private availability(indicator: IndicatorRow, values: number, dimensions: number): Availability {
    if (indicator.dimensions.length === 0) return { status: 'not_available', reason: 'not_disaggregated' };
    if (values === 0) return { status: 'not_available', reason: 'no_data' };
    if (dimensions === 0) return { status: 'not_available', reason: 'no_disaggregated_data' };
    return { status: 'available', reason: null };
  }
}
