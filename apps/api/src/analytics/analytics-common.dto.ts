import { ApiProperty } from '@nestjs/swagger';
import {
  DIRECTIONS,
  PEER_GROUP_SELECTOR_KINDS,
  POPULATION_BANDS,
  REGION_CODES,
  type AnalyticsCity,
  type AnalyticsIndicator,
  type Direction,
  type PeerGroupDescription,
  type PeerGroupSelectorKind,
  type PopulationBand,
  type RegionCode,
} from '@lcm/contracts';

/** Response parts shared by the analytics, peer-group and local-target answers. */

export class AnalyticsCityDto implements AnalyticsCity {
  @ApiProperty({ example: 'cork' }) slug: string;
  @ApiProperty({ example: 'Cork' }) name: string;
  @ApiProperty({ example: 'IRL' }) countryIso3: string;
  @ApiProperty({ example: 'Ireland' }) countryName: string;
  @ApiProperty({ enum: REGION_CODES }) region: RegionCode;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
}

export class AnalyticsIndicatorDto implements AnalyticsIndicator {
  @ApiProperty({ example: 'SDG_4_3_1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'PT' }) unit: string;
  @ApiProperty({ example: '%' }) unitLabel: string;
  @ApiProperty({ enum: DIRECTIONS }) direction: Direction;
  @ApiProperty() decimals: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Global (SDG) target' }) targetValue:
    number | null;
  @ApiProperty({ type: Number, nullable: true }) targetYear: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Scores 100' }) bestBound: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Scores 0; the network’s 2.5th percentile when none is stored',
  })
  worstBound: number | null;
}

export class PeerGroupSetRefDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class PeerGroupDescriptionDto implements PeerGroupDescription {
  @ApiProperty({ enum: PEER_GROUP_SELECTOR_KINDS }) kind: PeerGroupSelectorKind;
  @ApiProperty({ example: 'region:ENA' }) selector: string;
  @ApiProperty({ enum: REGION_CODES, nullable: true }) region: RegionCode | null;
  @ApiProperty({ type: String, nullable: true, example: 'IRL' }) country: string | null;
  @ApiProperty({ enum: POPULATION_BANDS, nullable: true }) band: PopulationBand | null;
  @ApiProperty({ type: PeerGroupSetRefDto, nullable: true }) set: { id: number; name: string } | null;
  @ApiProperty({ type: String, nullable: true, description: 'Reference city (slug)' }) city: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '`like-mine`: neighbours asked for' })
  k: number | null;
  @ApiProperty({ description: 'Cities in the group, the reference city included' }) cityCount: number;
}
