import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
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
import type { LocalTargetDto, PendingLocalTargetDto } from '@lcm/contracts';
import { RecordIdPipe } from '../analytics/record-id.pipe';
import { Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import {
  LocalTargetResponseDto,
  LocalTargetsQueryDto,
  PendingLocalTargetResponseDto,
  ProposeLocalTargetDto,
  ReviewLocalTargetDto,
} from './local-targets.dto';
import { LocalTargetsService } from './local-targets.service';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class LocalTargetsController {
  constructor(private readonly localTargets: LocalTargetsService) {}

  @Get('cities/:slug/local-targets')
  @Public()
  @ApiOkResponse({
    type: [LocalTargetResponseDto],
    description:
      'Confirmed targets; the city’s own people and network staff also see proposed and rejected ones',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown indicator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  list(
    @Param('slug') slug: string,
    @Query() query: LocalTargetsQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<LocalTargetDto[]> {
    return this.localTargets.list(slug, query, user);
  }

  @Post('cities/:slug/local-targets')
  @Allow('official')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ type: LocalTargetResponseDto, description: 'The proposal, waiting for confirmation' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Unknown indicator, value out of range, bad year',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not an official of this city' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  propose(
    @Param('slug') slug: string,
    @Body() body: ProposeLocalTargetDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LocalTargetDto> {
    return this.localTargets.propose(slug, body, user);
  }

  @Get('local-targets/pending')
  @Allow('analyst', 'admin')
  @ApiOkResponse({
    type: [PendingLocalTargetResponseDto],
    description: 'Every city’s proposed targets awaiting a decision, the longest waiting first',
  })
  pending(): Promise<PendingLocalTargetDto[]> {
    return this.localTargets.pending();
  }

  @Post('local-targets/:id/review')
  @Allow('analyst', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LocalTargetResponseDto, description: 'The target, confirmed or rejected' })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Unknown decision, or a rejection without reason',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such target' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already confirmed or rejected' })
  review(
    @Param('id', RecordIdPipe) id: number,
    @Body() body: ReviewLocalTargetDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LocalTargetDto> {
    return this.localTargets.review(id, body, user);
  }
}
