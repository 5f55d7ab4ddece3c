import { Body, Controller, Get, Header, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ROLES, type CycleConsoleResponse, type ReminderDto, type ReportingCycleDto } from '@lcm/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import { CyclesService } from './cycles.service';
import {
  CycleConsoleQueryDto,
  CycleConsoleResponseDto,
  ReminderResponseDto,
  ReportingCycleResponseDto,
  SendRemindersRequestDto,
  SetReportingCycleRequestDto,
} from './workflow.dto';

@ApiTags('reporting cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Get()
  @Allow(...ROLES)
  @ApiOkResponse({ type: [ReportingCycleResponseDto], description: 'Newest year first' })
  list(): Promise<ReportingCycleDto[]> {
    return this.cycles.list();
  }

  @Put(':year')
  @Allow('admin')
  @ApiOkResponse({ type: ReportingCycleResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  set(
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: SetReportingCycleRequestDto,
  ): Promise<ReportingCycleDto> {
    return this.cycles.set(year, body);
  }

  @Get(':year/console')
  @Allow('analyst', 'admin')
  @ApiOkResponse({ type: CycleConsoleResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  console(
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: CycleConsoleQueryDto,
  ): Promise<CycleConsoleResponse> {
    return this.cycles.console(year, query);
  }

  @Get(':year/console.csv')
  @Allow('analyst', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The console rows as CSV; cells that look like formulas are neutralised' })
  async consoleCsv(
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: CycleConsoleQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    response.setHeader('Content-Disposition', `attachment; filename="reporting-${year}.csv"`);
    return this.cycles.consoleCsv(year, query);
  }

  @Get(':year/reminders')
  @Allow('analyst', 'admin')
  @ApiOkResponse({ type: [ReminderResponseDto], description: 'Newest first' })
  reminders(@Param('year', ReportingYearPipe) year: number): Promise<ReminderDto[]> {
    return this.cycles.reminders(year);
  }

  @Post(':year/reminders')
  @Allow('admin')
  @ApiCreatedResponse({ type: [ReminderResponseDto], description: 'One reminder per city' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown cities; nothing was sent' })
  sendReminders(
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: SendRemindersRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReminderDto[]> {
    return this.cycles.sendReminders(year, body.cities, user);
  }
}
