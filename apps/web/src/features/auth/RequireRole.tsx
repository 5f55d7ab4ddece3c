import type { Role } from '@lcm/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useSession } from './use-session';

/** Shows its children to signed-in users with one of the roles; sends everyone else to sign in. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useSession();
  const location = useLocation();

  if (state.status === 'unknown') return <LoadingIndicator />;
  if (state.status === 'signed-out') {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!roles.includes(state.user.role)) {
    return (
      <div className="page">
        <h1>{t('auth.notAllowedTitle')}</h1>
        <p>{t('auth.notAllowedText')}</p>
      </div>
    );
  }
  return children;
}
