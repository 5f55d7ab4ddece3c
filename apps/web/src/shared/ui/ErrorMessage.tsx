import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../api/api-client';

interface ErrorMessageProps {
  error: ApiRequestError;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

/** An announced error, explained in the user's language, with an optional retry. */
export function ErrorMessage({ error, title, onRetry, children }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p className="error-message__title">{title ?? t('errors.title')}</p>
      <p>{t(`errors.${error.code}`)}</p>
      {children}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
