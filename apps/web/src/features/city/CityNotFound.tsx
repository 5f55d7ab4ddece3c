import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No city by that address: says so and leads back to the directory. */
export function CityNotFound({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found" data-testid={testId}>
      <h1>{t('city.notFoundTitle')}</h1>
      <p>{t('city.notFoundText')}</p>
      <p>
        <Link to="/" className="button">
          {t('city.notFoundLink')}
        </Link>
      </p>
    </div>
  );
}
