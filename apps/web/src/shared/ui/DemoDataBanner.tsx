import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/meta';

/** Says on every screen that the values are synthetic, when the API serves demo data. */
export function DemoDataBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta?.demoData) return null;
  return (
    <div className="demo-banner" data-testid="demo-data-banner">
      <p>
        <span className="demo-banner__icon" aria-hidden="true">
          ⚠
        </span>{' '}
        {t('demo.banner')}
      </p>
    </div>
  );
}
