import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { MIN_PASSWORD_LENGTH, type CurrentUser, type Role, type SessionResponse } from '@lcm/contracts';
import { ApiException } from '../common/api-exception';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './auth-user';
import { ApiTokenEntity, InvitationEntity, RefreshTokenEntity } from './credential.entities';
import { LoginThrottle } from './login-throttle';
import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword } from './passwords';
import {
  API_TOKEN_PREFIX,
  hashOpaqueToken,
  newOpaqueToken,
  signAccessToken,
  verifyAccessToken,
} from './tokens';
import { UserEntity } from './user.entity';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const LAST_USED_RESOLUTION_MS = 60_000;
/** One message for unknown e-mail, wrong password and locked account, so none of them can be told apart. */
const SIGN_IN_FAILED =
  'Sign-in failed: the e-mail or password is wrong, or the account is locked for a few minutes';

/** A new session: what the client receives plus the refresh token that goes into a cookie. */
export interface IssuedSession {
  session: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  cityIds: number[];
  citySlugs: string[];
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(config.loginAttemptsPerWindow, 10 * 60_000);
  }

  async login(email: string, password: string, clientAddress: string): Promise<IssuedSession> {
    if (!this.throttle.allow(clientAddress)) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, {
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many sign-in attempts from this address; wait a few minutes and try again',
      });
    }
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    const usable = user?.active === true && user.passwordHash !== null;
    const passwordOk = await verifyPassword(
      usable ? user.passwordHash! : await DECOY_PASSWORD_HASH,
      password,
    );
    if (!user || !usable) throw ApiException.unauthorized(SIGN_IN_FAILED);

    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) throw ApiException.unauthorized(SIGN_IN_FAILED);
    if (!passwordOk) {
      const failures = user.failedLoginCount + 1;
      await users.update(
        { id: user.id },
        failures >= MAX_FAILED_LOGINS
          ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) }
          : { failedLoginCount: failures },
      );
      throw ApiException.unauthorized(SIGN_IN_FAILED);
    }
    await users.update({ id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    return this.issueSession(user.id);
  }

  /** Swaps a valid refresh token for a new session; the old token stops working (rotation). */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw ApiException.unauthorized('No session: sign in again');
    return this.dataSource.transaction(async (manager) => {
      const stored = await manager.getRepository(RefreshTokenEntity).findOne({
        where: {
          tokenHash: hashOpaqueToken(refreshToken),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored) throw ApiException.unauthorized('The session has ended: sign in again');
      await manager.update(RefreshTokenEntity, { id: stored.id }, { revokedAt: new Date() });
      return this.issueSession(stored.userId, manager);
    });
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ tokenHash: hashOpaqueToken(refreshToken), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Sets the first password of an invited user and signs them in. */
  async acceptInvitation(token: string, password: string): Promise<IssuedSession> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw ApiException.validation('The password is too short', [
        { field: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
      ]);
    }
    const passwordHash = await hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(InvitationEntity).findOne({
        where: { tokenHash: hashOpaqueToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation)
        throw ApiException.notFound('This invitation link is unknown, used or expired; ask for a new one');
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      await manager.update(UserEntity, { id: invitation.userId }, { passwordHash, active: true });
      return invitation.userId;
    });
    return this.issueSession(userId);
  }

  /**
   * Who sent the request: a session's access token or a personal API token. The account is read
   * on every request, so a deactivation or a role change applies at once.
   */
  async authenticate(authorization: string): Promise<AuthUser> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw ApiException.unauthorized('The Authorization header must be "Bearer <token>"');
    const token = match[1];

    if (token.startsWith(API_TOKEN_PREFIX)) {
      const apiToken = await this.dataSource
        .getRepository(ApiTokenEntity)
        .findOneBy({ tokenHash: hashOpaqueToken(token), revokedAt: IsNull() });
      if (!apiToken) throw ApiException.unauthorized('Unknown or revoked API token');
      const user = await this.loadUser(apiToken.userId);
      // "Last used" is shown to the owner to the minute; a write per request would tax scripts' bulk calls.
      const now = new Date();
      if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        await this.dataSource.getRepository(ApiTokenEntity).update({ id: apiToken.id }, { lastUsedAt: now });
      }
      return { ...user, via: 'api-token' };
    }

    const verified = verifyAccessToken(token, this.config.authSecret, Math.floor(Date.now() / 1000));
    if ('problem' in verified) {
      throw ApiException.unauthorized(
        verified.problem === 'expired'
          ? 'The access token has expired: refresh the session'
          : 'Invalid access token',
      );
    }
    return { ...(await this.loadUser(verified.claims.sub)), via: 'session' };
  }

  async currentUser(user: AuthUser): Promise<CurrentUser> {
    const row = await this.findUserRow(this.dataSource.manager, user.id);
    if (!row) throw ApiException.unauthorized('The account no longer exists');
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      cities: row.citySlugs,
    };
  }

  private async loadUser(id: string): Promise<Omit<AuthUser, 'via'>> {
    const row = await this.findUserRow(this.dataSource.manager, id);
    if (!row?.active) throw ApiException.unauthorized('The account is deactivated or no longer exists');
    return { id: row.id, email: row.email, role: row.role, cityIds: row.cityIds };
  }

  private async findUserRow(manager: EntityManager, id: string): Promise<UserRow | undefined> {
    const [row] = await manager.query<UserRow[]>(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.active,
              COALESCE(array_agg(c.id ORDER BY c.slug) FILTER (WHERE c.id IS NOT NULL), '{}') AS "cityIds",
              COALESCE(array_agg(c.slug ORDER BY c.slug) FILTER (WHERE c.id IS NOT NULL), '{}') AS "citySlugs"
       FROM app_user u
       LEFT JOIN user_city uc ON uc.user_id = u.id
       LEFT JOIN city c ON c.id = uc.city_id
       WHERE u.id = $1
       GROUP BY u.id`,
      [id],
    );
    return row;
  }

  private async issueSession(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedSession> {
    const row = await this.findUserRow(manager, userId);
    if (!row?.active) throw ApiException.unauthorized(SIGN_IN_FAILED);
    const refreshToken = newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await manager.getRepository(RefreshTokenEntity).insert({
      userId,
      tokenHash: hashOpaqueToken(refreshToken),
      expiresAt: refreshExpiresAt,
      revokedAt: null,
    });
    const expiresIn = this.config.accessTokenTtlSeconds;
    const accessToken = signAccessToken(
      { sub: row.id, role: row.role, exp: Math.floor(Date.now() / 1000) + expiresIn },
      this.config.authSecret,
    );
    return {
      session: {
        accessToken,
        expiresIn,
        csrfToken: newOpaqueToken(),
        user: {
          id: row.id,
          email: row.email,
          displayName: row.displayName,
          role: row.role,
          cities: row.citySlugs,
        },
      },
      refreshToken,
      refreshExpiresAt,
    };
  }
}
