import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DimensionDto, IndicatorDto } from '@lcm/contracts';
import { Public } from '../auth/access.decorators';
import { ApiErrorDto } from '../common/api-error.dto';
import { DimensionResponseDto, IndicatorListQueryDto, IndicatorResponseDto } from './indicator.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get('indicators')
  @Public()
  @ApiOkResponse({ type: [IndicatorResponseDto] })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown framework node or invalid filter' })
  list(@Query() query: IndicatorListQueryDto): Promise<IndicatorDto[]> {
    return this.indicators.list(query);
  }

  @Get('indicators/:code')
  @Public()
  @ApiOkResponse({ type: IndicatorResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  findOne(@Param('code') code: string): Promise<IndicatorDto> {
    return this.indicators.findByCode(code);
  }

  @Get('dimensions')
  @Public()
  @ApiOkResponse({ type: [DimensionResponseDto] })
  dimensions(): Promise<DimensionDto[]> {
    return this.indicators.dimensions();
  }
}
