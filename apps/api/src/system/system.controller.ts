import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthResponse, MetaResponse } from '@lcm/contracts';
import { Public } from '../auth/access.decorators';
import { HealthResponseDto, MetaResponseDto } from './system.dto';
import { SystemService } from './system.service';

@ApiTags('system')
@Controller()
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get('health')
  @Public()
  @ApiOkResponse({ type: HealthResponseDto, description: 'The API and its database answer' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'The database does not answer' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const databaseUp = await this.system.isDatabaseUp();
    if (!databaseUp) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return databaseUp ? { status: 'ok', database: 'up' } : { status: 'error', database: 'down' };
  }

  @Get('meta')
  @Public()
  @ApiOkResponse({ type: MetaResponseDto })
  meta(): Promise<MetaResponse> {
    return this.system.meta();
  }
}
