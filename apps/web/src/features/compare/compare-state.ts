import {
  DEFAULT_PROGRESS_BASE_YEAR,
  DEFAULT_PROGRESS_METHOD,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  PROGRESS_METHODS,
  type ProgressMethod,
} from '@lcm/contracts';

export const COMPARE_VIEWS = ['line', 'bar', 'scatter', 'map'] as const;
/** Line chart over time, ranked bars for a year, scatter of two indicators, map of the cities. */
export type CompareView = (typeof COMPARE_VIEWS)[number];

export const VALUE_MODES = ['value', 'change'] as const;
/** `value`: the values as reported; `change`: the change in percent against the base year. */
export type ValueMode = (typeof VALUE_MODES)[number];

export const SCATTER_MEASURES = ['value', 'change'] as const;
/** What the scatter plots on each axis: the values in the year, or the average annual change since the base year. */
export type ScatterMeasure = (typeof SCATTER_MEASURES)[number];

/** More cities make every chart unreadable; a peer group may be larger (the API bounds it). */
export const MAX_CHOSEN_CITIES = 30;

/** Everything that decides what the Compare page shows; all of it lives in the URL. */
export interface CompareState {
  /** Indicator code; null until one is chosen. */
  indicator: string | null;
  /** Cities chosen one by one (slugs, in the order chosen); ignored while a peer group is chosen. */
  cities: string[];
  /** A peer group instead of chosen cities, as the API names it (e.g. `region`, `set:12`). */
  peers: string | null;
  /** The city a peer group is built around (its region, country, size), and that is highlighted. */
  city: string | null;
  view: CompareView;
  /** The year of the ranked bars, the scatter and the map; null for the latest year with data. */
  year: number | null;
  /** Base year of the relative change and of the average annual change. */
  baseYear: number;
  mode: ValueMode;
  /** Second indicator of the scatter (its vertical axis). */
  against: string | null;
  scatter: ScatterMeasure;
  method: ProgressMethod;
}

export const DEFAULT_COMPARE_STATE: Readonly<CompareState> = {
  indicator: null,
  cities: [],
  peers: null,
  city: null,
  view: 'line',
  year: null,
  baseYear: DEFAULT_PROGRESS_BASE_YEAR,
  mode: 'value',
  against: null,
  scatter: 'value',
  method: DEFAULT_PROGRESS_METHOD,
};

/** Query parameter of each part of the state, in the order they are written into a link. */
const PARAM = {
  indicator: 'indicator',
  cities: 'cities',
  peers: 'peers',
  city: 'city',
  view: 'view',
  year: 'year',
  baseYear: 'base',
  mode: 'mode',
  against: 'vs',
  scatter: 'scatter',
  method: 'method',
} as const satisfies Record<keyof CompareState, string>;

/** City slugs and indicator codes as the API spells them; anything else in a link is dropped. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PEERS = /^[a-z][a-z-]*(:[A-Za-z0-9_-]{1,64})?$/;

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  return list.find((item) => item === value) ?? fallback;
}

function code(value: string | null): string | null {
  return value !== null && CODE.test(value) ? value : null;
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= FIRST_REPORTING_YEAR && parsed <= LAST_REPORTING_YEAR ? parsed : null;
}

/**
 * Reads the state from the page's query. Whatever is missing or malformed falls back to the default,
 * so that an old or hand-edited link still opens a sensible view.
 */
export function parseCompareState(params: URLSearchParams): CompareState {
  const cities = [
    ...new Set(
      (params.get(PARAM.cities) ?? '')
        .split(',')
        .map((slug) => slug.trim())
        .filter((slug) => CODE.test(slug)),
    ),
  ].slice(0, MAX_CHOSEN_CITIES);
  const peers = params.get(PARAM.peers);
  return {
    indicator: code(params.get(PARAM.indicator)),
    cities,
    peers: peers !== null && PEERS.test(peers) ? peers : null,
    city: code(params.get(PARAM.city)),
    view: oneOf(COMPARE_VIEWS, params.get(PARAM.view), DEFAULT_COMPARE_STATE.view),
    year: year(params.get(PARAM.year)),
    baseYear: year(params.get(PARAM.baseYear)) ?? DEFAULT_COMPARE_STATE.baseYear,
    mode: oneOf(VALUE_MODES, params.get(PARAM.mode), DEFAULT_COMPARE_STATE.mode),
    against: code(params.get(PARAM.against)),
    scatter: oneOf(SCATTER_MEASURES, params.get(PARAM.scatter), DEFAULT_COMPARE_STATE.scatter),
    method: oneOf(PROGRESS_METHODS, params.get(PARAM.method), DEFAULT_COMPARE_STATE.method),
  };
}

/**
 * Writes the state as a query, in a fixed order and without the defaults, so that the same view always
 * gives the same short link.
 */
export function compareStateQuery(state: CompareState): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: keyof CompareState, value: string | number | null) => {
    if (value === null || value === DEFAULT_COMPARE_STATE[key]) return;
    params.set(PARAM[key], String(value));
  };
  set('indicator', state.indicator);
  if (state.peers === null && state.cities.length > 0) params.set(PARAM.cities, state.cities.join(','));
  set('peers', state.peers);
  set('city', state.city);
  set('view', state.view);
  set('year', state.year);
  set('baseYear', state.baseYear);
  set('mode', state.mode);
  set('against', state.against);
  set('scatter', state.scatter);
  set('method', state.method);
  return params;
}
