import { apiRoutes, type CitySummary } from '@lcm/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { useApi } from '../../../shared/api/use-api';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { NotAvailable } from '../../../shared/ui/NotAvailable';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { StatusMessage } from '../form/StatusMessage';
import { TableFilter } from '../form/TableFilter';
import { useFlashStatus } from '../form/use-flash-status';
import { filterCities } from './city-list';

/** `/admin/cities`: the registry with membership dates and population; add and edit cities from here. */
export function CitiesAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('admin.cities.title'));
  const [status] = useFlashStatus();
  const [filter, setFilter] = useState('');
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const shown = useMemo(
    () => (cities.data ? filterCities(cities.data, filter, format.locale) : undefined),
    [cities.data, filter, format.locale],
  );

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('admin.cities.title')}</h1>
        <Link to="/admin/cities/new" className="button" data-testid="add-city">
          {t('admin.cities.add')}
        </Link>
      </div>
      <p className="lead">{t('admin.cities.intro')}</p>
      <StatusMessage text={status} testId="admin-status" />
      <TableFilter label={t('admin.cities.filter')} value={filter} onChange={setFilter} />
      <p className="result-count" role="status">
        {shown ? t('directory.count', { count: shown.length }) : ''}
      </p>
      {cities.error && <ErrorMessage error={cities.error} onRetry={cities.reload} />}
      {!shown && cities.loading && <LoadingIndicator />}
      {shown && shown.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('admin.cities.tableLabel')} tabIndex={0}>
          <table className="data-table" data-testid="admin-cities">
            <thead>
              <tr>
                <th scope="col">{t('directory.columns.city')}</th>
                <th scope="col">{t('directory.columns.country')}</th>
                <th scope="col">{t('directory.columns.region')}</th>
                <th scope="col">{t('admin.cities.joinedOn')}</th>
                <th scope="col">{t('admin.cities.leftOn')}</th>
                <th scope="col" className="numeric">
                  {t('directory.columns.population')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((city) => (
                <tr key={city.slug}>
                  <th scope="row">
                    <Link to={`/admin/cities/${encodeURIComponent(city.slug)}`}>
                      {city.name}
                      <span className="visually-hidden"> – {t('admin.edit')}</span>
                    </Link>
                    {!city.isMember && (
                      <span className="muted small block">{t('admin.cities.formerMember')}</span>
                    )}
                  </th>
                  <td>{city.countryName}</td>
                  <td>{t(`regions.${city.region}`)}</td>
                  <td>{city.joinedOn ? format.date(city.joinedOn) : <NotAvailable />}</td>
                  <td>
                    {city.leftOn ? (
                      format.date(city.leftOn)
                    ) : (
                      <NotAvailable label={t('admin.cities.stillMember')} />
                    )}
                  </td>
                  <td className="numeric">
                    {city.population === null ? (
                      <NotAvailable />
                    ) : (
                      <>
                        {format.number(city.population, 0)}
                        {city.populationYear !== null && (
                          <span className="muted">
                            {' '}
                            {t('common.yearInBrackets', { year: city.populationYear })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
