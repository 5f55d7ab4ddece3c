import { apiRoutes, type PendingLocalTargetDto } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { pendingByCity } from './pending-targets';

/**
 * Every city's proposed targets awaiting a decision, one row per city linking to its review page of
 * `year`, where its targets are confirmed or rejected.
 */
export function PendingCityTargets({ year }: { year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const pending = useApi<PendingLocalTargetDto[]>(apiRoutes.analyticsPendingLocalTargets());
  const cities = pendingByCity(pending.data ?? []);

  return (
    <section className="review-section" aria-labelledby={headingId} data-testid="pending-city-targets">
      <h2 id={headingId}>{t('review.targetsTitle')}</h2>
      <p className="field__hint">{t('review.targetsIntro')}</p>
      {pending.error && <ErrorMessage error={pending.error} onRetry={pending.reload} />}
      {!pending.error && !pending.data && <LoadingIndicator />}
      {pending.data && (
        <p className="result-count" role="status" data-testid="pending-targets-count">
          {t('review.targetsCount', { count: pending.data.length })}
        </p>
      )}
      {pending.data && cities.length === 0 && <p className="empty">{t('review.targetsEmpty')}</p>}
      {cities.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('review.targetsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.city')}</th>
                <th scope="col">{t('review.targetsProposed')}</th>
                <th scope="col">{t('review.waitingSince')}</th>
              </tr>
            </thead>
            <tbody>
              {cities.map((city) => (
                <tr key={city.city} data-testid="pending-city-row">
                  <th scope="row">
                    <Link to={`/review/${encodeURIComponent(city.city)}/${year}`}>{city.cityName}</Link>
                  </th>
                  <td>
                    <ul>
                      {city.targets.map((target) => (
                        <li key={target.id}>
                          {target.indicator.name}:{' '}
                          {t('indicator.targetValue', {
                            value: format.number(target.targetValue, target.indicator.decimals),
                            unit: target.indicator.unitLabel,
                            year: target.targetYear,
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{format.date(city.waitingSince)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
