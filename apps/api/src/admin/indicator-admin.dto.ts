import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  MAX_INDICATOR_DECIMALS,
  type ScoreBandThresholds,
  type UpdateIndicatorRequest,
} from '@lcm/contracts';
import { ScoreBandThresholdsDto } from '../indicators/indicator.dto';
import { Trim, UnlessAbsent } from './admin-validators';

const FINITE = { allowNaN: false, allowInfinity: false };

export class UpdateIndicatorRequestDto implements UpdateIndicatorRequest {
  @ApiPropertyOptional({ example: 'Adults in education and training' })
  @UnlessAbsent()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @UnlessAbsent()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'definition must not be empty' })
  @MaxLength(4000)
  definition?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 60 })
  @IsOptional()
  @IsNumber(FINITE, { message: 'targetValue must be a number' })
  targetValue?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2030 })
  @IsOptional()
  @IsInt({ message: 'targetYear must be a whole year' })
  @Min(FIRST_REPORTING_YEAR)
  @Max(LAST_REPORTING_YEAR)
  targetYear?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Value that scores 100' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'bestBound must be a number' })
  bestBound?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Value that scores 0' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'worstBound must be a number' })
  worstBound?: number | null;

  @ApiPropertyOptional({
    type: ScoreBandThresholdsDto,
    nullable: true,
    description:
      'Colour thresholds of the 0–100 score, falling from achieved to orange; null for the defaults',
  })
  @IsOptional()
  @IsObject({ message: 'scoreBands must be an object with achieved, yellow and orange' })
  @ValidateNested()
  @Type(() => ScoreBandThresholdsDto)
  scoreBands?: ScoreBandThresholds | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Smallest valid value' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'minValue must be a number' })
  minValue?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Largest valid value' })
  @IsOptional()
  @IsNumber(FINITE, { message: 'maxValue must be a number' })
  maxValue?: number | null;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_INDICATOR_DECIMALS, example: 1 })
  @UnlessAbsent()
  @IsInt({ message: 'decimals must be a whole number' })
  @Min(0)
  @Max(MAX_INDICATOR_DECIMALS)
  decimals?: number;
}
