import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/use-session';
import { ExportButton } from './ExportDialog';

/** On a city page: export its values, and for its officials a way to import a file. */
export function CityExchangeActions({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const mayImport = user?.role === 'official' && user.cities.includes(slug);
  return (
    <p className="actions city-exchange">
      <ExportButton cities={[slug]} />
      {mayImport && (
        <Link
          to={`/import?city=${encodeURIComponent(slug)}`}
          className="button button--secondary"
          data-testid="import-link"
        >
          {t('exchange.import.fromCityPage')}
        </Link>
      )}
    </p>
  );
}
