import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/meta';

/**
 * Says on every screen that the values are synthetic, when the API serves demo data. A labelled region,
 * so that screen-reader users find it among the page's landmarks like everything else on the page.
 */
export function DemoDataBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta?.demoData) return null;
  return (
    <section className="demo-banner" aria-label={t('demo.label')} data-testid="demo-data-banner">
      <p>
        <span className="demo-banner__icon" aria-hidden="true">
          ⚠
        </span>{' '}
        {t('demo.banner')}
      </p>
    </section>
  );
}
