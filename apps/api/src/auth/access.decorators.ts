import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@lcm/contracts';
import type { AuthUser } from './auth-user';

export const ACCESS_KEY = 'lcm:access';

/** Who may call a route. Every route carries exactly one decision; the route × role test enforces it. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. Handlers still narrow what anonymous callers see (approved data only). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles; city-level checks happen in the service. */
export const Allow = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

/** The signed-in user, or null for an anonymous caller of a public route. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null =>
    context.switchToHttp().getRequest<{ user?: AuthUser }>().user ?? null,
);
