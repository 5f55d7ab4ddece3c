import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * "Copy link": copies the page's address, which holds the whole view, and shows it for copying by
 * hand where the clipboard is not available (it is on HTTPS and localhost only).
 */
export function ShareLink() {
  const { t } = useTranslation();
  const id = useId();
  const [copiedLink, setCopiedLink] = useState<{ url: string; copied: boolean } | null>(null);
  // Re-rendered on every change of the view: a link copied earlier no longer shows it, so it is hidden.
  useLocation();
  const shown = copiedLink?.url === window.location.href ? copiedLink : null;

  const copy = async () => {
    const url = window.location.href;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (plain HTTP) or no permission: the link is shown to copy by hand.
    }
    setCopiedLink({ url, copied });
  };

  return (
    <div className="share-link">
      <button type="button" className="button" data-testid="copy-link" onClick={() => void copy()}>
        {t('compare.copyLink')}
      </button>
      <span role="status" className="muted">
        {shown ? (shown.copied ? t('compare.linkCopied') : t('compare.linkNotCopied')) : ''}
      </span>
      {shown && (
        <div className="field share-link__field">
          <label htmlFor={id}>{t('compare.linkLabel')}</label>
          <input
            id={id}
            readOnly
            value={shown.url}
            data-testid="share-link"
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </div>
  );
}
