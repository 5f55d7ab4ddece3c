import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { reportPdfFileName, type CityReportResponse, type CityReportYearsResponse } from '@lcm/contracts';
import { CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import { CityReportService } from './city-report.service';
import { ReportPdfService } from './report-pdf.service';
import {
  CityReportQueryDto,
  CityReportResponseDto,
  CityReportYearsResponseDto,
  ReportPdfQueryDto,
} from './report.dto';

const PREVIEW_REFUSED = 'preview=true by a caller who may not see the city’s unapproved values';

/** The mayor's progress report: public from approved values; `preview=true` is the insider version. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('cities/:slug/reports')
export class ReportsController {
  constructor(
    private readonly reports: CityReportService,
    private readonly pdf: ReportPdfService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: CityReportYearsResponseDto, description: 'Years with data the caller may see' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: `${PREVIEW_REFUSED}, not signed in` })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: PREVIEW_REFUSED })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  years(
    @Param('slug') slug: string,
    @Query() query: CityReportQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityReportYearsResponse> {
    return this.reports.years(slug, query, user);
  }

  @Get(':year')
  @Public()
  @ApiOkResponse({ type: CityReportResponseDto, description: 'The report, in one answer' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Malformed year, unknown peer group' })
  @ApiUnauthorizedResponse({ type: ApiErrorDto, description: `${PREVIEW_REFUSED}, not signed in` })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: PREVIEW_REFUSED })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: 'Unknown city; or no data for the year (the message names the nearest year with data)',
  })
  report(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: CityReportQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<CityReportResponse> {
    return this.reports.report(slug, year, query, user);
  }

  @Get(':year/pdf')
  @Public()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The public report as an A4 PDF' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Malformed year or language' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city; no approved data for the year' })
  @ApiServiceUnavailableResponse({
    type: ApiErrorDto,
    description:
      'No Chromium on the server, the web app not served, busy or too slow: print the page instead',
  })
  async reportPdf(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: ReportPdfQueryDto,
  ): Promise<StreamableFile> {
    // The PDF is of the public report: make sure there is one before starting a browser.
    const citySlug = await this.reports.assertPublicReport(slug, year);
    const language = query.lang ?? 'en';
    const pdf = await this.pdf.render(citySlug, year, language);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="${reportPdfFileName(citySlug, year, language)}"`,
    });
  }
}
