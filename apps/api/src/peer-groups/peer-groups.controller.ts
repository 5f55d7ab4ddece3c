import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ROLES, type PeersResponse, type SavedPeerGroupDto } from '@lcm/contracts';
import { RecordIdPipe } from '../analytics/record-id.pipe';
import { Allow, CurrentUser, Public } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorDto } from '../common/api-error.dto';
import {
  PeersQueryDto,
  PeersResponseDto,
  SavedPeerGroupResponseDto,
  SavePeerGroupDto,
} from './peer-groups.dto';
import { PeerGroupsService } from './peer-groups.service';

const HIDDEN = 'No such peer group, or one of another user (open to network staff only)';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class PeerGroupsController {
  constructor(private readonly peerGroups: PeerGroupsService) {}

  @Get('peers')
  @Public()
  @ApiOkResponse({ type: PeersResponseDto, description: 'The cities of a peer group' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Unknown or empty peer group, unknown city' })
  peers(@Query() query: PeersQueryDto, @CurrentUser() user: AuthUser | null): Promise<PeersResponse> {
    return this.peerGroups.peers(query, user);
  }

  @Get('peer-groups')
  @Allow(...ROLES)
  @ApiOkResponse({ type: [SavedPeerGroupResponseDto], description: 'Own sets; network staff see all' })
  list(@CurrentUser() user: AuthUser): Promise<SavedPeerGroupDto[]> {
    return this.peerGroups.list(user);
  }

  @Post('peer-groups')
  @Allow(...ROLES)
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ type: SavedPeerGroupResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Blank name, no or unknown cities' })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The caller already has a set of that name' })
  create(@Body() body: SavePeerGroupDto, @CurrentUser() user: AuthUser): Promise<SavedPeerGroupDto> {
    return this.peerGroups.create(body, user);
  }

  @Get('peer-groups/:id')
  @Allow(...ROLES)
  @ApiOkResponse({ type: SavedPeerGroupResponseDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  get(@Param('id', RecordIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<SavedPeerGroupDto> {
    return this.peerGroups.get(id, user);
  }

  @Put('peer-groups/:id')
  @Allow(...ROLES)
  @ApiOkResponse({ type: SavedPeerGroupResponseDto, description: 'Renamed and its cities replaced' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Blank name, no or unknown cities' })
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Neither its owner nor an administrator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The owner already has a set of that name' })
  replace(
    @Param('id', RecordIdPipe) id: number,
    @Body() body: SavePeerGroupDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SavedPeerGroupDto> {
    return this.peerGroups.replace(id, body, user);
  }

  @Delete('peer-groups/:id')
  @Allow(...ROLES)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Neither its owner nor an administrator' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: HIDDEN })
  remove(@Param('id', RecordIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.peerGroups.remove(id, user);
  }
}
