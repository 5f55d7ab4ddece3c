import type { CityDetail } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { formatYearRanges } from '../../i18n/format';
import { useFormat } from '../../i18n/use-format';
import { NotAvailable } from '../../shared/ui/NotAvailable';

/** Name, country, region, population and membership of a city. */
export function CityHeader({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <header className="city-header">
      <h1>{city.name}</h1>
      <p className="city-header__subtitle">
        {city.countryName} · {t(`regions.${city.region}`)}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('city.country')}</dt>
          <dd>{city.countryName}</dd>
        </div>
        <div>
          <dt>{t('city.region')}</dt>
          <dd>{t(`regions.${city.region}`)}</dd>
        </div>
        <div>
          <dt>{t('city.population')}</dt>
          <dd>
            {city.population === null ? (
              <NotAvailable />
            ) : city.populationYear === null ? (
              format.number(city.population, 0)
            ) : (
              t('city.populationValue', {
                population: format.number(city.population, 0),
                year: city.populationYear,
              })
            )}
          </dd>
        </div>
        <div>
          <dt>{t('city.memberSince')}</dt>
          <dd>{city.joinedOn ? format.date(city.joinedOn) : <NotAvailable />}</dd>
        </div>
        {city.leftOn && (
          <div>
            <dt>{t('city.leftOn')}</dt>
            <dd>{format.date(city.leftOn)}</dd>
          </div>
        )}
        <div>
          <dt>{t('city.reportingYears')}</dt>
          <dd>{city.reportingYears.length ? formatYearRanges(city.reportingYears) : t('city.noReports')}</dd>
        </div>
      </dl>
    </header>
  );
}
