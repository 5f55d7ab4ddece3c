import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  AGGREGATIONS,
  DIMENSION_CODES,
  DIRECTIONS,
  FRAMEWORK_CODES,
  type Aggregation,
  type DimensionCode,
  type DimensionDto,
  type DimensionValue,
  type Direction,
  type FrameworkCode,
  type IndicatorDto,
  type IndicatorListQuery,
  type ScoreBandThresholds,
} from '@lcm/contracts';

export class IndicatorListQueryDto implements IndicatorListQuery {
  @ApiPropertyOptional({
    example: 'KF.2.2',
    description: 'Framework node code; indicators under it at any depth',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  node?: string;

  @ApiPropertyOptional({ enum: FRAMEWORK_CODES })
  @IsOptional()
  @IsIn(FRAMEWORK_CODES, { message: `framework must be one of ${FRAMEWORK_CODES.join(', ')}` })
  framework?: FrameworkCode;

  @ApiPropertyOptional({ description: 'Search in code, name and definition' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

const SCORE = { allowNaN: false, allowInfinity: false };

/** Lowest 0–100 score of each colour band; validated when an admin sets them. */
export class ScoreBandThresholdsDto implements ScoreBandThresholds {
  @ApiProperty({ minimum: 0, maximum: 100, example: 90 })
  @IsNumber(SCORE, { message: 'achieved must be a number' })
  @Min(0)
  @Max(100)
  achieved: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 60 })
  @IsNumber(SCORE, { message: 'yellow must be a number' })
  @Min(0)
  @Max(100)
  yellow: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 30 })
  @IsNumber(SCORE, { message: 'orange must be a number' })
  @Min(0)
  @Max(100)
  orange: number;
}

export class IndicatorResponseDto implements IndicatorDto {
  @ApiProperty({ example: 'SDG_4_3_1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() definition: string;
  @ApiProperty({ example: 'PT' }) unit: string;
  @ApiProperty({ example: '%' }) unitLabel: string;
  @ApiProperty({ enum: DIRECTIONS }) direction: Direction;
  @ApiProperty() decimals: number;
  @ApiProperty({ type: Number, nullable: true }) minValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) targetValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) targetYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) baselineYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) bestBound: number | null;
  @ApiProperty({ type: Number, nullable: true }) worstBound: number | null;
  @ApiProperty({
    type: ScoreBandThresholdsDto,
    nullable: true,
    description: 'Colour thresholds of the 0–100 score set for this indicator; null uses the defaults',
  })
  scoreBands: ScoreBandThresholds | null;
  @ApiProperty({ enum: DIMENSION_CODES, isArray: true }) dimensions: DimensionCode[];
  @ApiProperty({ enum: AGGREGATIONS }) aggregation: Aggregation;
  @ApiProperty({ type: String, nullable: true, example: 'SE_ADT_EDUCTRN' }) sdgSeriesCode: string | null;
  @ApiProperty({ type: [String], example: ['KF.2.2', 'SDG.4.3.1'] }) frameworkNodes: string[];
}

export class DimensionValueResponseDto implements DimensionValue {
  @ApiProperty({ example: 'F' }) code: string;
  @ApiProperty({ example: 'Female' }) label: string;
}

export class DimensionResponseDto implements DimensionDto {
  @ApiProperty({ enum: DIMENSION_CODES }) code: DimensionCode;
  @ApiProperty() name: string;
  @ApiProperty({ type: [DimensionValueResponseDto] }) values: DimensionValue[];
}
