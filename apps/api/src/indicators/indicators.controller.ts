import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { DimensionDto, IndicatorDto, IndicatorTranslationDto, Language } from '@lcm/contracts';
import { Allow, Public } from '../auth/access.decorators';
import { ApiErrorDto } from '../common/api-error.dto';
import { ACCEPT_LANGUAGE_HEADER, ContentLanguage } from '../frameworks/content-language';
import { DimensionResponseDto, IndicatorListQueryDto, IndicatorResponseDto } from './indicator.dto';
import {
  IndicatorTranslationResponseDto,
  PutIndicatorTranslationRequestDto,
} from './indicator-translation.dto';
import { IndicatorTranslationsService } from './indicator-translations.service';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly translations: IndicatorTranslationsService,
  ) {}

  @Get('indicators')
  @Public()
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @ApiOkResponse({
    type: [IndicatorResponseDto],
    description: 'Names and definitions in the language asked for',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown framework node or invalid filter' })
  list(
    @Query() query: IndicatorListQueryDto,
    @ContentLanguage() language: Language,
  ): Promise<IndicatorDto[]> {
    return this.indicators.list(query, language);
  }

  @Get('indicators/:code')
  @Public()
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @ApiOkResponse({ type: IndicatorResponseDto, description: 'Name and definition in the language asked for' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  findOne(@Param('code') code: string): Promise<IndicatorDto> {
    return this.indicators.findByCode(code);
  }

  @Get('indicators/:code/translations')
  @Allow('admin')
  @ApiOkResponse({
    type: [IndicatorTranslationResponseDto],
    description: 'One entry per translation language',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  translationsOf(@Param('code') code: string): Promise<IndicatorTranslationDto[]> {
    return this.translations.list(code);
  }

  @Put('indicators/:code/translations/:lang')
  @Allow('admin')
  @ApiOkResponse({ type: IndicatorTranslationResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown language or invalid text' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  translate(
    @Param('code') code: string,
    @Param('lang') lang: string,
    @Body() body: PutIndicatorTranslationRequestDto,
  ): Promise<IndicatorTranslationDto> {
    return this.translations.put(code, lang, body);
  }

  @Get('dimensions')
  @Public()
  @ApiOkResponse({ type: [DimensionResponseDto] })
  dimensions(): Promise<DimensionDto[]> {
    return this.indicators.dimensions();
  }
}
