import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ROLES,
  type ApiTokenDto,
  type CreatedApiTokenResponse,
  type InvitationResponse,
  type UserDto,
} from '@lcm/contracts';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import {
  ApiTokenResponseDto,
  CreateApiTokenDto,
  CreatedApiTokenResponseDto,
  InvitationDto,
  InvitationResponseDto,
  UpdateUserDto,
  UserResponseDto,
} from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Allow('admin')
  @ApiOkResponse({ type: [UserResponseDto] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post('users/invitations')
  @Allow('admin')
  @ApiCreatedResponse({ type: InvitationResponseDto })
  invite(
    @CurrentUser() admin: AuthUser,
    @Body() body: InvitationDto,
    @Req() request: Request,
  ): Promise<InvitationResponse> {
    return this.users.invite(admin, body, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  }

  @Patch('users/:id')
  @Allow('admin')
  @ApiOkResponse({ type: UserResponseDto })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(id, body);
  }

  @Get('me/tokens')
  @Allow(...ROLES)
  @ApiOkResponse({ type: [ApiTokenResponseDto] })
  listTokens(@CurrentUser() user: AuthUser): Promise<ApiTokenDto[]> {
    return this.users.listTokens(user);
  }

  @Post('me/tokens')
  @Allow(...ROLES)
  @ApiCreatedResponse({ type: CreatedApiTokenResponseDto, description: 'The token is shown once' })
  createToken(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateApiTokenDto,
  ): Promise<CreatedApiTokenResponse> {
    return this.users.createToken(user, body.name);
  }

  @Delete('me/tokens/:id')
  @Allow(...ROLES)
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeToken(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.users.revokeToken(user, id);
  }
}
