import type { Blocker } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Asks before an in-app navigation would drop unsaved changes. */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const stay = () => blocker.reset?.();
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      title={t('entry.leaveTitle')}
      onClose={stay}
      testId="leave-dialog"
    >
      <p>{t('entry.leaveText')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={stay}>
          {t('entry.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => blocker.proceed?.()}>
          {t('entry.leave')}
        </button>
      </div>
    </Dialog>
  );
}
