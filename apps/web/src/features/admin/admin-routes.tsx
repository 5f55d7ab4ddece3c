import { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { RequireRole } from '../auth/RequireRole';

// The secretariat's pages load on first visit; most visitors never open them.
const AdminLayout = lazy(async () => ({ default: (await import('./AdminLayout')).AdminLayout }));
const UsersPage = lazy(async () => ({ default: (await import('./users/UsersPage')).UsersPage }));
const InviteUserPage = lazy(async () => ({
  default: (await import('./users/InviteUserPage')).InviteUserPage,
}));
const EditUserPage = lazy(async () => ({ default: (await import('./users/EditUserPage')).EditUserPage }));
const CitiesAdminPage = lazy(async () => ({
  default: (await import('./cities/CitiesAdminPage')).CitiesAdminPage,
}));
const CityFormPage = lazy(async () => ({ default: (await import('./cities/CityFormPage')).CityFormPage }));
const IndicatorsAdminPage = lazy(async () => ({
  default: (await import('./framework/IndicatorsAdminPage')).IndicatorsAdminPage,
}));
const IndicatorFormPage = lazy(async () => ({
  default: (await import('./framework/IndicatorFormPage')).IndicatorFormPage,
}));
const LabelMappingsPage = lazy(async () => ({
  default: (await import('../exchange/LabelMappingsPage')).LabelMappingsPage,
}));
const CyclesPage = lazy(async () => ({ default: (await import('../cycles/CyclesPage')).CyclesPage }));
const CycleConsolePage = lazy(async () => ({
  default: (await import('../cycles/CycleConsolePage')).CycleConsolePage,
}));

/**
 * Admins: `/admin/users` (`/invite`, `/:id`), `/admin/cities` (`/new`, `/:slug`), `/admin/framework`
 * (`/:code`), `/admin/cycles`, `/admin/label-mappings` (labels of imported files); analysts and admins: `/console` (reporting console).
 */
export const adminRoutes = (
  <>
    <Route path="admin" element={<AdminLayout />}>
      <Route index element={<Navigate to="users" replace />} />
      <Route path="users" element={<UsersPage />} />
      <Route path="users/invite" element={<InviteUserPage />} />
      <Route path="users/:id" element={<EditUserPage />} />
      <Route path="cities" element={<CitiesAdminPage />} />
      <Route path="cities/new" element={<CityFormPage />} />
      <Route path="cities/:slug" element={<CityFormPage />} />
      <Route path="framework" element={<IndicatorsAdminPage />} />
      <Route path="framework/:code" element={<IndicatorFormPage />} />
      <Route path="cycles" element={<CyclesPage />} />
      <Route path="label-mappings" element={<LabelMappingsPage />} />
    </Route>
    <Route
      path="console"
      element={
        <RequireRole roles={['analyst', 'admin']}>
          <CycleConsolePage />
        </RequireRole>
      }
    />
  </>
);
