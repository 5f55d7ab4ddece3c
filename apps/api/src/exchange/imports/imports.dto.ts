import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  FIRST_REPORTING_YEAR,
  IMPORT_CHANGE_KINDS,
  IMPORT_FORMATS,
  IMPORT_JOB_STATUSES,
  IMPORT_REPORT_KINDS,
  LAST_REPORTING_YEAR,
  type ImportChangeKind,
  type ImportCounts,
  type ImportFormat,
  type ImportJobDto,
  type ImportJobStatus,
  type ImportProgress,
  type ImportReportKind,
  type ImportReportQuery,
} from '@lcm/contracts';

/** The multipart form of an upload, for the OpenAPI description. */
export class ImportUploadFormDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV (UTF-8) or XLSX, at most 200 MB' })
  file: unknown;

  @ApiProperty({ example: 'bristol', description: 'Slug of the city the values belong to' })
  city: string;

  @ApiPropertyOptional({ example: 2024, description: 'Year for template rows that leave the year blank' })
  defaultYear?: number;

  @ApiPropertyOptional({
    example: 'SDG_4_6_1_LIT',
    description:
      'Code of the indicator an Open SDG file is for, when its file name does not name one unambiguously ' +
      '(indicator_4-6-1.csv is measured by SDG_4_6_1_LIT and SDG_4_6_1_NUM). Left out, the indicator is taken ' +
      'from the file; a job whose dry run failed for want of it has indicatorChoiceNeeded set. Unknown codes answer 400.',
  })
  indicator?: string;
}

class ImportProgressDto implements ImportProgress {
  @ApiProperty() rowsProcessed: number;
  @ApiProperty() bytesProcessed: number;
  @ApiProperty() bytesTotal: number;
}

class ImportCountsDto implements ImportCounts {
  @ApiProperty() rows: number;
  @ApiProperty() accepted: number;
  @ApiProperty() rejected: number;
  @ApiProperty() conflicting: number;
  @ApiProperty() new: number;
  @ApiProperty() changed: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() deleted: number;
}

export class ImportJobResponseDto implements ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'bristol' }) city: string;
  @ApiProperty({ example: 'Bristol' }) cityName: string;
  @ApiProperty({ example: 'indicator_4-3-1.csv' }) fileName: string;
  @ApiProperty({ description: 'SHA-256 of the file, hexadecimal' }) fileHash: string;
  @ApiProperty({ enum: IMPORT_FORMATS, nullable: true, type: String }) format: ImportFormat | null;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES }) status: ImportJobStatus;
  @ApiProperty({ type: Number, nullable: true }) defaultYear: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'SDG_4_6_1_LIT',
    description: 'Indicator chosen at upload; null when taken from the file',
  })
  indicator: string | null;
  @ApiProperty({
    description:
      'The file does not name its indicator unambiguously and none was chosen: upload it again with the indicator field',
  })
  indicatorChoiceNeeded: boolean;
  @ApiProperty({ type: ImportProgressDto }) progress: ImportProgress;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCounts;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: String, nullable: true }) problem: string | null;
  @ApiProperty() canCommit: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dryRunFinishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) committedAt: string | null;
}

export class ImportCommitResponseDto {
  @ApiProperty({ type: ImportJobResponseDto }) job: ImportJobDto;
  @ApiProperty({ description: 'Observations added, changed and deleted' }) written: number;
}

export class ImportReportQueryDto implements ImportReportQuery {
  @ApiProperty({ enum: IMPORT_REPORT_KINDS })
  @IsIn(IMPORT_REPORT_KINDS, { message: `kind must be one of ${IMPORT_REPORT_KINDS.join(', ')}` })
  kind: ImportReportKind;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(1000)
  pageSize?: number;

  @ApiPropertyOptional({ example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  indicator?: string;

  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole year' })
  @Min(FIRST_REPORTING_YEAR)
  @Max(LAST_REPORTING_YEAR)
  year?: number;

  @ApiPropertyOptional({ enum: IMPORT_CHANGE_KINDS })
  @IsOptional()
  @IsIn(IMPORT_CHANGE_KINDS, { message: `change must be one of ${IMPORT_CHANGE_KINDS.join(', ')}` })
  change?: ImportChangeKind;
}

export class ImportReportPageDto {
  @ApiProperty({ enum: IMPORT_REPORT_KINDS }) kind: ImportReportKind;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiPropertyOptional({ description: 'Rejected rows only: problems kept for listing (all are counted)' })
  stored?: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description:
      'accepted/changes: { row, indicator, year, disaggregation, value, status, source, comment, timeDetail, change, storedValue, storedStatus }; ' +
      'rejected: { row, column, reason }; conflicts: { indicator, year, disaggregation, rows: [{ row, value }] }',
  })
  items: unknown[];
}
