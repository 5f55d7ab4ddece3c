import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  DEFAULT_PROGRESS_BASE_YEAR,
  LAST_REPORTING_YEAR,
  LOCAL_TARGET_STATUSES,
  type LocalTargetIndicator,
  type LocalTargetDto,
  type LocalTargetsQuery,
  type LocalTargetStatus,
  type PendingLocalTargetDto,
  type ProposeLocalTargetRequest,
  type ReviewLocalTargetRequest,
} from '@lcm/contracts';
import { AnalyticsIndicatorDto } from '../analytics/analytics-common.dto';

const DECISIONS = ['confirmed', 'rejected'] as const;

export class LocalTargetsQueryDto implements LocalTargetsQuery {
  @ApiPropertyOptional({ example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;
}

export class ProposeLocalTargetDto implements ProposeLocalTargetRequest {
  @ApiProperty({ example: 'SDG_4_3_1' })
  @IsString()
  @MaxLength(50)
  indicator: string;

  @ApiProperty({ example: 35 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'targetValue must be a number' })
  targetValue: number;

  @ApiProperty({ example: 2030, description: 'After the base year of progress measures (2015)' })
  @IsInt({ message: 'targetYear must be a whole year' })
  @Min(DEFAULT_PROGRESS_BASE_YEAR + 1)
  @Max(LAST_REPORTING_YEAR)
  targetYear: number;

  @ApiPropertyOptional({ example: 'Council decision 2025/14, lifelong-learning strategy 2025–2030' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReviewLocalTargetDto implements ReviewLocalTargetRequest {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS, { message: `status must be one of ${DECISIONS.join(', ')}` })
  status: (typeof DECISIONS)[number];

  @ApiPropertyOptional({ description: 'Required to reject: why' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class LocalTargetResponseDto implements LocalTargetDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty({ example: 'SDG_4_3_1' }) indicator: string;
  @ApiProperty() targetValue: number;
  @ApiProperty() targetYear: number;
  @ApiProperty({ enum: LOCAL_TARGET_STATUSES }) status: LocalTargetStatus;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'Display name of the proposer' }) proposedBy: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiProperty({ type: String, nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
  @ApiProperty({ description: 'The confirmed target progress is measured against' }) inUse: boolean;
}

export class LocalTargetIndicatorDto
  extends PickType(AnalyticsIndicatorDto, ['code', 'name', 'unitLabel', 'decimals'] as const)
  implements LocalTargetIndicator {}

export class PendingLocalTargetResponseDto
  extends OmitType(LocalTargetResponseDto, ['indicator'] as const)
  implements PendingLocalTargetDto
{
  @ApiProperty({ example: 'Cork' }) cityName: string;
  @ApiProperty({ type: LocalTargetIndicatorDto, description: 'Named in the reader’s language' })
  indicator: LocalTargetIndicatorDto;
}
