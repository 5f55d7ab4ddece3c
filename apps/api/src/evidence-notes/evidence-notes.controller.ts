import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { EvidenceNoteDto } from '@lcm/contracts';
import { RecordIdPipe } from '../analytics/record-id.pipe';
import { Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import {
  CreateEvidenceNoteDto,
  EvidenceNoteResponseDto,
  EvidenceNotesQueryDto,
  UpdateEvidenceNoteDto,
} from './evidence-notes.dto';
import { EvidenceNotesService } from './evidence-notes.service';

@ApiTags('evidence notes')
@ApiBearerAuth()
@Controller()
export class EvidenceNotesController {
  constructor(private readonly notes: EvidenceNotesService) {}

  @Get('cities/:slug/evidence-notes')
  @Public()
  @ApiOkResponse({
    type: [EvidenceNoteResponseDto],
    description:
      'By indicator, year and creation. The public reads notes of approved city-years; network staff and the city’s own people all of them',
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown indicator, bad years' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  list(
    @Param('slug') slug: string,
    @Query() query: EvidenceNotesQueryDto,
    @CurrentUser() user: AuthUser | null,
  ): Promise<EvidenceNoteDto[]> {
    return this.notes.list(slug, query, user);
  }

  @Post('cities/:slug/evidence-notes')
  @Allow('official')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ type: EvidenceNoteResponseDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Unknown indicator, bad year, empty or too long text, a link that is not http(s)',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not an official of this city' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'Unknown city' })
  create(
    @Param('slug') slug: string,
    @Body() body: CreateEvidenceNoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<EvidenceNoteDto> {
    return this.notes.create(slug, body, user);
  }

  @Patch('evidence-notes/:id')
  @Allow('official', 'admin')
  @ApiOkResponse({ type: EvidenceNoteResponseDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'Empty or too long text, a link that is not http(s)',
  })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Neither its author nor an administrator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such note' })
  update(
    @Param('id', RecordIdPipe) id: number,
    @Body() body: UpdateEvidenceNoteDto,
    @CurrentUser() user: AuthUser,
  ): Promise<EvidenceNoteDto> {
    return this.notes.update(id, body, user);
  }

  @Delete('evidence-notes/:id')
  @Allow('official', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Neither its author nor an administrator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such note' })
  remove(@Param('id', RecordIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.notes.remove(id, user);
  }
}
