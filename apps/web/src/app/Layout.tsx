import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { CurrentUser } from '@lcm/contracts';
import { AccountMenu } from '../features/auth/AccountMenu';
import { sessionStore, useCurrentUser } from '../features/auth/use-session';
import { useMeta } from '../shared/api/meta';
import { DemoDataBanner } from '../shared/ui/DemoDataBanner';
import { LoadingIndicator } from '../shared/ui/LoadingIndicator';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Page frame: skip link, header with product name, navigation and languages, demo-data banner, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const meta = useMeta();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);
  const user = useCurrentUser();

  // A session may outlive the page (refresh cookie): resume it once on load.
  useEffect(() => {
    void sessionStore.restore();
  }, []);

  // After an in-app navigation, start at the top and put focus on the new content, as a page load would.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('app.mainNav')} className="site-nav">
            <ul>
              <li>
                <Link
                  to="/"
                  className={navClass(pathname === '/' || pathname.startsWith('/cities/'))}
                  aria-current={pathname === '/' ? 'page' : undefined}
                >
                  {t('nav.cities')}
                </Link>
              </li>
              <li>
                <Link
                  to="/framework"
                  className={navClass(pathname === '/framework')}
                  aria-current={pathname === '/framework' ? 'page' : undefined}
                >
                  {t('nav.framework')}
                </Link>
              </li>
              <li>
                <Link
                  to="/compare"
                  className={navClass(ANALYTICS_PATHS.includes(pathname))}
                  aria-current={pathname === '/compare' ? 'page' : undefined}
                >
                  {t('nav.analytics')}
                </Link>
              </li>
              {user &&
                roleLinks(user).map((link) => (
                  <li key={link.to}>
                    <Link
                      to={link.to}
                      className={navClass(pathname.startsWith(link.to))}
                      aria-current={pathname === link.to ? 'page' : undefined}
                    >
                      {t(link.label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitcher />
        </div>
      </header>
      <DemoDataBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Suspense fallback={<LoadingIndicator />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('app.footer')}</p>
          {meta && <p>{t('app.version', { version: meta.version })}</p>}
        </div>
      </footer>
    </>
  );
}

/** The analytics pages (compare, equity, network overview), open to everyone; they link to each other. */
const ANALYTICS_PATHS = ['/compare', '/equity', '/network'];

/** Links to the journeys of the user's role. */
function roleLinks(user: CurrentUser): {
  to: string;
  label:
    | 'nav.reporting'
    | 'nav.import'
    | 'nav.review'
    | 'nav.console'
    | 'nav.admin'
    | 'nav.myCity'
    | 'nav.myReport';
}[] {
  switch (user.role) {
    case 'official':
      return [
        { to: '/reporting', label: 'nav.reporting' },
        { to: '/import', label: 'nav.import' },
      ];
    case 'analyst':
      return [
        { to: '/review', label: 'nav.review' },
        { to: '/console', label: 'nav.console' },
      ];
    case 'admin':
      return [
        { to: '/review', label: 'nav.review' },
        { to: '/console', label: 'nav.console' },
        { to: '/admin', label: 'nav.admin' },
      ];
    case 'mayor':
      return user.cities.flatMap((slug) => [
        { to: `/cities/${encodeURIComponent(slug)}`, label: 'nav.myCity' as const },
        { to: `/cities/${encodeURIComponent(slug)}/report`, label: 'nav.myReport' as const },
      ]);
  }
}

function navClass(active: boolean): string {
  return active ? 'site-nav__link site-nav__link--active' : 'site-nav__link';
}
