import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { Allow, CurrentUser, Public } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { ApiErrorDto } from '../../common/api-error.dto';
import { ReportingYearPipe } from '../../common/year.pipe';
import type { ExportFile } from './export-formats';
import { ExportQueryDto, TemplateQueryDto } from './export-query';
import { ExportsService } from './exports.service';

/** Streams the file as it is made: a large export never sits whole in memory. */
function download(file: ExportFile): StreamableFile {
  return new StreamableFile(Readable.from(file.body), {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
  });
}

@ApiTags('exchange')
@ApiBearerAuth()
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('exports')
  @Public()
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/zip',
    'application/vnd.sdmx.data+csv; version=2.0.0',
    'application/json',
  )
  @ApiOkResponse({
    description:
      'Values for the filter as a file: `csv` (the import template columns), `xlsx` (with a metadata front ' +
      'sheet), `open-sdg-zip` (one Open SDG CSV per indicator), `sdmx-csv` (SDMX-CSV 2.0) or `json`. Units, ' +
      'series, observation status and source are always present; text that a spreadsheet would run as a ' +
      'formula is neutralised. Approved values only unless `unapproved=true` is asked by someone allowed to see them.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown format, city, indicator or year' })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto,
    description: 'Unapproved values asked for without signing in',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Unapproved values of a city not yours to see' })
  async export(
    @Query() query: ExportQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<StreamableFile> {
    return download(await this.exports.export(query, user));
  }

  @Get('cities/:slug/years/:year/template')
  @Allow('official', 'analyst', 'admin')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description:
      'The import template of a city and year: one row per indicator and disaggregation, with units and codes ' +
      'filled in and the value blank. XLSX has an explanation sheet first and the rows on the sheet `Data`.',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'An official of another city' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  async template(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: TemplateQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    return download(await this.exports.template(slug, year, query.format ?? 'csv', user));
  }
}
