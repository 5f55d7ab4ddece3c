import {
  POPULATION_BANDS,
  REGION_CODES,
  type PeerGroupSelectorKind,
  type PopulationBand,
  type RegionCode,
} from '@lcm/contracts';
import { ApiException } from '../common/api-exception';

/** A `peers` query parameter, parsed. Selectors `from: 'city'` take the group from a reference city. */
export type PeerSelector =
  | { kind: 'region' | 'country' | 'band' | 'like-mine'; from: 'city' }
  | { kind: 'region'; from: 'named'; region: RegionCode }
  | { kind: 'country'; from: 'named'; country: string }
  | { kind: 'band'; from: 'named'; band: PopulationBand }
  | { kind: 'set'; from: 'named'; id: number }
  | { kind: 'all'; from: 'named' };

const OF_CITY_KINDS = ['region', 'country', 'band', 'like-mine'] as const;
const SYNTAX =
  "peers must be 'region', 'country', 'band', 'like-mine', 'all', 'region:<code>', 'country:<ISO3>', " +
  "'band:<band>' or 'set:<id>'";

function invalid(message: string): ApiException {
  return ApiException.validation('Invalid peer group', [{ field: 'peers', message }]);
}

/** Parses `region`, `region:APA`, `country:IRL`, `band:1M_5M`, `like-mine`, `set:12`, `all`. */
export function parsePeerSelector(raw: string): PeerSelector {
  const text = raw.trim();
  const [kind, argument, ...rest] = text.split(':');
  if (rest.length > 0) throw invalid(`${SYNTAX}, got '${raw}'`);
  if (argument === undefined) {
    if (kind === 'all') return { kind: 'all', from: 'named' };
    if ((OF_CITY_KINDS as readonly string[]).includes(kind ?? '')) {
      return { kind: kind as (typeof OF_CITY_KINDS)[number], from: 'city' };
    }
    throw invalid(`${SYNTAX}, got '${raw}'`);
  }
  switch (kind as PeerGroupSelectorKind) {
    case 'region':
      if (!(REGION_CODES as readonly string[]).includes(argument)) {
        throw invalid(`unknown region '${argument}'; regions are ${REGION_CODES.join(', ')}`);
      }
      return { kind: 'region', from: 'named', region: argument as RegionCode };
    case 'country':
      if (!/^[A-Z]{3}$/.test(argument)) {
        throw invalid(`a country is an ISO 3166 alpha-3 code such as IRL, got '${argument}'`);
      }
      return { kind: 'country', from: 'named', country: argument };
    case 'band':
      if (!(POPULATION_BANDS as readonly string[]).includes(argument)) {
        throw invalid(`unknown population band '${argument}'; bands are ${POPULATION_BANDS.join(', ')}`);
      }
      return { kind: 'band', from: 'named', band: argument as PopulationBand };
    case 'set':
      if (!/^[1-9]\d{0,8}$/.test(argument)) {
        throw invalid(`a saved peer group is 'set:<id>' with a whole number, got '${raw}'`);
      }
      return { kind: 'set', from: 'named', id: Number(argument) };
    default:
      throw invalid(`${SYNTAX}, got '${raw}'`);
  }
}
