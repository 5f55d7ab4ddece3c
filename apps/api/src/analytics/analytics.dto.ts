import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ANALYTICS_UNAVAILABLE_REASONS,
  DIMENSION_CODES,
  FRAMEWORK_CODES,
  OBSERVATION_STATUSES,
  PARITY_BANDS,
  PROGRESS_METHODS,
  PROGRESS_STATUSES,
  PROGRESS_TRANSFORMS,
  PROGRESS_UNAVAILABLE_REASONS,
  REGION_CODES,
  REPORTING_STATUSES,
  SCORE_BANDS,
  type AnalyticsCity,
  type AnalyticsIndicator,
  type AnalyticsPreviewQuery,
  type AnalyticsUnavailableReason,
  type Availability,
  type CityCompositesQuery,
  type CityCompositesResponse,
  type CityEquityQuery,
  type CityEquityResponse,
  type CityProgressQuery,
  type CityProgressResponse,
  type CityProgressRow,
  type ComparisonCityRow,
  type CompositeIndicatorScore,
  type CompositeNodeScore,
  type CompositeScore,
  type DatedValue,
  type DimensionCode,
  type EquityDimension,
  type EquityGroup,
  type FrameworkCode,
  type IndicatorComparisonQuery,
  type IndicatorComparisonResponse,
  type LocalTargetProgress,
  type NetworkIndicatorOverview,
  type NetworkOverviewQuery,
  type NetworkOverviewResponse,
  type ObservationStatus,
  type ParityBand,
  type ParityIndex,
  type PeerGroupDescription,
  type PeerStanding,
  type ProgressMeasure,
  type ProgressMethod,
  type ProgressStatus,
  type ProgressTransform,
  type ProgressUnavailableReason,
  type RegionCode,
  type ReportingStatus,
  type ScoreBand,
  type ValueDistribution,
} from '@lcm/contracts';
import { IsReportingYear } from '../common/reporting-year';
import { PeerGroupQueryDto } from '../peer-groups/peer-groups.dto';
import { AnalyticsCityDto, AnalyticsIndicatorDto, PeerGroupDescriptionDto } from './analytics-common.dto';

// ---------------------------------------------------------------------------------------------------
// Queries

/** `preview=true|false` in a query string. */
export class AnalyticsPreviewQueryDto implements AnalyticsPreviewQuery {
  @ApiPropertyOptional({
    description: 'Include values not yet approved (network staff; a city’s own people for their city)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'preview must be true or false' })
  preview?: boolean;
}

const METHOD_MESSAGE = `method must be one of ${PROGRESS_METHODS.join(', ')}`;

export class CityProgressQueryDto
  extends IntersectionType(PeerGroupQueryDto, AnalyticsPreviewQueryDto)
  implements CityProgressQuery
{
  @ApiPropertyOptional({ enum: PROGRESS_METHODS, default: 'open-sdg' })
  @IsOptional()
  @IsIn(PROGRESS_METHODS, { message: METHOD_MESSAGE })
  method?: ProgressMethod;
}

export class IndicatorComparisonQueryDto
  extends IntersectionType(PeerGroupQueryDto, AnalyticsPreviewQueryDto)
  implements IndicatorComparisonQuery
{
  @ApiPropertyOptional({ example: 'cork,bristol,espoo', description: 'City slugs; or a peer group in peers' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  cities?: string;

  @ApiPropertyOptional({
    example: 'cork',
    description: 'Reference city of peers=region, country, band, like-mine',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 2015 })
  @IsOptional()
  @IsReportingYear()
  from?: number;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @IsReportingYear()
  to?: number;

  @ApiPropertyOptional({ enum: PROGRESS_METHODS, default: 'open-sdg' })
  @IsOptional()
  @IsIn(PROGRESS_METHODS, { message: METHOD_MESSAGE })
  method?: ProgressMethod;
}

export class CityCompositesQueryDto extends AnalyticsPreviewQueryDto implements CityCompositesQuery {
  @ApiPropertyOptional({ enum: FRAMEWORK_CODES, default: 'KFLC' })
  @IsOptional()
  @IsIn(FRAMEWORK_CODES, { message: `framework must be one of ${FRAMEWORK_CODES.join(', ')}` })
  framework?: FrameworkCode;

  @ApiPropertyOptional({ example: 2024, description: 'Latest values up to this year' })
  @IsOptional()
  @IsReportingYear()
  year?: number;
}

export class CityEquityQueryDto extends AnalyticsPreviewQueryDto implements CityEquityQuery {
  @ApiProperty({ example: 'SDG_4_1_2_LSEC' })
  @IsString({ message: 'indicator is required: the code of the indicator to break down' })
  @MaxLength(50)
  indicator: string;
}

export class NetworkOverviewQueryDto implements NetworkOverviewQuery {
  @ApiPropertyOptional({
    example: 2024,
    description: 'By default the latest year at least half as many cities reported as the best-covered one',
  })
  @IsOptional()
  @IsReportingYear()
  year?: number;
}

// ---------------------------------------------------------------------------------------------------
// Method results

export class ProgressMeasureDto implements ProgressMeasure {
  @ApiProperty({ enum: PROGRESS_METHODS }) method: ProgressMethod;
  @ApiProperty({ enum: PROGRESS_STATUSES }) status: ProgressStatus;
  @ApiProperty({ enum: PROGRESS_UNAVAILABLE_REASONS, nullable: true, description: 'Why not available' })
  reason: ProgressUnavailableReason | null;
  @ApiProperty({ type: Number, nullable: true, description: 'open-sdg −5…+5; unsd 1…3' }) score:
    number | null;
  @ApiProperty({ enum: ['target', 'trend'] }) basis: 'target' | 'trend';
  @ApiProperty({ type: Number, nullable: true }) targetValue: number | null;
  @ApiProperty() targetYear: number;
  @ApiProperty({ type: Number, nullable: true }) baseYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) baseValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) latestYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) latestValue: number | null;
  @ApiProperty() targetAchieved: boolean;
  @ApiProperty({ enum: PROGRESS_TRANSFORMS, nullable: true }) transform: ProgressTransform | null;
  @ApiProperty({ type: Number, nullable: true }) cagrObserved: number | null;
  @ApiProperty({ type: Number, nullable: true }) cagrRequired: number | null;
  @ApiProperty({ type: Number, nullable: true }) progressValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) limitScaling: number | null;
  @ApiProperty({ type: Number, nullable: true }) projectedValue: number | null;
}

export class PeerStandingDto implements PeerStanding {
  @ApiProperty({ description: '1 for the best value; ties share a rank' }) rank: number;
  @ApiProperty({ description: 'Cities ranked, the city included' }) of: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the others doing worse (0–100)' })
  percentile: number | null;
}

export class DatedValueDto implements DatedValue {
  @ApiProperty({ description: 'The data year' }) year: number;
  @ApiProperty() value: number;
  @ApiProperty({ enum: OBSERVATION_STATUSES }) status: ObservationStatus;
}

export class AvailabilityDto {
  @ApiProperty({ enum: ['available', 'not_available'] }) status: Availability['status'];
  @ApiProperty({ enum: ANALYTICS_UNAVAILABLE_REASONS, nullable: true })
  reason: AnalyticsUnavailableReason | null;
}

// ---------------------------------------------------------------------------------------------------
// City progress

export class LocalTargetProgressDto implements LocalTargetProgress {
  @ApiProperty() targetId: number;
  @ApiProperty() targetValue: number;
  @ApiProperty() targetYear: number;
  @ApiProperty({ type: ProgressMeasureDto }) measure: ProgressMeasure;
}

export class CityProgressRowDto implements CityProgressRow {
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty({ type: DatedValueDto, nullable: true }) latest: DatedValue | null;
  @ApiProperty({ type: Number, nullable: true, description: '0–100' }) score: number | null;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ type: PeerStandingDto, nullable: true }) standing: PeerStanding | null;
  @ApiProperty({ type: ProgressMeasureDto, description: 'Toward the global 2030 target' })
  globalProgress: ProgressMeasure;
  @ApiProperty({
    type: LocalTargetProgressDto,
    nullable: true,
    description: 'Toward the confirmed local target',
  })
  localProgress: LocalTargetProgress | null;
}

export class CityProgressResponseDto implements CityProgressResponse {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty({ enum: PROGRESS_METHODS }) method: ProgressMethod;
  @ApiProperty({ type: PeerGroupDescriptionDto }) peers: PeerGroupDescription;
  @ApiProperty({ description: 'Values not yet approved are included' }) preview: boolean;
  @ApiProperty({ type: [CityProgressRowDto] }) indicators: CityProgressRow[];
}

// ---------------------------------------------------------------------------------------------------
// Indicator comparison

export class ComparisonLatestDto extends DatedValueDto {
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ type: PeerStandingDto, nullable: true }) standing: PeerStanding | null;
}

export class ComparisonCityRowDto implements ComparisonCityRow {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty({ type: [Number], nullable: true, description: 'One per year of `years`; missing stays null' })
  values: (number | null)[];
  @ApiProperty({ enum: OBSERVATION_STATUSES, isArray: true, nullable: true, description: 'One per year' })
  statuses: (ObservationStatus | null)[];
  @ApiProperty({ type: [Number], nullable: true, description: "0–100 score of each year's value" })
  scores: (number | null)[];
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: "Rank of each year's value among the cities with a value that year (1 = best, ties shared)",
  })
  ranks: (number | null)[];
  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'Share of the other cities ranked that year with a worse value, in percent',
  })
  percentiles: (number | null)[];
  @ApiProperty({ type: ComparisonLatestDto, nullable: true, description: 'Latest value up to `to`' })
  latest: ComparisonCityRow['latest'];
  @ApiProperty({ type: ProgressMeasureDto }) progress: ProgressMeasure;
}

export class IndicatorComparisonResponseDto implements IndicatorComparisonResponse {
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty({ enum: PROGRESS_METHODS }) method: ProgressMethod;
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({
    type: [Number],
    description: 'Cities ranked in each year of `years`; 0 where none is or the indicator cannot rank',
  })
  rankedByYear: number[];
  @ApiProperty({ type: PeerGroupDescriptionDto, nullable: true }) peers: PeerGroupDescription | null;
  @ApiProperty() preview: boolean;
  @ApiProperty({ type: AvailabilityDto }) availability: Availability;
  @ApiProperty({ type: [ComparisonCityRowDto] }) cities: ComparisonCityRow[];
}

// ---------------------------------------------------------------------------------------------------
// Composites

export class CompositeScoreDto implements CompositeScore {
  @ApiProperty({ type: Number, nullable: true, description: 'Null below 80 % coverage' }) score:
    number | null;
  @ApiProperty() reported: number;
  @ApiProperty() total: number;
  @ApiProperty({ description: 'reported / total' }) coverage: number;
}

export class CompositeIndicatorScoreDto implements CompositeIndicatorScore {
  @ApiProperty() code: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
}

export class CompositeNodeScoreDto implements CompositeNodeScore {
  @ApiProperty({ example: 'KF.2.2' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty() level: string;
  @ApiProperty({ type: String, nullable: true }) parent: string | null;
  @ApiProperty({ type: CompositeScoreDto }) composite: CompositeScore;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ type: [CompositeIndicatorScoreDto] }) indicators: CompositeIndicatorScore[];
}

export class CityCompositesResponseDto implements CityCompositesResponse {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty({ enum: FRAMEWORK_CODES }) framework: FrameworkCode;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
  @ApiProperty() preview: boolean;
  @ApiProperty({ type: [CompositeNodeScoreDto] }) nodes: CompositeNodeScore[];
}

// ---------------------------------------------------------------------------------------------------
// Equity

export class EquityGroupDto implements EquityGroup {
  @ApiProperty({ example: 'F' }) code: string;
  @ApiProperty({ example: 'Female' }) label: string;
  @ApiProperty({ type: [Number], nullable: true, description: 'One per year; null where missing' })
  values: (number | null)[];
}

export class ParityIndexDto implements ParityIndex {
  @ApiProperty() ratio: number;
  @ApiProperty({ description: 'Symmetric around 1, bounded by 2' }) adjusted: number;
  @ApiProperty({ enum: PARITY_BANDS }) band: ParityBand;
}

export class EquityParityDto {
  @ApiProperty({ example: 'F' }) disadvantaged: string;
  @ApiProperty({ example: 'M' }) reference: string;
  @ApiProperty({ type: [ParityIndexDto], nullable: true, description: 'One per year' })
  indices: (ParityIndex | null)[];
}

export class EquityDimensionDto implements EquityDimension {
  @ApiProperty({ enum: DIMENSION_CODES }) dimension: DimensionCode;
  @ApiProperty({ type: [EquityGroupDto] }) groups: EquityGroup[];
  @ApiProperty({ type: EquityParityDto, nullable: true, description: 'Null for age' })
  parity: EquityDimension['parity'];
}

export class CityEquityResponseDto implements CityEquityResponse {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty() preview: boolean;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty({ type: [Number], nullable: true }) total: (number | null)[];
  @ApiProperty({ type: AvailabilityDto }) availability: Availability;
  @ApiProperty({ type: [EquityDimensionDto] }) dimensions: EquityDimension[];
}

// ---------------------------------------------------------------------------------------------------
// Network overview

export class ValueDistributionDto implements ValueDistribution {
  @ApiProperty() cities: number;
  @ApiProperty() min: number;
  @ApiProperty() q1: number;
  @ApiProperty() median: number;
  @ApiProperty() q3: number;
  @ApiProperty() max: number;
}

export class NetworkIndicatorOverviewDto implements NetworkIndicatorOverview {
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty({ type: [Number], description: 'Cities reporting, one per year' }) citiesByYear: number[];
  @ApiProperty({ type: ValueDistributionDto, nullable: true }) distribution: ValueDistribution | null;
}

export class YearCoverageDto {
  @ApiProperty() year: number;
  @ApiProperty() cities: number;
  @ApiProperty() values: number;
}

export class RegionCoverageDto {
  @ApiProperty({ enum: REGION_CODES }) region: RegionCode;
  @ApiProperty({ description: 'Member cities' }) cities: number;
  @ApiProperty({ description: 'Cities with an approved submission in the year' }) reporting: number;
}

export class YearSubmissionsDto {
  @ApiProperty() year: number;
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(REPORTING_STATUSES.map((status) => [status, { type: 'integer' }])),
  })
  counts: Record<ReportingStatus, number>;
}

export class NetworkOverviewResponseDto implements NetworkOverviewResponse {
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
  @ApiProperty({ type: [Number] }) years: number[];
  @ApiProperty() memberCities: number;
  @ApiProperty({ type: [YearCoverageDto] }) coverageByYear: NetworkOverviewResponse['coverageByYear'];
  @ApiProperty({ type: [RegionCoverageDto] }) coverageByRegion: NetworkOverviewResponse['coverageByRegion'];
  @ApiProperty({ type: [YearSubmissionsDto], nullable: true, description: 'Network staff only' })
  submissions: NetworkOverviewResponse['submissions'];
  @ApiProperty({ type: [NetworkIndicatorOverviewDto] }) indicators: NetworkIndicatorOverview[];
}
