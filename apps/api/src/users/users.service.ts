import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type {
  ApiTokenDto,
  CreatedApiTokenResponse,
  InvitationRequest,
  InvitationResponse,
  Role,
  UpdateUserRequest,
  UserDto,
} from '@lcm/contracts';
import type { AuthUser } from '../auth/auth-user';
import { ApiTokenEntity, InvitationEntity } from '../auth/credential.entities';
import { API_TOKEN_PREFIX, hashOpaqueToken, newOpaqueToken } from '../auth/tokens';
import { UserCityEntity, UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';
import { ApiException } from '../common/api-exception';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailerService } from '../mail/mailer.service';

const INVITATION_DAYS = 7;
/** Officials and mayors act for cities; the network staff for all of them. */
const CITY_ROLES: readonly Role[] = ['official', 'mayor'];

interface UserListRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  activated: boolean;
  lastLoginAt: Date | null;
  cities: string[];
}

function toUserDto(row: UserListRow): UserDto {
  return { ...row, lastLoginAt: row.lastLoginAt?.toISOString() ?? null };
}

function toApiTokenDto(token: ApiTokenEntity): ApiTokenDto {
  return {
    id: token.id,
    name: token.name,
    prefix: token.tokenPrefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}

/** Account administration for the secretariat, and personal API tokens for everyone. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: MailerService,
  ) {}

  async list(): Promise<UserDto[]> {
    return (await this.queryUsers('')).map(toUserDto);
  }

  async invite(
    admin: AuthUser,
    request: InvitationRequest,
    requestOrigin: string,
  ): Promise<InvitationResponse> {
    const email = request.email.trim().toLowerCase();
    const token = newOpaqueToken();
    const userId = await this.dataSource.transaction(async (manager) => {
      const cityIds = await this.resolveCities(manager, request.role, request.cities);
      const exists = await manager.getRepository(UserEntity).existsBy({ email });
      if (exists) throw ApiException.conflict('CONFLICT', `An account for ${email} already exists`);
      const user = await manager.getRepository(UserEntity).save({
        email,
        displayName: request.displayName.trim(),
        role: request.role,
        passwordHash: null,
        active: true,
      });
      await this.replaceCities(manager, user.id, cityIds);
      await manager.getRepository(InvitationEntity).insert({
        userId: user.id,
        tokenHash: hashOpaqueToken(token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        acceptedAt: null,
        createdBy: admin.id,
      });
      return user.id;
    });
    const inviteUrl = `${this.config.publicUrl ?? requestOrigin}/invitation?token=${encodeURIComponent(token)}`;
    const emailed = await this.mailer.send({
      to: email,
      subject: 'Your Learning Cities Monitor account',
      text: `You have been invited to Learning Cities Monitor as ${request.role}.\n\nSet your password within ${INVITATION_DAYS} days: ${inviteUrl}\n`,
    });
    const [user] = await this.queryUsers('WHERE u.id = $1', [userId]);
    return { user: toUserDto(user!), inviteUrl, emailed };
  }

  async update(id: string, changes: UpdateUserRequest): Promise<UserDto> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id });
      if (!user) throw ApiException.notFound(`No user with id '${id}'`);
      const role = changes.role ?? user.role;
      if (changes.cities !== undefined || changes.role !== undefined) {
        const current = await manager.query<{ slug: string }[]>(
          'SELECT c.slug FROM user_city uc JOIN city c ON c.id = uc.city_id WHERE uc.user_id = $1',
          [id],
        );
        const cityIds = await this.resolveCities(manager, role, changes.cities ?? current.map((c) => c.slug));
        await this.replaceCities(manager, id, cityIds);
      }
      await manager.getRepository(UserEntity).update(
        { id },
        {
          ...(changes.displayName !== undefined ? { displayName: changes.displayName.trim() } : {}),
          ...(changes.role !== undefined ? { role: changes.role } : {}),
          ...(changes.active !== undefined ? { active: changes.active } : {}),
        },
      );
      // A deactivated account loses its sessions at once, not when its refresh token expires.
      if (changes.active === false) {
        await manager.query(
          'UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
          [id],
        );
      }
    });
    const [user] = await this.queryUsers('WHERE u.id = $1', [id]);
    return toUserDto(user!);
  }

  async listTokens(user: AuthUser): Promise<ApiTokenDto[]> {
    const tokens = await this.dataSource
      .getRepository(ApiTokenEntity)
      .find({ where: { userId: user.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
    return tokens.map(toApiTokenDto);
  }

  async createToken(user: AuthUser, name: string): Promise<CreatedApiTokenResponse> {
    const token = newOpaqueToken(API_TOKEN_PREFIX);
    const saved = await this.dataSource.getRepository(ApiTokenEntity).save({
      userId: user.id,
      name: name.trim(),
      tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      tokenHash: hashOpaqueToken(token),
      lastUsedAt: null,
      revokedAt: null,
    });
    return { ...toApiTokenDto(saved), token };
  }

  async revokeToken(user: AuthUser, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ApiTokenEntity)
      .update({ id, userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw ApiException.notFound(`No active API token with id '${id}'`);
  }

  /** City slugs to ids: every slug must exist, and only officials and mayors have cities. */
  private async resolveCities(manager: EntityManager, role: Role, slugs: string[]): Promise<number[]> {
    const unique = [...new Set(slugs)];
    if (!CITY_ROLES.includes(role)) {
      if (unique.length > 0) {
        throw ApiException.validation('Cities are only assigned to officials and mayors', [
          { field: 'cities', message: `a ${role} works across all cities; leave cities empty` },
        ]);
      }
      return [];
    }
    if (unique.length === 0) {
      throw ApiException.validation('A city is required', [
        { field: 'cities', message: `a ${role} needs at least one city` },
      ]);
    }
    const found = await manager.getRepository(CityEntity).findBy({ slug: In(unique) });
    const missing = unique.filter((slug) => !found.some((c) => c.slug === slug));
    if (missing.length > 0) {
      throw ApiException.validation(
        'Unknown cities',
        missing.map((slug) => ({ field: 'cities', message: `no city with slug '${slug}'` })),
      );
    }
    return found.map((c) => c.id);
  }

  private async replaceCities(manager: EntityManager, userId: string, cityIds: number[]): Promise<void> {
    await manager.getRepository(UserCityEntity).delete({ userId });
    if (cityIds.length > 0) {
      await manager.getRepository(UserCityEntity).insert(cityIds.map((cityId) => ({ userId, cityId })));
    }
  }

  private queryUsers(where: string, params: unknown[] = []): Promise<UserListRow[]> {
    return this.dataSource.query<UserListRow[]>(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.active,
              (u.password_hash IS NOT NULL) AS activated, u.last_login_at AS "lastLoginAt",
              COALESCE(array_agg(c.slug ORDER BY c.slug) FILTER (WHERE c.id IS NOT NULL), '{}') AS cities
       FROM app_user u
       LEFT JOIN user_city uc ON uc.user_id = u.id
       LEFT JOIN city c ON c.id = uc.city_id
       ${where}
       GROUP BY u.id
       ORDER BY u.role, u.email`,
      params,
    );
  }
}
