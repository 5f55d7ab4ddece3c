import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type CurrentUser as CurrentUserResponse, type SessionResponse } from '@lcm/contracts';
import { ApiErrorDto } from '../common/api-error.dto';
import { ApiException } from '../common/api-exception';
import { Allow, CurrentUser, Public } from './access.decorators';
import type { AuthUser } from './auth-user';
import { AcceptInvitationDto, CurrentUserDto, LoginDto, SessionResponseDto } from './auth.dto';
import { AuthService, type IssuedSession } from './auth.service';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  REFRESH_COOKIE,
  clearSessionCookies,
  setSessionCookies,
} from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto, description: 'Also sets the refresh cookie' })
  @ApiUnauthorizedResponse({
    type: ApiErrorDto,
    description: 'Wrong e-mail or password, or the account is locked',
  })
  @ApiTooManyRequestsResponse({ type: ApiErrorDto })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.respond(
      await this.auth.login(body.email, body.password, request.ip ?? 'unknown'),
      request,
      response,
    );
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: SessionResponseDto,
    description: 'Needs the refresh cookie and the X-CSRF-Token header',
  })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    assertCsrf(request);
    return this.respond(await this.auth.refresh(refreshCookie(request)), request, response);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The refresh token is revoked and the cookies cleared' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    assertCsrf(request);
    await this.auth.logout(refreshCookie(request));
    clearSessionCookies(response);
  }

  @Get('me')
  @Allow(...ROLES)
  @ApiOkResponse({ type: CurrentUserDto })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserResponse> {
    return this.auth.currentUser(user);
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto, description: 'Password set; signed in' })
  async acceptInvitation(
    @Body() body: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    return this.respond(await this.auth.acceptInvitation(body.token, body.password), request, response);
  }

  private respond(issued: IssuedSession, request: Request, response: Response): SessionResponse {
    setSessionCookies(response, issued, request.secure);
    return issued.session;
  }
}

function refreshCookie(request: Request): string | undefined {
  const cookies = request.cookies as Record<string, string | undefined> | undefined;
  return cookies?.[REFRESH_COOKIE];
}

/** Cookie-authenticated calls must echo the CSRF cookie in a header, which another site cannot read. */
function assertCsrf(request: Request): void {
  const cookies = request.cookies as Record<string, string | undefined> | undefined;
  const cookie = cookies?.[CSRF_COOKIE];
  const header = request.header(CSRF_HEADER);
  if (!cookie || !header || cookie !== header) {
    throw new ApiException(HttpStatus.FORBIDDEN, {
      code: 'CSRF_REJECTED',
      message: `Missing or wrong ${CSRF_HEADER} header: it must repeat the ${CSRF_COOKIE} cookie`,
    });
  }
}
