/** API paths, built in one place so the web app never hand-types a URL. */
const enc = encodeURIComponent;

export const API_PREFIX = '/api';

export const apiRoutes = {
  health: () => `${API_PREFIX}/health`,
  meta: () => `${API_PREFIX}/meta`,
  cities: () => `${API_PREFIX}/cities`,
  city: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}`,
  cityObservations: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}/observations`,
  cityYearObservations: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/observations`,
  indicators: () => `${API_PREFIX}/indicators`,
  indicator: (code: string) => `${API_PREFIX}/indicators/${enc(code)}`,
  dimensions: () => `${API_PREFIX}/dimensions`,
  frameworks: () => `${API_PREFIX}/frameworks`,
  framework: (code: string) => `${API_PREFIX}/frameworks/${enc(code)}`,
} as const;

/** Appends defined, non-empty query parameters to a path. */
export function withQuery(path: string, query: object): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${enc(key)}=${enc(String(value))}`);
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}
