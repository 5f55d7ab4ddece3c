import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import './admin.css';

const SECTIONS = [
  { path: '/admin/users', key: 'users' },
  { path: '/admin/cities', key: 'cities' },
  { path: '/admin/framework', key: 'framework' },
  { path: '/admin/cycles', key: 'cycles' },
  { path: '/admin/label-mappings', key: 'labelMappings' },
] as const;

/** The secretariat's pages, for admins only, with their own navigation. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['admin']}>
      <nav aria-label={t('admin.nav')} className="sub-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.key}>
              <NavLink to={section.path} className="sub-nav__link">
                {t(`admin.sections.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </RequireRole>
  );
}
