import { apiRoutes, type CityDetail } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { AreaScores } from './AreaScores';
import { CityExchangeActions } from '../exchange/CityExchangeActions';
import { CityHeader } from './CityHeader';
import { CityNotFound } from './CityNotFound';
import { IndicatorExplorer } from './IndicatorExplorer';

/** The city page at `/cities/:slug`: who the city is, its scores by area, then its indicators over time. */
export function CityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data: city, error, reload } = useApi<CityDetail>(apiRoutes.city(slug));
  const notFound = error?.isNotFound ?? false;
  useDocumentTitle(city?.name ?? (notFound ? t('city.notFoundTitle') : null));

  if (notFound) {
    return (
      <div className="page">
        <CityNotFound testId="city-not-found" />
      </div>
    );
  }

  return (
    <div className="page">
      <nav aria-label={t('city.breadcrumb')} className="breadcrumb">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {t('city.backToDirectory')}
        </Link>
      </nav>
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!error && !city && <LoadingIndicator />}
      {city && (
        <>
          <CityHeader city={city} />
          <CityExchangeActions slug={city.slug} />
          <p className="city-report-link">
            <Link
              to={`/cities/${encodeURIComponent(city.slug)}/report`}
              className="button"
              data-testid="city-report-link"
            >
              {t('report.cityLink')}
            </Link>{' '}
            <span className="muted">{t('report.cityLinkIntro')}</span>
          </p>
          <AreaScores slug={city.slug} />
          <IndicatorExplorer key={city.slug} city={city} />
        </>
      )}
    </div>
  );
}
