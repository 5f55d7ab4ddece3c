import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AUDIT_ACTIONS,
  REGION_CODES,
  REMINDER_CHANNELS,
  REPORTING_STATUSES,
  ROLES,
  SUBMISSION_STATUSES,
  type AuditAction,
  type AuditedValue,
  type AuditEventDto,
  type CommentAuthor,
  type CreateCommentRequest,
  type CycleConsoleQuery,
  type CycleConsoleResponse,
  type CycleConsoleRow,
  type Disaggregation,
  type HistoryQuery,
  type ObservationDto,
  type RegionCode,
  type ReminderChannel,
  type ReminderDto,
  type ReportingCycleDto,
  type ReportingStatus,
  type ReviewCommentDto,
  type Role,
  type SendRemindersRequest,
  type SetReportingCycleRequest,
  type StaleVersionError,
  type SubmissionDetail,
  type SubmissionStatus,
  type TransitionRequest,
} from '@lcm/contracts';
import { ApiErrorDto } from '../common/api-error.dto';
import { ObservationResponseDto } from '../observations/observation.dto';

/** Longest review comment, transition comment or reason accepted. */
const MAX_NOTE_LENGTH = 4000;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DISAGGREGATION_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { type: 'string' },
  example: { SEX: 'F' },
};

export class CommentAuthorDto implements CommentAuthor {
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class ReviewCommentResponseDto implements ReviewCommentDto {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a comment on the whole submission' })
  indicator: string | null;
  @ApiProperty({ ...DISAGGREGATION_SCHEMA, nullable: true }) disaggregation: Disaggregation | null;
  @ApiProperty() body: string;
  @ApiProperty({ type: CommentAuthorDto }) author: CommentAuthor;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
  @ApiPropertyOptional({ type: () => [ReviewCommentResponseDto] }) answers?: ReviewCommentDto[];
}

export class SubmissionDetailDto implements SubmissionDetail {
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ enum: REPORTING_STATUSES }) status: ReportingStatus;
  @ApiProperty({ description: 'Send back with saves and status changes; 0 while nothing was saved' })
  version: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({ enum: SUBMISSION_STATUSES, isArray: true }) allowedTransitions: SubmissionStatus[];
  @ApiProperty({ type: [ObservationResponseDto] }) observations: ObservationDto[];
  @ApiProperty({ type: [ReviewCommentResponseDto] }) comments: ReviewCommentDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) createdAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) approvedAt: string | null;
}

export class StaleVersionErrorDto extends ApiErrorDto implements StaleVersionError {
  @ApiProperty({ enum: ['CONFLICT'] }) declare code: 'CONFLICT';
  @ApiProperty({ type: SubmissionDetailDto }) current: SubmissionDetail;
}

export class TransitionRequestDto implements TransitionRequest {
  @ApiProperty({ enum: SUBMISSION_STATUSES })
  @IsIn(SUBMISSION_STATUSES, { message: `to must be one of ${SUBMISSION_STATUSES.join(', ')}` })
  to: SubmissionStatus;

  @ApiProperty({ description: 'The version the caller last saw' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0)
  version: number;

  @ApiPropertyOptional({ description: 'Required to reopen an approved submission' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  reason?: string;

  @ApiPropertyOptional({ description: 'Required to return a submission; posted on the whole submission' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  comment?: string;
}

export class CreateCommentRequestDto implements CreateCommentRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_NOTE_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body: string;

  @ApiPropertyOptional({ example: 'SDG_4_3_1', description: 'Leave out to comment on the whole submission' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;

  @ApiPropertyOptional(DISAGGREGATION_SCHEMA)
  @IsOptional()
  @IsObject({ message: 'disaggregation must be an object such as {"SEX":"F"}' })
  disaggregation?: Disaggregation;

  @ApiPropertyOptional({ example: '42', description: 'The comment this one answers' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'parentId must be the id of a comment' })
  parentId?: string;
}

export class HistoryQueryDto implements HistoryQuery {
  @ApiPropertyOptional({ example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;

  @ApiPropertyOptional({ example: 'SEX=F', description: 'Disaggregation key, or `total`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  disaggregation?: string;
}

export class AuditedValueDto implements AuditedValue {
  @ApiPropertyOptional({ type: Number, nullable: true }) value?: number | null;
  @ApiProperty({ example: 'A', description: 'Observation status, or submission status for status changes' })
  status: AuditedValue['status'];
  @ApiPropertyOptional({ type: String, nullable: true }) source?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) comment?: string | null;
}

export class AuditEventResponseDto implements AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ description: 'Display name or e-mail of who acted' }) actor: string;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ type: String, nullable: true }) indicator: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'SEX=F' }) disaggregation: string | null;
  @ApiProperty({ type: AuditedValueDto, nullable: true }) oldValue: AuditedValue | null;
  @ApiProperty({ type: AuditedValueDto, nullable: true }) newValue: AuditedValue | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class ReportingCycleResponseDto implements ReportingCycleDto {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ format: 'date', example: '2026-01-15' }) opensOn: string;
  @ApiProperty({ format: 'date', example: '2026-04-30' }) deadline: string;
}

export class SetReportingCycleRequestDto implements SetReportingCycleRequest {
  @ApiProperty({ format: 'date', example: '2026-01-15' })
  @IsString()
  @Matches(ISO_DATE, { message: 'opensOn must be a date like 2026-01-15' })
  opensOn: string;

  @ApiProperty({ format: 'date', example: '2026-04-30' })
  @IsString()
  @Matches(ISO_DATE, { message: 'deadline must be a date like 2026-04-30' })
  deadline: string;
}

export class CycleConsoleQueryDto implements CycleConsoleQuery {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES, { message: `region must be one of ${REGION_CODES.join(', ')}` })
  region?: RegionCode;

  @ApiPropertyOptional({ enum: REPORTING_STATUSES })
  @IsOptional()
  @IsIn(REPORTING_STATUSES, { message: `status must be one of ${REPORTING_STATUSES.join(', ')}` })
  status?: ReportingStatus;
}

export class CycleConsoleRowDto implements CycleConsoleRow {
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: REGION_CODES }) region: RegionCode;
  @ApiProperty({ enum: REPORTING_STATUSES }) status: ReportingStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ description: 'Indicators without a reported headline value' }) missingIndicators: number;
}

export class CycleConsoleResponseDto implements CycleConsoleResponse {
  @ApiProperty() year: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) deadline: string | null;
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(REPORTING_STATUSES.map((status) => [status, { type: 'integer' }])),
    description: 'Cities per status within the region filter',
  })
  counts: Record<ReportingStatus, number>;
  @ApiProperty({ type: [CycleConsoleRowDto] }) rows: CycleConsoleRow[];
}

export class SendRemindersRequestDto implements SendRemindersRequest {
  @ApiProperty({ type: [String], example: ['cork', 'medellin'] })
  @IsArray({ message: 'cities must be a list of city slugs' })
  @ArrayNotEmpty({ message: 'cities must name at least one city' })
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  cities: string[];
}

export class ReminderResponseDto implements ReminderDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ description: 'Who sent it' }) sentBy: string;
  @ApiProperty({ enum: REMINDER_CHANNELS }) channel: ReminderChannel;
  @ApiProperty({ type: [String] }) recipients: string[];
}
