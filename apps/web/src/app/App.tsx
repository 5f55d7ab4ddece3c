import { lazy } from 'react';
import { createBrowserRouter, createRoutesFromElements, Route, RouterProvider } from 'react-router';
import { adminRoutes } from '../features/admin/admin-routes';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireRole } from '../features/auth/RequireRole';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { languageBasename } from '../i18n';
import { MetaProvider } from '../shared/api/meta';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// The city page (with chart.js), the framework browser and the signed-in journeys load on first visit.
const CityPage = lazy(async () => ({ default: (await import('../features/city/CityPage')).CityPage }));
const FrameworkPage = lazy(async () => ({
  default: (await import('../features/framework/FrameworkPage')).FrameworkPage,
}));
const ReportingHomePage = lazy(async () => ({
  default: (await import('../features/reporting/ReportingHomePage')).ReportingHomePage,
}));
const EntryPage = lazy(async () => ({
  default: (await import('../features/reporting/EntryPage')).EntryPage,
}));
const ReviewQueuePage = lazy(async () => ({
  default: (await import('../features/review/ReviewQueuePage')).ReviewQueuePage,
}));
const ReviewPage = lazy(async () => ({
  default: (await import('../features/review/ReviewPage')).ReviewPage,
}));
const ComparePage = lazy(async () => ({
  default: (await import('../features/compare/ComparePage')).ComparePage,
}));
const EquityPage = lazy(async () => ({
  default: (await import('../features/equity/EquityPage')).EquityPage,
}));
const ReportPage = lazy(async () => ({
  default: (await import('../features/report/ReportPage')).ReportPage,
}));
const LatestReportPage = lazy(async () => ({
  default: (await import('../features/report/ReportPage')).LatestReportPage,
}));
const ImportPage = lazy(async () => ({
  default: (await import('../features/exchange/ImportPage')).ImportPage,
}));
const NetworkPage = lazy(async () => ({
  default: (await import('../features/network/NetworkPage')).NetworkPage,
}));

/**
 * Routes: `/` city directory, `/cities/:slug` city page, `/cities/:slug/report/:year` its progress report
 * (public; insiders also see values not yet approved; without a year: the newest), `/framework` framework
 * browser, `/login`;
 * analytics on approved data, open to all: `/compare`, `/equity` (who is left behind), `/network` (overview);
 * officials: `/reporting` (their cities), `/reporting/:slug/:year` (entry grid), `/import` (file imports);
 * analysts and admins: `/review` (queue), `/review/:slug/:year` (review of one report);
 * the secretariat's pages and the reporting console: see `adminRoutes`.
 * A data router, so that the entry grid can hold a navigation while changes are unsaved.
 * Its basename is the language prefix of the address (`/fr`), so every link keeps the language.
 */
const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<Layout />}>
      <Route index element={<DirectoryPage />} />
      <Route path="cities/:slug" element={<CityPage />} />
      <Route path="cities/:slug/report" element={<LatestReportPage />} />
      <Route path="cities/:slug/report/:year" element={<ReportPage />} />
      <Route path="framework" element={<FrameworkPage />} />
      <Route path="compare" element={<ComparePage />} />
      <Route path="equity" element={<EquityPage />} />
      <Route path="network" element={<NetworkPage />} />
      <Route path="login" element={<LoginPage />} />
      <Route
        path="reporting"
        element={
          <RequireRole roles={['official']}>
            <ReportingHomePage />
          </RequireRole>
        }
      />
      <Route
        path="reporting/:slug/:year"
        element={
          <RequireRole roles={['official']}>
            <EntryPage />
          </RequireRole>
        }
      />
      <Route
        path="import"
        element={
          <RequireRole roles={['official']}>
            <ImportPage />
          </RequireRole>
        }
      />
      <Route
        path="review"
        element={
          <RequireRole roles={['analyst', 'admin']}>
            <ReviewQueuePage />
          </RequireRole>
        }
      />
      <Route
        path="review/:slug/:year"
        element={
          <RequireRole roles={['analyst', 'admin']}>
            <ReviewPage />
          </RequireRole>
        }
      />
      {adminRoutes}
      <Route path="*" element={<NotFoundPage />} />
    </Route>,
  ),
  { basename: languageBasename },
);

export function App() {
  return (
    <MetaProvider>
      <RouterProvider router={router} />
    </MetaProvider>
  );
}
