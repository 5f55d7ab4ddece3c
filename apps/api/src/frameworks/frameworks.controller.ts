import { Controller, Get, Param } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FrameworkSummary, FrameworkTreeDto } from '@lcm/contracts';
import { Public } from '../auth/access.decorators';
import { ApiErrorDto } from '../common/api-error.dto';
import { ACCEPT_LANGUAGE_HEADER } from './content-language';
import { FrameworkSummaryDto, FrameworkTreeResponseDto } from './framework.dto';
import { FrameworksService } from './frameworks.service';

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [FrameworkSummaryDto] })
  list(): Promise<FrameworkSummary[]> {
    return this.frameworks.list();
  }

  @Get(':code')
  @Public()
  @ApiHeader(ACCEPT_LANGUAGE_HEADER)
  @ApiOkResponse({ type: FrameworkTreeResponseDto, description: 'Node names in the language asked for' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  tree(@Param('code') code: string): Promise<FrameworkTreeDto> {
    return this.frameworks.tree(code);
  }
}
