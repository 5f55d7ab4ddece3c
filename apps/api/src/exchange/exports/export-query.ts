import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  EXPORT_FORMATS,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  TEMPLATE_FORMATS,
  type ExportFormat,
  type ExportQuery,
  type TemplateFormat,
} from '@lcm/contracts';
import { ApiException } from '../../common/api-exception';

export class ExportQueryDto implements ExportQuery {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format: ExportFormat;

  @ApiPropertyOptional({ description: 'City slugs, comma-separated', example: 'bristol,cork' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  cities?: string;

  @ApiPropertyOptional({ description: 'Indicator codes, comma-separated', example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  indicators?: string;

  @ApiPropertyOptional({ description: 'Years and ranges, comma-separated', example: '2015,2018-2020' })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  years?: string;

  @ApiPropertyOptional({
    description:
      'true adds values not yet approved, for cities whose unapproved values the caller may see (signed in only)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unapproved must be true or false' })
  unapproved?: boolean;
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: TEMPLATE_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(TEMPLATE_FORMATS, { message: `format must be one of ${TEMPLATE_FORMATS.join(', ')}` })
  format?: TemplateFormat;
}

/** `a, b,,c` → `['a', 'b', 'c']`, without repeats; undefined when nothing is listed. */
export function listOf(text: string | undefined): string[] | undefined {
  const items = [
    ...new Set(
      (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  return items.length ? items : undefined;
}

/** Years and ranges (`2015,2018-2020`) as the list of years, each within the reporting years. */
export function yearsOf(text: string | undefined): number[] | undefined {
  const items = listOf(text);
  if (!items) return undefined;
  const years = new Set<number>();
  for (const item of items) {
    const match = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(item);
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from > to || from < FIRST_REPORTING_YEAR || to > LAST_REPORTING_YEAR) {
      throw ApiException.validation('Invalid years', [
        {
          field: 'years',
          message: `'${item}' is not a year or a range like 2015-2020 between ${FIRST_REPORTING_YEAR} and ${LAST_REPORTING_YEAR}`,
        },
      ]);
    }
    for (let year = from; year <= to; year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
