import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ROLES, type AuditEventDto, type ReviewCommentDto, type SubmissionDetail } from '@lcm/contracts';
import { Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import { ReportingYearPipe } from '../common/year.pipe';
import { SubmissionsService } from './submissions.service';
import {
  AuditEventResponseDto,
  CreateCommentRequestDto,
  HistoryQueryDto,
  ReviewCommentResponseDto,
  StaleVersionErrorDto,
  SubmissionDetailDto,
  TransitionRequestDto,
} from './workflow.dto';

const HIDDEN = 'Unknown city, or a submission the caller may not see (only approved ones are public)';

@ApiTags('submissions')
@ApiBearerAuth()
@Controller('cities/:slug/years/:year/submission')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: SubmissionDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  detail(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @CurrentUser() user: AuthUser | null,
  ): Promise<SubmissionDetail> {
    return this.submissions.detail(slug, year, user);
  }

  @Post('transitions')
  @Allow('official', 'analyst', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmissionDetailDto, description: 'The submission after the change' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Not a move from the current status, or a missing comment or reason',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'The caller’s role may not make this move' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  @ApiConflictResponse({
    type: StaleVersionErrorDto,
    description: 'The version is outdated; the body holds the current submission',
  })
  transition(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: TransitionRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SubmissionDetail> {
    return this.submissions.transition(slug, year, body, user);
  }

  @Get('comments')
  @Allow(...ROLES)
  @ApiOkResponse({
    type: [ReviewCommentResponseDto],
    description: 'Threads, oldest first, with their answers',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  comments(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewCommentDto[]> {
    return this.submissions.listComments(slug, year, user);
  }

  @Post('comments')
  @Allow('official', 'analyst', 'admin')
  @ApiCreatedResponse({ type: ReviewCommentResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Blank body, or a value that cannot exist' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Officials may only answer comments' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  addComment(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Body() body: CreateCommentRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewCommentDto> {
    return this.submissions.addComment(slug, year, body, user);
  }

  @Get('history')
  @Allow(...ROLES)
  @ApiOkResponse({ type: [AuditEventResponseDto], description: 'Newest first' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: `${HIDDEN}; or an unknown indicator` })
  history(
    @Param('slug') slug: string,
    @Param('year', ReportingYearPipe) year: number,
    @Query() query: HistoryQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AuditEventDto[]> {
    return this.submissions.history(slug, year, query, user);
  }
}
