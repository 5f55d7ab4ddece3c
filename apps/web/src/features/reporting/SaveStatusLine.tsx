import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-entry-state';

/** "Saving…", "All changes saved" and failures, announced politely as they change. */
export function SaveStatusLine({
  status,
  unsaved,
  onRetry,
}: {
  status: SaveStatus;
  unsaved: number;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const text = (() => {
    switch (status.kind) {
      case 'saving':
        return t('entry.saving');
      case 'held':
        return t('entry.held', { count: status.count });
      case 'failed':
        return t('entry.saveFailed', {
          reason: status.error.body?.message ?? t(`errors.${status.error.code}`),
        });
      case 'conflict':
        return t('entry.notSavedConflict');
      case 'saved':
        return unsaved > 0 ? t('entry.unsaved') : t('entry.saved');
      case 'idle':
        return unsaved > 0 ? t('entry.unsaved') : '';
    }
  })();
  return (
    <span className={`save-status save-status--${status.kind}`}>
      <span role="status" data-testid="save-status">
        {text}
      </span>
      {status.kind === 'failed' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </span>
  );
}
