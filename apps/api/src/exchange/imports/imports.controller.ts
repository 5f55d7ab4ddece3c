import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { ImportCommitResponse, ImportJobDto, ImportReportPage, LabelMappingDto } from '@lcm/contracts';
import { Allow, CurrentUser } from '../../auth/access.decorators';
import type { AuthUser } from '../../auth/auth-user';
import { ApiErrorDto } from '../../common/api-error.dto';
import { RecordIdPipe } from '../../analytics/record-id.pipe';
import {
  ImportCommitResponseDto,
  ImportJobResponseDto,
  ImportReportPageDto,
  ImportReportQueryDto,
  ImportUploadFormDto,
} from './imports.dto';
import { ImportsService } from './imports.service';
import { LabelMappingRequestDto, LabelMappingResponseDto } from './label-mapping.dto';
import { LabelMappingsService } from './label-mappings.service';

const NOT_YOURS = 'No import of this id was uploaded by the caller';

/** File imports by a city's officials: upload, dry-run report, confirm or cancel. */
@ApiTags('imports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Not signed in (a personal API token works too)' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'Only officials import, into their own cities' })
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Allow('official')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadFormDto })
  @ApiCreatedResponse({
    type: ImportJobResponseDto,
    description:
      'The import job; its dry run runs in the background: poll it until status is ready (or failed)',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'No file, no city, an invalid default year, or an unknown indicator; the field is named',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  @ApiPayloadTooLargeResponse({ type: ApiErrorDto, description: 'The file is larger than 200 MB' })
  upload(@Req() request: Request, @CurrentUser() user: AuthUser): Promise<ImportJobDto> {
    return this.imports.upload(request, user);
  }

  @Get()
  @Allow('official')
  @ApiOkResponse({ type: [ImportJobResponseDto], description: 'The caller’s recent imports, newest first' })
  list(@CurrentUser() user: AuthUser): Promise<ImportJobDto[]> {
    return this.imports.list(user);
  }

  @Get(':id')
  @Allow('official')
  @ApiOkResponse({ type: ImportJobResponseDto, description: 'Status, progress and counts' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_YOURS })
  get(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<ImportJobDto> {
    return this.imports.get(id, user);
  }

  @Get(':id/report')
  @Allow('official')
  @ApiOkResponse({ type: ImportReportPageDto, description: 'One page of one part of the dry-run report' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_YOURS })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'The dry run is still running, or the import ended',
  })
  report(
    @Param('id') id: string,
    @Query() query: ImportReportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportReportPage> {
    return this.imports.report(id, query, user);
  }

  @Post(':id/confirm')
  @Allow('official')
  @HttpCode(200)
  @ApiOkResponse({
    type: ImportCommitResponseDto,
    description: 'Every accepted row was written, in one transaction',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_YOURS })
  @ApiConflictResponse({
    type: ApiErrorDto,
    description:
      'Not ready; a target submission is not a draft (SUBMISSION_LOCKED); or values changed since the dry run (CONFLICT). Nothing was written.',
  })
  confirm(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<ImportCommitResponse> {
    return this.imports.confirm(id, user);
  }

  @Post(':id/cancel')
  @Allow('official')
  @HttpCode(200)
  @ApiOkResponse({
    type: ImportJobResponseDto,
    description: 'The cancelled import; nothing of it stays in the data',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: NOT_YOURS })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already committed, failed or cancelled' })
  cancel(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<ImportJobDto> {
    return this.imports.cancel(id, user);
  }
}

/** The label-mapping table imports use, edited by the secretariat. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'Not signed in' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'Signed in, but not an administrator' })
@Controller('admin/label-mappings')
export class LabelMappingsController {
  constructor(private readonly mappings: LabelMappingsService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: [LabelMappingResponseDto] })
  list(): Promise<LabelMappingDto[]> {
    return this.mappings.list();
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ type: LabelMappingResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Invalid fields, each named' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The label is mapped already' })
  create(@Body() body: LabelMappingRequestDto): Promise<LabelMappingDto> {
    return this.mappings.create(body);
  }

  @Put(':id')
  @Allow('admin')
  @ApiOkResponse({ type: LabelMappingResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Invalid fields, each named' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The label is mapped already' })
  update(
    @Param('id', RecordIdPipe) id: number,
    @Body() body: LabelMappingRequestDto,
  ): Promise<LabelMappingDto> {
    return this.mappings.update(id, body);
  }

  @Delete(':id')
  @Allow('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; files using the label are reported again from now on' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  remove(@Param('id', RecordIdPipe) id: number): Promise<void> {
    return this.mappings.remove(id);
  }
}
