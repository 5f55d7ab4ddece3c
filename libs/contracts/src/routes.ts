/** API paths, built in one place so the web app never hand-types a URL. */
const enc = encodeURIComponent;

export const API_PREFIX = '/api';

export const apiRoutes = {
  health: () => `${API_PREFIX}/health`,
  authLogin: () => `${API_PREFIX}/auth/login`,
  authRefresh: () => `${API_PREFIX}/auth/refresh`,
  authLogout: () => `${API_PREFIX}/auth/logout`,
  authMe: () => `${API_PREFIX}/auth/me`,
  meta: () => `${API_PREFIX}/meta`,
  cities: () => `${API_PREFIX}/cities`,
  city: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}`,
  cityObservations: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}/observations`,
  cityYearObservations: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/observations`,
  cityYearPlausibility: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/plausibility`,
  citySubmission: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/submission`,
  citySubmissionTransitions: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/submission/transitions`,
  citySubmissionComments: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/submission/comments`,
  citySubmissionHistory: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/submission/history`,
  cycles: () => `${API_PREFIX}/cycles`,
  cycle: (year: number) => `${API_PREFIX}/cycles/${year}`,
  cycleConsole: (year: number) => `${API_PREFIX}/cycles/${year}/console`,
  cycleConsoleCsv: (year: number) => `${API_PREFIX}/cycles/${year}/console.csv`,
  cycleReminders: (year: number) => `${API_PREFIX}/cycles/${year}/reminders`,
  indicators: () => `${API_PREFIX}/indicators`,
  indicator: (code: string) => `${API_PREFIX}/indicators/${enc(code)}`,
  indicatorTranslations: (code: string) => `${API_PREFIX}/indicators/${enc(code)}/translations`,
  indicatorTranslation: (code: string, lang: string) =>
    `${API_PREFIX}/indicators/${enc(code)}/translations/${enc(lang)}`,
  dimensions: () => `${API_PREFIX}/dimensions`,
  frameworks: () => `${API_PREFIX}/frameworks`,
  framework: (code: string) => `${API_PREFIX}/frameworks/${enc(code)}`,
  frameworkNodeTranslations: (code: string) => `${API_PREFIX}/framework-nodes/${enc(code)}/translations`,
  frameworkNodeTranslation: (code: string, lang: string) =>
    `${API_PREFIX}/framework-nodes/${enc(code)}/translations/${enc(lang)}`,
  users: () => `${API_PREFIX}/users`,
  userInvitations: () => `${API_PREFIX}/users/invitations`,
  user: (id: string) => `${API_PREFIX}/users/${enc(id)}`,
  adminCities: () => `${API_PREFIX}/admin/cities`,
  adminCity: (slug: string) => `${API_PREFIX}/admin/cities/${enc(slug)}`,
  adminIndicator: (code: string) => `${API_PREFIX}/admin/indicators/${enc(code)}`,
  cityReports: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}/reports`,
  cityReport: (slug: string, year: number) => `${API_PREFIX}/cities/${enc(slug)}/reports/${year}`,
  cityReportPdf: (slug: string, year: number) => `${API_PREFIX}/cities/${enc(slug)}/reports/${year}/pdf`,
  analyticsCityProgress: (slug: string) => `${API_PREFIX}/analytics/cities/${enc(slug)}/progress`,
  analyticsCityComposites: (slug: string) => `${API_PREFIX}/analytics/cities/${enc(slug)}/composites`,
  analyticsCityEquity: (slug: string) => `${API_PREFIX}/analytics/cities/${enc(slug)}/equity`,
  analyticsCityLocalTargets: (slug: string) => `${API_PREFIX}/analytics/cities/${enc(slug)}/local-targets`,
  analyticsLocalTargetReview: (id: number) => `${API_PREFIX}/analytics/local-targets/${id}/review`,
  analyticsPendingLocalTargets: () => `${API_PREFIX}/analytics/local-targets/pending`,
  analyticsIndicatorComparison: (code: string) =>
    `${API_PREFIX}/analytics/indicators/${enc(code)}/comparison`,
  analyticsNetworkOverview: () => `${API_PREFIX}/analytics/network/overview`,
  analyticsPeers: () => `${API_PREFIX}/analytics/peers`,
  analyticsPeerGroups: () => `${API_PREFIX}/analytics/peer-groups`,
  analyticsPeerGroup: (id: number) => `${API_PREFIX}/analytics/peer-groups/${id}`,
  cityEvidenceNotes: (slug: string) => `${API_PREFIX}/cities/${enc(slug)}/evidence-notes`,
  evidenceNote: (id: number) => `${API_PREFIX}/evidence-notes/${id}`,
  imports: () => `${API_PREFIX}/imports`,
  importJob: (id: string) => `${API_PREFIX}/imports/${enc(id)}`,
  importReport: (id: string) => `${API_PREFIX}/imports/${enc(id)}/report`,
  importConfirm: (id: string) => `${API_PREFIX}/imports/${enc(id)}/confirm`,
  importCancel: (id: string) => `${API_PREFIX}/imports/${enc(id)}/cancel`,
  exports: () => `${API_PREFIX}/exports`,
  cityYearTemplate: (slug: string, year: number) =>
    `${API_PREFIX}/cities/${enc(slug)}/years/${year}/template`,
  labelMappings: () => `${API_PREFIX}/admin/label-mappings`,
  labelMapping: (id: number) => `${API_PREFIX}/admin/label-mappings/${id}`,
} as const;

/** Appends defined, non-empty query parameters to a path. */
export function withQuery(path: string, query: object): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${enc(key)}=${enc(String(value))}`);
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}
