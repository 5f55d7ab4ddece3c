import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  PEER_GROUP_KINDS,
  PLAUSIBILITY_WARNING_KINDS,
  POPULATION_BANDS,
  REGION_CODES,
  type Disaggregation,
  type PeerGroup,
  type PeerGroupKind,
  type PeerPosition,
  type PeerSummary,
  type PlausibilityCheck,
  type PlausibilityQuery,
  type PlausibilityResponse,
  type PlausibilityRow,
  type PlausibilityThresholds,
  type PlausibilityWarning,
  type PlausibilityWarningKind,
  type YearValue,
} from '@lcm/contracts';

export class PlausibilityQueryDto implements PlausibilityQuery {
  @ApiPropertyOptional({ example: 'SDG_4_3_1', description: 'One indicator; all when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;

  @ApiPropertyOptional({ enum: PEER_GROUP_KINDS, default: 'region' })
  @IsOptional()
  @IsIn(PEER_GROUP_KINDS, { message: `peers must be one of ${PEER_GROUP_KINDS.join(', ')}` })
  peers?: PeerGroupKind;
}

export class YearValueDto implements YearValue {
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({ example: 31.2 }) value: number;
}

export class PeerSummaryDto implements PeerSummary {
  @ApiProperty({ description: 'The reporting year, or the latest earlier one with approved peer values' })
  year: number;
  @ApiProperty() count: number;
  @ApiProperty() median: number;
  @ApiProperty({ description: 'Lower quartile' }) q1: number;
  @ApiProperty({ description: 'Upper quartile' }) q3: number;
  @ApiProperty({ type: [Number], description: 'Peer values, ascending, without city names' })
  values: number[];
}

export class PeerPositionDto implements PeerPosition {
  @ApiProperty({ description: 'Share of peer values below, ties counting half (0–100)' }) percentile: number;
  @ApiProperty({ description: '1 for the highest value' }) rank: number;
  @ApiProperty({ description: 'Cities ranked: the peers and the city itself' }) of: number;
  @ApiProperty() median: number;
}

export class PlausibilityWarningDto implements PlausibilityWarning {
  @ApiProperty({ enum: PLAUSIBILITY_WARNING_KINDS }) kind: PlausibilityWarningKind;
  @ApiProperty({ description: 'The robust z-score, or the change in percent' }) measure: number;
  @ApiProperty() threshold: number;
}

export class PlausibilityCheckDto implements PlausibilityCheck {
  @ApiProperty() value: number;
  @ApiProperty({ type: YearValueDto, nullable: true }) previous: YearValue | null;
  @ApiProperty({ type: Number, nullable: true }) change: number | null;
  @ApiProperty({ type: Number, nullable: true }) changePercent: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '0.6745·(value − median)/MAD of the history' })
  robustZ: number | null;
  @ApiProperty({ type: PeerPositionDto, nullable: true }) peerPosition: PeerPosition | null;
  @ApiProperty({ type: [PlausibilityWarningDto], description: 'Each asks for a comment; none blocks' })
  warnings: PlausibilityWarning[];
}

export class PlausibilityRowDto implements PlausibilityRow {
  @ApiProperty({ example: 'SDG_4_3_1' }) indicator: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { SEX: 'F' } })
  disaggregation: Disaggregation;
  @ApiProperty({
    type: [YearValueDto],
    description: 'The five years before the reporting year, oldest first',
  })
  history: YearValue[];
  @ApiProperty({ type: Number, nullable: true }) current: number | null;
  @ApiProperty({ type: PeerSummaryDto, nullable: true }) peers: PeerSummary | null;
  @ApiProperty({ type: PlausibilityCheckDto, nullable: true }) check: PlausibilityCheck | null;
}

/** Documents the peer group; `region` or `band` is set according to `kind`. */
export class PeerGroupDto {
  @ApiProperty({ enum: PEER_GROUP_KINDS }) kind: PeerGroupKind;
  @ApiPropertyOptional({ enum: REGION_CODES }) region?: string;
  @ApiPropertyOptional({ enum: POPULATION_BANDS }) band?: string;
}

export class PlausibilityThresholdsDto implements PlausibilityThresholds {
  @ApiProperty({ example: 3.5 }) maxRobustZ: number;
  @ApiProperty({ example: 50 }) maxChangePercent: number;
}

export class PlausibilityResponseDto implements PlausibilityResponse {
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ type: PeerGroupDto }) peerGroup: PeerGroup;
  @ApiProperty({ type: PlausibilityThresholdsDto }) thresholds: PlausibilityThresholds;
  @ApiProperty({ type: [PlausibilityRowDto] }) rows: PlausibilityRow[];
}
