import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  FIRST_POPULATION_YEAR,
  LAST_REPORTING_YEAR,
  REGION_CODES,
  type CreateCityRequest,
  type RegionCode,
  type UpdateCityRequest,
} from '@lcm/contracts';
import { IsIsoCalendarDate, Trim, UnlessAbsent } from './admin-validators';

/** The `integer` column's upper limit. */
const MAX_POPULATION = 2_147_483_647;
const FINITE = { allowNaN: false, allowInfinity: false };

/** Fields shared by creating and editing a city; all optional and clearable with `null`. */
class CityFactsDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 224_000 })
  @IsOptional()
  @IsInt({ message: 'population must be a whole number' })
  @Min(0)
  @Max(MAX_POPULATION)
  population?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 2022 })
  @IsOptional()
  @IsInt({ message: 'populationYear must be a whole year' })
  @Min(FIRST_POPULATION_YEAR)
  @Max(LAST_REPORTING_YEAR)
  populationYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-06-30' })
  @IsOptional()
  @IsIsoCalendarDate()
  leftOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 51.9 })
  @IsOptional()
  @IsNumber(FINITE, { message: 'latitude must be a number' })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: -8.47 })
  @IsOptional()
  @IsNumber(FINITE, { message: 'longitude must be a number' })
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

export class CreateCityRequestDto extends CityFactsDto implements CreateCityRequest {
  @ApiProperty({ example: 'Cork', description: 'The address (slug) is derived from it' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'IRL', description: 'ISO 3166 alpha-3 country code' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[A-Z]{3}$/, { message: 'countryIso3 must be an ISO 3166 alpha-3 code such as IRL' })
  countryIso3: string;

  @ApiProperty({ example: 'Ireland' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'countryName must not be empty' })
  @MaxLength(120)
  countryName: string;

  @ApiProperty({ enum: REGION_CODES, description: 'UNESCO region' })
  @IsIn(REGION_CODES, { message: `region must be one of ${REGION_CODES.join(', ')}` })
  region: RegionCode;

  @ApiProperty({ type: String, format: 'date', example: '2015-09-01', description: 'Day the city joined' })
  @IsIsoCalendarDate()
  joinedOn: string;
}

export class UpdateCityRequestDto extends CityFactsDto implements UpdateCityRequest {
  @ApiPropertyOptional({ example: 'Cork', description: 'The address (slug) stays as it is' })
  @UnlessAbsent()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2015-09-01' })
  @IsOptional()
  @IsIsoCalendarDate()
  joinedOn?: string | null;
}
