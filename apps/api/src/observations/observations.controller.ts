import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { CityObservationsResponse, SaveObservationsResponse } from '@lcm/contracts';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import {
  CityObservationsQueryDto,
  CityObservationsResponseDto,
  SaveObservationsRequestDto,
  SaveObservationsResponseDto,
} from './observation.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observations')
@Controller('cities/:slug')
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Get('observations')
  @ApiOkResponse({ type: CityObservationsResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city or indicator' })
  list(
    @Param('slug') slug: string,
    @Query() query: CityObservationsQueryDto,
  ): Promise<CityObservationsResponse> {
    return this.observations.list(slug, query);
  }

  @Put('years/:year/observations')
  @ApiBody({ type: SaveObservationsRequestDto })
  @ApiOkResponse({ type: SaveObservationsResponseDto, description: 'All values written in one transaction' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Invalid values, each named; nothing was written',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The submission is approved and locked' })
  save(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: unknown,
  ): Promise<SaveObservationsResponse> {
    return this.observations.save(slug, year, body);
  }
}
