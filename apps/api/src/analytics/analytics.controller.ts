import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  CityCompositesResponse,
  CityEquityResponse,
  CityProgressResponse,
  IndicatorComparisonResponse,
  NetworkOverviewResponse,
} from '@lcm/contracts';
import { CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import {
  CityCompositesQueryDto,
  CityCompositesResponseDto,
  CityEquityQueryDto,
  CityEquityResponseDto,
  CityProgressQueryDto,
  CityProgressResponseDto,
  IndicatorComparisonQueryDto,
  IndicatorComparisonResponseDto,
  NetworkOverviewQueryDto,
  NetworkOverviewResponseDto,
} from './analytics.dto';
import { CityCompositesService } from './city-composites.service';
import { CityEquityService } from './city-equity.service';
import { CityProgressService } from './city-progress.service';
import { IndicatorComparisonService } from './indicator-comparison.service';
import { NetworkOverviewService } from './network-overview.service';

const PREVIEW_REFUSED = 'preview=true by a caller who may not see unapproved values';

/** Public analytics answer from approved values only; `preview=true` adds drafts for those who may see them. */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: `${PREVIEW_REFUSED}, not signed in` })
@ApiForbiddenResponse({ type: ApiErrorDto, description: PREVIEW_REFUSED })
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly progress: CityProgressService,
    private readonly comparison: IndicatorComparisonService,
    private readonly composites: CityCompositesService,
    private readonly equity: CityEquityService,
    private readonly network: NetworkOverviewService,
  ) {}

  @Get('cities/:slug/progress')
  @Public()
  @ApiOkResponse({ type: CityProgressResponseDto, description: 'Every indicator of the city' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown or empty peer group, unknown method' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  cityProgress(
    @Param('slug') slug: string,
    @Query() query: CityProgressQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityProgressResponse> {
    return this.progress.progress(slug, query, user);
  }

  @Get('indicators/:code/comparison')
  @Public()
  @ApiOkResponse({ type: IndicatorComparisonResponseDto, description: 'Cities × years' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Unknown cities or peer group, no selection, cities and peers together, bad years',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown indicator' })
  indicatorComparison(
    @Param('code') code: string,
    @Query() query: IndicatorComparisonQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<IndicatorComparisonResponse> {
    return this.comparison.compare(code, query, user);
  }

  @Get('cities/:slug/composites')
  @Public()
  @ApiOkResponse({ type: CityCompositesResponseDto, description: 'Score per framework node, with coverage' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown framework, bad year' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  cityComposites(
    @Param('slug') slug: string,
    @Query() query: CityCompositesQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityCompositesResponse> {
    return this.composites.composites(slug, query, user);
  }

  @Get('cities/:slug/equity')
  @Public()
  @ApiOkResponse({ type: CityEquityResponseDto, description: 'Groups against the total, parity indices' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Missing or unknown indicator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  cityEquity(
    @Param('slug') slug: string,
    @Query() query: CityEquityQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityEquityResponse> {
    return this.equity.equity(slug, query, user);
  }

  @Get('network/overview')
  @Public()
  @ApiOkResponse({
    type: NetworkOverviewResponseDto,
    description: 'Coverage, distributions, submission statuses',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Bad year' })
  networkOverview(
    @Query() query: NetworkOverviewQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<NetworkOverviewResponse> {
    return this.network.overview(query, user);
  }
}
