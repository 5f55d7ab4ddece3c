import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  DATA_QUALITY_FLAGS,
  LANGUAGES,
  OBSERVATION_STATUSES,
  PROGRESS_METHODS,
  REPORT_PARITY_DIMENSIONS,
  SCORE_BANDS,
  SUBMISSION_STATUSES,
  type AnalyticsCity,
  type AnalyticsIndicator,
  type CityReportQuery,
  type CityReportResponse,
  type CityReportYearsResponse,
  type CompositeScore,
  type DataQualityFlag,
  type EvidenceNoteDto,
  type Language,
  type LocalTargetProgress,
  type ObservationStatus,
  type ParityIndex,
  type PeerGroupDescription,
  type PeerStanding,
  type ProgressMeasure,
  type ProgressMethod,
  type ReportAreaScore,
  type ReportDataQualityNote,
  type ReportEquityGap,
  type ReportIndicator,
  type ReportParityDimension,
  type ReportPeerCity,
  type ReportPeerComparison,
  type ReportPeerPosition,
  type ReportScore,
  type ReportValue,
  type ReportYear,
  type ScoreBand,
  type SubmissionStatus,
} from '@lcm/contracts';
import {
  AnalyticsCityDto,
  AnalyticsIndicatorDto,
  PeerGroupDescriptionDto,
} from '../analytics/analytics-common.dto';
import {
  AnalyticsPreviewQueryDto,
  CompositeScoreDto,
  LocalTargetProgressDto,
  ParityIndexDto,
  PeerStandingDto,
  ProgressMeasureDto,
} from '../analytics/analytics.dto';
import { EvidenceNoteResponseDto } from '../evidence-notes/evidence-notes.dto';
import { PeerGroupQueryDto } from '../peer-groups/peer-groups.dto';

export class CityReportQueryDto
  extends IntersectionType(PeerGroupQueryDto, AnalyticsPreviewQueryDto)
  implements CityReportQuery {}

export class ReportPdfQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'Language of the report' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `lang must be one of ${LANGUAGES.join(', ')}` })
  lang?: Language;
}

class CodeNameDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class YearSpanDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

export class ReportValueDto implements ReportValue {
  @ApiProperty({ description: 'The data year' }) year: number;
  @ApiProperty() value: number;
  @ApiProperty({ enum: OBSERVATION_STATUSES }) status: ObservationStatus;
  @ApiProperty({ description: 'False for a value not approved yet (insider version)' }) approved: boolean;
}

export class ReportScoreDto implements ReportScore {
  @ApiProperty({ type: CompositeScoreDto }) composite: CompositeScore;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ type: YearSpanDto, nullable: true }) dataYears: { from: number; to: number } | null;
}

export class ReportAreaScoreDto extends ReportScoreDto implements ReportAreaScore {
  @ApiProperty({ example: 'KF.2.1' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: CodeNameDto, nullable: true }) section: { code: string; name: string } | null;
}

export class ReportPeerComparisonDto implements ReportPeerComparison {
  @ApiProperty({ type: PeerStandingDto, nullable: true }) standing: PeerStanding | null;
  @ApiProperty({ description: 'Median of the peers’ latest values' }) median: number;
  @ApiProperty({ description: 'Peer cities with a value, the city included' }) cities: number;
}

export class ReportIndicatorDto implements ReportIndicator {
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty({ type: String, nullable: true, example: 'KF.2.2' }) area: string | null;
  @ApiProperty({ type: ReportValueDto, nullable: true }) first: ReportValue | null;
  @ApiProperty({ type: ReportValueDto, nullable: true }) latest: ReportValue | null;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ type: ProgressMeasureDto }) progress: ProgressMeasure;
  @ApiProperty({ type: LocalTargetProgressDto, nullable: true }) localTarget: LocalTargetProgress | null;
  @ApiProperty({ type: ReportPeerComparisonDto, nullable: true }) peers: ReportPeerComparison | null;
}

export class ReportPeerCityDto implements ReportPeerCity {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ enum: SCORE_BANDS, nullable: true }) band: ScoreBand | null;
  @ApiProperty({ description: 'The report’s city' }) self: boolean;
}

export class ReportPeerPositionDto implements ReportPeerPosition {
  @ApiProperty({ type: PeerGroupDescriptionDto }) group: PeerGroupDescription;
  @ApiProperty({ type: [ReportPeerCityDto], description: 'Best overall score first' })
  cities: ReportPeerCity[];
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty({ description: 'Cities with an overall score' }) ranked: number;
  @ApiProperty({ type: Number, nullable: true }) median: number | null;
}

export class ReportEquityGapDto implements ReportEquityGap {
  @ApiProperty({ type: AnalyticsIndicatorDto }) indicator: AnalyticsIndicator;
  @ApiProperty({ enum: REPORT_PARITY_DIMENSIONS }) dimension: ReportParityDimension;
  @ApiProperty({ example: 'F' }) disadvantaged: string;
  @ApiProperty({ example: 'M' }) reference: string;
  @ApiProperty() year: number;
  @ApiProperty() disadvantagedValue: number;
  @ApiProperty() referenceValue: number;
  @ApiProperty({ type: ParityIndexDto }) parity: ParityIndex;
  @ApiProperty() approved: boolean;
}

export class ReportDataQualityNoteDto implements ReportDataQualityNote {
  @ApiProperty({ type: CodeNameDto }) indicator: { code: string; name: string };
  @ApiProperty() year: number;
  @ApiProperty({ enum: DATA_QUALITY_FLAGS, isArray: true }) flags: DataQualityFlag[];
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class ReportYearDto implements ReportYear {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Has approved data, so its public report exists' }) public: boolean;
}

export class CityReportResponseDto implements CityReportResponse {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['public', 'insider'] }) version: 'public' | 'insider';
  @ApiProperty({ enum: SUBMISSION_STATUSES, nullable: true }) submissionStatus: SubmissionStatus | null;
  @ApiProperty({ enum: PROGRESS_METHODS }) method: ProgressMethod;
  @ApiProperty({ type: [ReportYearDto] }) years: ReportYear[];
  @ApiProperty({ type: ReportScoreDto }) overall: ReportScore;
  @ApiProperty({ type: [ReportAreaScoreDto] }) areas: ReportAreaScore[];
  @ApiProperty({ type: [ReportIndicatorDto] }) indicators: ReportIndicator[];
  @ApiProperty({ type: ReportPeerPositionDto }) peers: ReportPeerPosition;
  @ApiProperty({ type: [ReportEquityGapDto] }) equity: ReportEquityGap[];
  @ApiProperty({ type: [ReportDataQualityNoteDto] }) dataQuality: ReportDataQualityNote[];
  @ApiProperty({ type: [EvidenceNoteResponseDto] }) evidence: EvidenceNoteDto[];
}

export class CityReportYearsResponseDto implements CityReportYearsResponse {
  @ApiProperty({ type: AnalyticsCityDto }) city: AnalyticsCity;
  @ApiProperty({ type: [ReportYearDto] }) years: ReportYear[];
  @ApiProperty({ type: Number, nullable: true }) latestYear: number | null;
}
