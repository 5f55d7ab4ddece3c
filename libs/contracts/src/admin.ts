/** Secretariat tools: the city registry and the indicator framework, edited by admins. */
import type { RegionCode } from './codes';
import type { ScoreBandThresholds } from './analytics';

/** A new member city. Its slug (the address) is derived from the name and never changes afterwards. */
export interface CreateCityRequest {
  name: string;
  /** ISO 3166 alpha-3. */
  countryIso3: string;
  countryName: string;
  region: RegionCode;
  population?: number | null;
  populationYear?: number | null;
  /** ISO date (YYYY-MM-DD) the city joined the network. */
  joinedOn: string;
  leftOn?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Fields left out stay as they are; `null` clears a field. */
export interface UpdateCityRequest {
  name?: string;
  population?: number | null;
  populationYear?: number | null;
  joinedOn?: string | null;
  leftOn?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Fields left out stay as they are; `null` clears a field. */
export interface UpdateIndicatorRequest {
  name?: string;
  definition?: string;
  targetValue?: number | null;
  targetYear?: number | null;
  /** Value that scores 100 on the 0–100 scale. */
  bestBound?: number | null;
  /** Value that scores 0 on the 0–100 scale. */
  worstBound?: number | null;
  /** Colour thresholds of the 0–100 score, each 0–100 and falling from achieved to orange; null goes back to the defaults. */
  scoreBands?: ScoreBandThresholds | null;
  /** Smallest valid value. */
  minValue?: number | null;
  /** Largest valid value. */
  maxValue?: number | null;
  /** Decimal places shown, 0 to 6. */
  decimals?: number;
}

/** Earliest year a city's population figure may refer to. */
export const FIRST_POPULATION_YEAR = 1900;

/** Most decimal places an indicator may show. */
export const MAX_INDICATOR_DECIMALS = 6;
