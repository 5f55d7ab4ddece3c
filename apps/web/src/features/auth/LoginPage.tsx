import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { toApiRequestError } from '../../shared/api/api-client';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { homePathFor, safeNextPath } from './session';
import { sessionStore, useSession } from './use-session';

/** Why a sign-in failed, in words a person can act on. */
function failureKey(status: number, code: string) {
  // The API answers 401 alike for an unknown e-mail, a wrong password and a locked account.
  if (status === 401) return 'auth.loginFailed' as const;
  if (code === 'TOO_MANY_REQUESTS') return 'errors.TOO_MANY_REQUESTS' as const;
  if (code === 'NETWORK_ERROR') return 'errors.NETWORK_ERROR' as const;
  return 'errors.INTERNAL_ERROR' as const;
}

/** `/login`: e-mail and password; then on to `?next=` or the user's start page. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.loginTitle'));
  const state = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);

  if (state.status === 'unknown') return <LoadingIndicator />;
  if (state.status === 'signed-in' && !busy) {
    return <Navigate to={next ?? homePathFor(state.user)} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setFailure(t('auth.missingFields'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const user = await sessionStore.login({ email: email.trim(), password });
      await navigate(next ?? homePathFor(user), { replace: true });
    } catch (error) {
      const failed = toApiRequestError(error);
      setFailure(t(failureKey(failed.status, failed.code)));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page auth-page">
      <h1>{t('auth.loginTitle')}</h1>
      <p className="lead">{t('auth.loginIntro')}</p>
      <form className="form-card" onSubmit={(e) => void submit(e)} noValidate data-testid="login-form">
        {failure && (
          <p id={errorId} className="error-message" role="alert" data-testid="login-error">
            {failure}
          </p>
        )}
        <div className="field">
          <label htmlFor={emailId}>{t('auth.email')}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            aria-describedby={failure ? errorId : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('auth.password')}</label>
          <input
            id={passwordId}
            ref={passwordRef}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            aria-describedby={failure ? errorId : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </div>
  );
}
