import type { CitySummary } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { yearOfIsoDate } from '../../i18n/format';
import { useFormat } from '../../i18n/use-format';
import { NotAvailable } from '../../shared/ui/NotAvailable';

interface CityTableProps {
  cities: CitySummary[];
  /** True while a new result is on its way; the current one stays readable. */
  busy: boolean;
}

export function CityTable({ cities, busy }: CityTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('directory.tableLabel')}
      tabIndex={0}
      aria-busy={busy}
    >
      <table className="data-table city-table" data-testid="city-table">
        <thead>
          <tr>
            <th scope="col">{t('directory.columns.city')}</th>
            <th scope="col">{t('directory.columns.country')}</th>
            <th scope="col">{t('directory.columns.region')}</th>
            <th scope="col" className="numeric">
              {t('directory.columns.population')}
            </th>
            <th scope="col" className="numeric">
              {t('directory.columns.memberSince')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => {
            const joined = yearOfIsoDate(city.joinedOn);
            const left = yearOfIsoDate(city.leftOn);
            return (
              <tr key={city.slug}>
                <th scope="row">
                  <Link to={`/cities/${encodeURIComponent(city.slug)}`}>{city.name}</Link>
                </th>
                <td>{city.countryName}</td>
                <td>{t(`regions.${city.region}`)}</td>
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
                <td className="numeric">
                  {joined ?? <NotAvailable />}
                  {!city.isMember && left !== null && (
                    <span className="muted small block">{t('directory.formerMember', { year: left })}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
