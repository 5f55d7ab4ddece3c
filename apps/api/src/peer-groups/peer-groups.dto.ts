import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  MAX_LIKE_MINE_COUNT,
  type AnalyticsCity,
  type PeerGroupDescription,
  type PeerGroupQuery,
  type PeersQuery,
  type PeersResponse,
  type SavedPeerGroupDto,
  type SavePeerGroupRequest,
} from '@lcm/contracts';
import { AnalyticsCityDto, PeerGroupDescriptionDto } from '../analytics/analytics-common.dto';

/** The `peers` and `k` query parameters, shared by every query that takes a peer group. */
export class PeerGroupQueryDto implements PeerGroupQuery {
  @ApiPropertyOptional({
    example: 'region',
    description:
      '`region`, `country`, `band` or `like-mine` of the reference city; `region:APA`, `country:IRL`, ' +
      '`band:1M_5M`, `set:<id>` (a saved peer group) or `all`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  peers?: string;

  @ApiPropertyOptional({ example: 10, description: '`like-mine`: neighbours besides the reference city' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'k must be a whole number' })
  @Min(1)
  @Max(MAX_LIKE_MINE_COUNT)
  k?: number;
}

export class PeersQueryDto extends PeerGroupQueryDto implements PeersQuery {
  @ApiPropertyOptional({ example: 'cork', description: 'Reference city (slug)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;
}

export class PeersResponseDto implements PeersResponse {
  @ApiProperty({ type: PeerGroupDescriptionDto }) group: PeerGroupDescription;
  @ApiProperty({ type: [AnalyticsCityDto] }) cities: AnalyticsCity[];
}

export class SavePeerGroupDto implements SavePeerGroupRequest {
  @ApiProperty({ example: 'Port cities' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [String], example: ['cork', 'bristol'], description: 'City slugs' })
  @IsArray()
  @ArrayMinSize(1, { message: 'cities must name at least one city' })
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  cities: string[];
}

class PeerGroupOwnerDto {
  @ApiProperty() displayName: string;
}

export class SavedPeerGroupResponseDto implements SavedPeerGroupDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: PeerGroupOwnerDto }) owner: { displayName: string };
  @ApiProperty({ description: 'The caller may change or delete it' }) editable: boolean;
  @ApiProperty({ type: [AnalyticsCityDto] }) cities: AnalyticsCity[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
