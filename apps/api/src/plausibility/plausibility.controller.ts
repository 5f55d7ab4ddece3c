import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { PlausibilityResponse } from '@lcm/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import { PlausibilityQueryDto, PlausibilityResponseDto } from './plausibility.dto';
import { PlausibilityService } from './plausibility.service';

@ApiTags('plausibility')
@Controller('cities/:slug/years/:year/plausibility')
export class PlausibilityController {
  constructor(private readonly plausibility: PlausibilityService) {}

  @Get()
  @Allow('official', 'analyst', 'admin', 'mayor')
  @ApiOkResponse({
    type: PlausibilityResponseDto,
    description:
      'Per indicator and disaggregation: recent history, peer summary and checks of the stored value',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Invalid year or peer group' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not one of the city’s people nor network staff' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city or indicator' })
  get(
    @CurrentUser() user: AuthUser | null,
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: PlausibilityQueryDto,
  ): Promise<PlausibilityResponse> {
    return this.plausibility.forCityYear(user, slug, year, query);
  }
}
