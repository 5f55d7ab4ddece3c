import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sessionStore, useSession } from './use-session';
import './auth.css';

/** In the header: who is signed in, in which role, and the way out; or the way in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();

  if (session.status === 'unknown') return null;
  if (session.status === 'signed-out') {
    return (
      <div className="site-account" data-testid="account">
        <Link to="/login" className="site-nav__link">
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  const { user } = session;
  return (
    <div className="site-account" data-testid="account">
      <p className="site-account__who">
        <span className="site-account__name" data-testid="account-name">
          {user.displayName}
        </span>
        <span className="site-account__role" data-testid="account-role">
          {t(`roles.${user.role}`)}
        </span>
      </p>
      <button
        type="button"
        className="site-nav__link site-account__button"
        onClick={() => void sessionStore.logout().then(() => navigate('/'))}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
