import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { CityObservationsResponse, SaveObservationsResponse } from '@lcm/contracts';
import { Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import { StaleVersionErrorDto } from '../workflow/workflow.dto';
import {
  CityObservationsQueryDto,
  CityObservationsResponseDto,
  SaveObservationsRequestDto,
  SaveObservationsResponseDto,
} from './observation.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observations')
@ApiBearerAuth()
@Controller('cities/:slug')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Get('observations')
  @Public()
  @ApiOkResponse({ type: CityObservationsResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city or indicator' })
  list(
    @Param('slug') slug: string,
    @Query() query: CityObservationsQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityObservationsResponse> {
    return this.observations.list(slug, query, user);
  }

  @Put('years/:year/observations')
  @Allow('official')
  @ApiBody({ type: SaveObservationsRequestDto })
  @ApiOkResponse({
    type: SaveObservationsResponseDto,
    description: 'Changed values written in one transaction, each with an audit entry',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Invalid values, each named; nothing was written',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not an official of this city' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({
    type: StaleVersionErrorDto,
    description:
      '`CONFLICT`: the version is outdated, the body holds the current submission; ' +
      '`SUBMISSION_LOCKED` (without `current`): the submission is submitted or approved',
  })
  save(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<SaveObservationsResponse> {
    return this.observations.save(slug, year, body, user);
  }
}
