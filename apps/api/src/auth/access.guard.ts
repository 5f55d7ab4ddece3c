import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiException } from '../common/api-exception';
import { ACCESS_KEY, type AccessRule } from './access.decorators';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';

/**
 * Guarded by default: authenticates the bearer token when one is sent (a bad token is refused even on
 * public routes) and enforces the route's access decision. A route without a decision is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser | null }>();
    if (!rule) {
      this.logger.error(
        `${request.method} ${request.originalUrl} has no access decision (@Public or @Allow)`,
      );
      throw ApiException.forbidden('This route is not open to anyone');
    }
    const authorization = request.headers.authorization;
    request.user = authorization ? await this.auth.authenticate(authorization) : null;
    if (rule.kind === 'public') return true;
    if (!request.user) throw ApiException.unauthorized('Sign in first');
    if (!rule.roles.includes(request.user.role)) {
      throw ApiException.forbidden(`This needs one of the roles: ${rule.roles.join(', ')}`);
    }
    return true;
  }
}
