import {
  DEFAULT_LIKE_MINE_COUNT,
  type PeerGroupDescription,
  type PopulationBand,
  type RegionCode,
} from '@lcm/contracts';
import { populationBand } from '@lcm/domain';
import { CITY_COLUMNS, type CityRow, type SqlRunner } from '../analytics/analytics-sql';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import type { PeerSelector } from './peer-selector';

export interface ResolvedPeerGroup {
  description: PeerGroupDescription;
  /** The group's cities, the reference city included. */
  cityIds: number[];
}

export interface PeerResolution {
  /** The city the group is taken from (`region`, …, `like-mine`) and which always belongs to it. */
  city: CityRow | null;
  /** `like-mine`: neighbours besides the reference city. */
  k?: number;
  /** Saved sets are visible to their owner and to network staff. */
  user: AuthUser | null;
}

function invalid(field: string, message: string): ApiException {
  return ApiException.validation('Invalid peer group', [{ field, message }]);
}

type Described = Pick<PeerGroupDescription, 'kind' | 'selector'> &
  Partial<Pick<PeerGroupDescription, 'region' | 'country' | 'band' | 'set' | 'k'>>;

/**
 * The cities of a peer group. "Cities like mine" are the `k` cities of the reference city's region
 * nearest to it in population, measured on a log scale (a city of 200,000 is as near to one of 100,000
 * as one of 50,000 is), ties by name. An empty group is refused: there is nothing to compare with.
 */
export async function resolvePeerGroup(
  db: SqlRunner,
  selector: PeerSelector,
  { city, k = DEFAULT_LIKE_MINE_COUNT, user }: PeerResolution,
): Promise<ResolvedPeerGroup> {
  if (selector.from === 'city' && !city) {
    throw invalid('city', `peers=${selector.kind} is taken from a reference city: add city=<slug>`);
  }
  let described: Described;
  let ids: number[];
  if (selector.kind === 'region') {
    const region: RegionCode = selector.from === 'named' ? selector.region : city!.region;
    described = { kind: 'region', selector: `region:${region}`, region };
    ids = await idsOf(db, 'SELECT id FROM city WHERE region = $1', [region]);
  } else if (selector.kind === 'country') {
    const country = selector.from === 'named' ? selector.country : city!.countryIso3;
    described = { kind: 'country', selector: `country:${country}`, country };
    ids = await idsOf(db, 'SELECT id FROM city WHERE country_iso3 = $1', [country]);
  } else if (selector.kind === 'band') {
    const band = selector.from === 'named' ? selector.band : bandOf(city!);
    described = { kind: 'band', selector: `band:${band}`, band };
    ids = await idsInBand(db, band);
  } else if (selector.kind === 'like-mine') {
    const population = city!.population;
    if (population === null || population <= 0) {
      throw invalid('peers', `${city!.name} has no population on record, so no cities like it can be found`);
    }
    described = { kind: 'like-mine', selector: 'like-mine', region: city!.region, k };
    ids = await idsOf(
      db,
      `SELECT id FROM city
       WHERE region = $1 AND id <> $2 AND population > 0
       ORDER BY abs(ln(population) - ln($3::float8)), name LIMIT $4`,
      [city!.region, city!.id, population, k],
    );
  } else if (selector.kind === 'set') {
    const set = await savedSet(db, selector.id, user);
    described = { kind: 'set', selector: `set:${set.id}`, set: { id: set.id, name: set.name } };
    ids = set.cityIds;
  } else {
    described = { kind: 'all', selector: 'all' };
    ids = await idsOf(db, 'SELECT id FROM city', []);
  }
  const cityIds = city && !ids.includes(city.id) ? [city.id, ...ids] : ids;
  if (cityIds.length === 0) throw invalid('peers', `the peer group ${described.selector} has no cities`);
  return {
    description: {
      region: null,
      country: null,
      band: null,
      set: null,
      k: null,
      ...described,
      city: city?.slug ?? null,
      cityCount: cityIds.length,
    },
    cityIds,
  };
}

/** The cities of a peer group with their names, for pickers. */
export function citiesOf(db: SqlRunner, cityIds: readonly number[]): Promise<CityRow[]> {
  return db<CityRow>(`SELECT ${CITY_COLUMNS} FROM city c WHERE c.id = ANY($1::int[]) ORDER BY c.name`, [
    cityIds,
  ]);
}

async function idsOf(db: SqlRunner, sql: string, params: unknown[]): Promise<number[]> {
  return (await db<{ id: number }>(sql, params)).map((row) => row.id);
}

function bandOf(city: CityRow): PopulationBand {
  const band = populationBand(city.population);
  if (!band) {
    throw invalid('peers', `${city.name} has no population on record, so it has no population band`);
  }
  return band;
}

/** Bands are defined once, by `populationBand`; the city table is small enough to sort in here. */
async function idsInBand(db: SqlRunner, band: PopulationBand): Promise<number[]> {
  const cities = await db<{ id: number; population: number }>(
    'SELECT id, population FROM city WHERE population IS NOT NULL',
  );
  return cities.filter((c) => populationBand(c.population) === band).map((c) => c.id);
}

async function savedSet(
  db: SqlRunner,
  id: number,
  user: AuthUser | null,
): Promise<{ id: number; name: string; cityIds: number[] }> {
  const [set] = await db<{ id: number; name: string; ownerId: string; cityIds: number[] }>(
    `SELECT g.id, g.name, g.owner_id AS "ownerId",
            COALESCE(array_agg(m.city_id) FILTER (WHERE m.city_id IS NOT NULL), '{}') AS "cityIds"
     FROM peer_group g LEFT JOIN peer_group_member m ON m.peer_group_id = g.id
     WHERE g.id = $1 GROUP BY g.id`,
    [id],
  );
  // Someone else's set is as unknown to the caller as one that does not exist.
  if (!set || !(set.ownerId === user?.id || accessPolicy.canReview(user))) {
    throw invalid('peers', `no saved peer group set:${id} is open to you`);
  }
  return set;
}
