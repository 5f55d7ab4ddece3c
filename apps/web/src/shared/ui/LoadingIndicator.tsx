import { useTranslation } from 'react-i18next';

/** A polite, announced loading message. */
export function LoadingIndicator({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
