import { Body, Controller, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CityDetail, IndicatorDto } from '@lcm/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CityDetailDto } from '../cities/city.dto';
import { ApiErrorDto } from '../common/api-error.dto';
import { IndicatorResponseDto } from '../indicators/indicator.dto';
import { CreateCityRequestDto, UpdateCityRequestDto } from './city-admin.dto';
import { CityAdminService } from './city-admin.service';
import { UpdateIndicatorRequestDto } from './indicator-admin.dto';
import { IndicatorAdminService } from './indicator-admin.service';

/** The network secretariat's tools for the city registry and the indicator framework. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Not signed in' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'Signed in, but not an administrator' })
@ApiBadRequestResponse({ type: ApiErrorDto, description: 'Invalid fields, each named; nothing was saved' })
@Controller('admin')
export class AdminController {
  constructor(
    private readonly cities: CityAdminService,
    private readonly indicators: IndicatorAdminService,
  ) {}

  @Post('cities')
  @Allow('admin')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({
    type: CityDetailDto,
    description: 'The new member city; its slug comes from the name',
  })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A city with the same slug exists' })
  createCity(@Body() body: CreateCityRequestDto, @CurrentUser() user: AuthUser): Promise<CityDetail> {
    return this.cities.create(body, user);
  }

  @Patch('cities/:slug')
  @Allow('admin')
  @ApiOkResponse({ type: CityDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  updateCity(
    @Param('slug') slug: string,
    @Body() body: UpdateCityRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CityDetail> {
    return this.cities.update(slug, body, user);
  }

  @Patch('indicators/:code')
  @Allow('admin')
  @ApiOkResponse({ type: IndicatorResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  updateIndicator(
    @Param('code') code: string,
    @Body() body: UpdateIndicatorRequestDto,
  ): Promise<IndicatorDto> {
    return this.indicators.update(code, body);
  }
}
