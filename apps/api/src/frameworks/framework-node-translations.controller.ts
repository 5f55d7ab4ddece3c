import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FrameworkNodeTranslationDto } from '@lcm/contracts';
import { Allow } from '../auth/access.decorators';
import { ApiErrorDto } from '../common/api-error.dto';
import {
  FrameworkNodeTranslationResponseDto,
  PutFrameworkNodeTranslationRequestDto,
} from './framework-node-translation.dto';
import { FrameworkNodeTranslationsService } from './framework-node-translations.service';

/** The secretariat's translations of the names of framework nodes (e.g. `KF.2.2`). */
@ApiTags('frameworks')
@Controller('framework-nodes/:code/translations')
export class FrameworkNodeTranslationsController {
  constructor(private readonly translations: FrameworkNodeTranslationsService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: [FrameworkNodeTranslationResponseDto] })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  list(@Param('code') code: string): Promise<FrameworkNodeTranslationDto[]> {
    return this.translations.list(code);
  }

  @Put(':lang')
  @Allow('admin')
  @ApiOkResponse({ type: FrameworkNodeTranslationResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown language or invalid name' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  put(
    @Param('code') code: string,
    @Param('lang') lang: string,
    @Body() body: PutFrameworkNodeTranslationRequestDto,
  ): Promise<FrameworkNodeTranslationDto> {
    return this.translations.put(code, lang, body);
  }
}
