import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  OBSERVATION_STATUSES,
  SUBMISSION_STATUSES,
  type CityObservationsQuery,
  type CityObservationsResponse,
  type Disaggregation,
  type ObservationDto,
  type ObservationInput,
  type ObservationStatus,
  type SaveObservationsRequest,
  type SaveObservationsResponse,
  type SubmissionStatus,
  type SubmissionSummary,
} from '@lcm/contracts';

const DISAGGREGATION_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { type: 'string' },
  example: { SEX: 'F' },
  description:
    'Dimension codes (SEX, AGE, URBANISATION, DISABILITY_STATUS); a dimension left out is its total `_T`',
};

export class CityObservationsQueryDto implements CityObservationsQuery {
  @ApiPropertyOptional({ example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(FIRST_REPORTING_YEAR)
  @Max(LAST_REPORTING_YEAR)
  year?: number;

  @ApiPropertyOptional({ example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;
}

export class ObservationResponseDto implements ObservationDto {
  @ApiProperty({ example: 'SDG_4_3_1' }) indicator: string;
  @ApiProperty({ example: 2023 }) year: number;
  @ApiProperty(DISAGGREGATION_SCHEMA) disaggregation: Disaggregation;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ enum: OBSERVATION_STATUSES }) status: ObservationStatus;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class SubmissionSummaryDto implements SubmissionSummary {
  @ApiProperty() year: number;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CityObservationsResponseDto implements CityObservationsResponse {
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty({ type: [SubmissionSummaryDto] }) submissions: SubmissionSummary[];
  @ApiProperty({ type: [ObservationResponseDto] }) observations: ObservationDto[];
}

/** Documents the body for OpenAPI; the body itself is checked by the shared rules of @lcm/domain. */
export class ObservationInputDto implements ObservationInput {
  @ApiProperty({ example: 'SDG_4_3_1' }) indicator: string;
  @ApiPropertyOptional(DISAGGREGATION_SCHEMA) disaggregation?: Disaggregation;
  @ApiProperty({ type: Number, nullable: true, example: 28.4 }) value: number | null;
  @ApiPropertyOptional({ enum: OBSERVATION_STATUSES, default: 'A' }) status?: ObservationStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) source?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) comment?: string | null;
}

export class SaveObservationsRequestDto implements SaveObservationsRequest {
  @ApiPropertyOptional({
    example: 3,
    description: 'The submission version the editor started from; 0 or left out only while none exists',
  })
  version?: number;
  @ApiProperty({ type: [ObservationInputDto] }) observations: ObservationInput[];
}

export class SaveObservationsResponseDto implements SaveObservationsResponse {
  @ApiProperty() city: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: SubmissionSummaryDto }) submission: SubmissionSummary;
  @ApiProperty({ description: 'Values that changed (added or updated); unchanged ones are not written' })
  saved: number;
}
