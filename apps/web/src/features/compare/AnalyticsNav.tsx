import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import './analytics-nav.css';

const PAGES = [
  { to: '/compare', label: 'analytics.compare' },
  { to: '/equity', label: 'analytics.equity' },
  { to: '/network', label: 'analytics.network' },
] as const;

/** Links between the analytics pages: comparing cities, who is left behind, the network overview. */
export function AnalyticsNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('analytics.nav')} className="analytics-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <Link to={page.to} aria-current={pathname === page.to ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
