import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  REGION_CODES,
  type CityDetail,
  type CityListQuery,
  type CitySummary,
  type RegionCode,
} from '@lcm/contracts';

export class CityListQueryDto implements CityListQuery {
  @ApiPropertyOptional({ enum: REGION_CODES, description: 'UNESCO region' })
  @IsOptional()
  @IsIn(REGION_CODES, { message: `region must be one of ${REGION_CODES.join(', ')}` })
  region?: RegionCode;

  @ApiPropertyOptional({ example: 'IRL', description: 'ISO 3166 alpha-3 country code' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO 3166 alpha-3 code such as IRL' })
  country?: string;

  @ApiPropertyOptional({ description: 'Search in city and country names' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CitySummaryDto implements CitySummary {
  @ApiProperty({ example: 'cork' }) slug: string;
  @ApiProperty({ example: 'Cork' }) name: string;
  @ApiProperty({ example: 'IRL' }) countryIso3: string;
  @ApiProperty({ example: 'Ireland' }) countryName: string;
  @ApiProperty({ enum: REGION_CODES }) region: RegionCode;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: Number, nullable: true }) populationYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) joinedOn: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) leftOn: string | null;
  @ApiProperty({ description: 'Member of the network today' }) isMember: boolean;
}

export class CityDetailDto extends CitySummaryDto implements CityDetail {
  @ApiProperty({ type: [Number], description: 'Years with a submission, newest first' })
  reportingYears: number[];
}
