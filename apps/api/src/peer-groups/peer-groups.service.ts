import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PeersQuery, PeersResponse, SavedPeerGroupDto, SavePeerGroupRequest } from '@lcm/contracts';
import {
  CITY_COLUMNS,
  cityBySlug,
  toAnalyticsCity,
  type CityRow,
  sqlRunnerOf,
  type SqlRunner,
} from '../analytics/analytics-sql';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { isUniqueViolation } from '../common/unique-violation';
import { PeerGroupEntity, PeerGroupMemberEntity } from './peer-group.entity';
import { citiesOf, resolvePeerGroup, type ResolvedPeerGroup } from './peer-resolver';
import { parsePeerSelector } from './peer-selector';

interface PeerGroupRow {
  id: number;
  name: string;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
  updatedAt: Date;
  cities: CityRow[];
}

/** Peer groups: resolving a `peers` selector, and the saved custom sets of cities. */
@Injectable()
export class PeerGroupsService {
  private readonly db: SqlRunner;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.db = sqlRunnerOf(dataSource);
  }

  /**
   * The peer group of a `peers` parameter (default `region`), taken from the reference city where the
   * selector needs one; the reference city always belongs to its group.
   */
  async resolve(
    peers: string | undefined,
    options: { city: CityRow | null; k?: number; user: AuthUser | null },
  ): Promise<ResolvedPeerGroup> {
    return resolvePeerGroup(this.db, parsePeerSelector(peers ?? 'region'), options);
  }

  /** A city named in a query parameter: unknown is a bad request naming the parameter. */
  async cityParameter(field: string, slug: string): Promise<CityRow> {
    const city = await cityBySlug(this.db, slug);
    if (!city) {
      throw ApiException.validation('Unknown city', [{ field, message: `no city with slug '${slug}'` }]);
    }
    return city;
  }

  async peers(query: PeersQuery, user: AuthUser | null): Promise<PeersResponse> {
    const city = query.city ? await this.cityParameter('city', query.city) : null;
    if (!query.peers && !city) {
      throw ApiException.validation('Choose a peer group', [
        { field: 'peers', message: 'name a peer group in peers, or a reference city in city' },
      ]);
    }
    const group = await this.resolve(query.peers, { city, k: query.k, user });
    const cities = await citiesOf(this.db, group.cityIds);
    return { group: group.description, cities: cities.map(toAnalyticsCity) };
  }

  /** Network staff see every saved set; everyone else their own. */
  async list(user: AuthUser): Promise<SavedPeerGroupDto[]> {
    const rows = await this.rows(accessPolicy.canReview(user) ? null : user.id, null);
    return rows.map((row) => this.toDto(row, user));
  }

  async get(id: number, user: AuthUser): Promise<SavedPeerGroupDto> {
    return this.toDto(await this.visible(id, user), user);
  }

  async create(request: SavePeerGroupRequest, user: AuthUser): Promise<SavedPeerGroupDto> {
    const name = this.name(request);
    const cityIds = await this.cityIds(request.cities);
    const id = await this.write(async (manager) => {
      const group = await manager.getRepository(PeerGroupEntity).save({ ownerId: user.id, name });
      await this.replaceMembers(manager, group.id, cityIds);
      return group.id;
    }, name);
    return this.get(id, user);
  }

  async replace(id: number, request: SavePeerGroupRequest, user: AuthUser): Promise<SavedPeerGroupDto> {
    this.assertEditable(await this.visible(id, user), user);
    const name = this.name(request);
    const cityIds = await this.cityIds(request.cities);
    await this.write(async (manager) => {
      await manager.update(PeerGroupEntity, { id }, { name });
      await this.replaceMembers(manager, id, cityIds);
    }, name);
    return this.get(id, user);
  }

  async remove(id: number, user: AuthUser): Promise<void> {
    this.assertEditable(await this.visible(id, user), user);
    await this.dataSource.getRepository(PeerGroupEntity).delete({ id });
  }

  private name(request: SavePeerGroupRequest): string {
    const name = request.name.trim();
    if (!name) {
      throw ApiException.validation('Invalid peer group', [
        { field: 'name', message: 'name must not be blank' },
      ]);
    }
    return name;
  }

  /** Every slug must name a city; each unknown one is reported at its place in the list. */
  private async cityIds(slugs: readonly string[]): Promise<number[]> {
    const found = await this.db<{ id: number; slug: string }>(
      'SELECT id, slug FROM city WHERE slug = ANY($1::text[])',
      [slugs],
    );
    const ids = new Map(found.map((c) => [c.slug, c.id]));
    const unknown = slugs.flatMap((slug, index) =>
      ids.has(slug) ? [] : [{ field: `cities[${index}]`, message: `no city with slug '${slug}'` }],
    );
    if (unknown.length) throw ApiException.validation('Unknown cities', unknown);
    return [...new Set(slugs.map((slug) => ids.get(slug)!))];
  }

  private async replaceMembers(manager: EntityManager, groupId: number, cityIds: number[]): Promise<void> {
    await manager.delete(PeerGroupMemberEntity, { peerGroupId: groupId });
    await manager.query(
      'INSERT INTO peer_group_member (peer_group_id, city_id) SELECT $1, unnest($2::int[])',
      [groupId, cityIds],
    );
    await manager.query('UPDATE peer_group SET updated_at = now() WHERE id = $1', [groupId]);
  }

  /** Runs a write; a second set of the same name for the same owner is a conflict. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>, name: string): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_peer_group_owner_name')) {
        throw ApiException.conflict('CONFLICT', `You already have a peer group called '${name}'`);
      }
      throw error;
    }
  }

  /** Someone else's set is as unknown as a missing one, except to network staff. */
  private async visible(id: number, user: AuthUser): Promise<PeerGroupRow> {
    const [row] = await this.rows(null, id);
    if (!row || !(row.ownerId === user.id || accessPolicy.canReview(user))) {
      throw ApiException.notFound(`No peer group ${id}`);
    }
    return row;
  }

  private assertEditable(row: PeerGroupRow, user: AuthUser): void {
    if (!this.editable(row, user)) {
      throw ApiException.forbidden(`Only its owner or an administrator changes the peer group '${row.name}'`);
    }
  }

  private editable(row: PeerGroupRow, user: AuthUser): boolean {
    return row.ownerId === user.id || accessPolicy.isAdmin(user);
  }

  private rows(ownerId: string | null, id: number | null): Promise<PeerGroupRow[]> {
    return this.db<PeerGroupRow>(
      `SELECT g.id, g.name, g.owner_id AS "ownerId", u.display_name AS "ownerName",
              g.created_at AS "createdAt", g.updated_at AS "updatedAt",
              COALESCE((SELECT json_agg(row_to_json(c) ORDER BY c.name)
                        FROM (SELECT ${CITY_COLUMNS} FROM peer_group_member m JOIN city c ON c.id = m.city_id
                              WHERE m.peer_group_id = g.id) c), '[]') AS cities
       FROM peer_group g JOIN app_user u ON u.id = g.owner_id
       WHERE ($1::uuid IS NULL OR g.owner_id = $1) AND ($2::int IS NULL OR g.id = $2)
       ORDER BY g.name, g.id`,
      [ownerId, id],
    );
  }

  private toDto(row: PeerGroupRow, user: AuthUser): SavedPeerGroupDto {
    return {
      id: row.id,
      name: row.name,
      owner: { displayName: row.ownerName },
      editable: this.editable(row, user),
      cities: row.cities.map(toAnalyticsCity),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
