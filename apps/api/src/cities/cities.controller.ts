import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CityDetail, CitySummary } from '@lcm/contracts';
import { CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { CitiesService } from './cities.service';
import { CityDetailDto, CityListQueryDto, CitySummaryDto } from './city.dto';

@ApiTags('cities')
@Controller('cities')
export class CitiesController {
  constructor(private readonly cities: CitiesService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [CitySummaryDto] })
  list(@Query() query: CityListQueryDto): Promise<CitySummary[]> {
    return this.cities.list(query);
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: CityDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  detail(@CurrentUser() user: AuthUser | null, @Param('slug') slug: string): Promise<CityDetail> {
    return this.cities.detail(user, slug);
  }
}
