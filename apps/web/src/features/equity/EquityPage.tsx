import {
  apiRoutes,
  FRAMEWORK_CODES,
  withQuery,
  type CityEquityQuery,
  type CityEquityResponse,
  type CitySummary,
  type DimensionDto,
  type FrameworkTreeDto,
  type IndicatorDto,
} from '@lcm/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LiveAnnouncer } from '../../shared/ui/LiveAnnouncer';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { filterCities } from '../admin/cities/city-list';
import { useCurrentUser } from '../auth/use-session';
import { useDimensionLookup } from '../city/use-dimension-lookup';
import { frameworkNodeNames } from '../compare/indicator-search';
import { IndicatorPicker } from '../compare/IndicatorPicker';
import { useApiAll } from '../../shared/api/use-api-all';
import { GroupsChart, ParityChart } from './EquityCharts';
import { groupsSummary, paritySummary } from './equity-summary';
import { buildEquityModel, latestParity, PARITY_BAND_MARKS, type EquityModel } from './equity-model';
import { AnalyticsNav } from '../compare/AnalyticsNav';
import '../compare/compare.css';

/**
 * `/equity`, "who is left behind": for a city (`?city=`) and an indicator (`?indicator=`), each group
 * (women and men, urban and rural, with and without disability, age) against the total over time,
 * and the parity index of the disadvantaged group with its parity band; each with table and CSV.
 */
export function EquityPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('equity.title'));
  const cityId = useId();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();

  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const frameworks = useApiAll<FrameworkTreeDto>(FRAMEWORK_CODES.map((code) => apiRoutes.framework(code)));
  const nodeNames = useMemo(() => frameworkNodeNames(frameworks.latestData ?? []), [frameworks.latestData]);
  const sortedCities = useMemo(
    () => filterCities(cities.data ?? [], '', i18n.language),
    [cities.data, i18n.language],
  );
  const disaggregated = useMemo(
    () => (indicators.data ?? []).filter((indicator) => indicator.dimensions.length > 0),
    [indicators.data],
  );

  // Officials and mayors start with their own city; everyone starts with the first indicator broken down by group.
  const city = params.get('city') ?? user?.cities[0] ?? null;
  const indicator = params.get('indicator') ?? disaggregated[0]?.code ?? null;
  const choose = (name: 'city' | 'indicator', value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (city && !next.has('city')) next.set('city', city);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );

  const query: CityEquityQuery | null = indicator ? { indicator } : null;
  const equity = useApi<CityEquityResponse>(
    city && query ? withQuery(apiRoutes.analyticsCityEquity(city), query) : null,
  );

  // What a change of city or indicator did, for screen-reader users (sighted ones see the charts change).
  const announcement = !equity.data
    ? ''
    : equity.data.availability.status === 'not_available'
      ? t('announce.equityNone', { city: equity.data.city.name })
      : t('announce.equity', { city: equity.data.city.name, indicator: equity.data.indicator.name });

  return (
    <div className="page equity-page">
      <AnalyticsNav />
      <h1>{t('equity.title')}</h1>
      <p className="lead">{t('equity.intro')}</p>

      <section className="compare-controls" aria-label={t('equity.controls')}>
        <div>
          {cities.error && <ErrorMessage error={cities.error} onRetry={cities.reload} />}
          <div className="field">
            <label htmlFor={cityId}>{t('equity.city')}</label>
            <select id={cityId} value={city ?? ''} onChange={(event) => choose('city', event.target.value)}>
              <option value="" disabled>
                {t('equity.chooseCity')}
              </option>
              {sortedCities.map((item) => (
                <option key={item.slug} value={item.slug}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {indicators.error && <ErrorMessage error={indicators.error} onRetry={indicators.reload} />}
        {indicators.data && (
          <IndicatorPicker
            indicators={disaggregated}
            nodeNames={nodeNames}
            selected={indicator}
            onChoose={(code) => choose('indicator', code)}
            label={t('equity.indicator')}
            testId="equity-indicator-picker"
          />
        )}
      </section>

      <section className="equity-result" aria-busy={equity.loading}>
        {!city ? (
          <p className="empty">{t('equity.chooseCityFirst')}</p>
        ) : equity.error ? (
          <ErrorMessage error={equity.error} onRetry={equity.reload} />
        ) : !equity.data ? (
          <LoadingIndicator />
        ) : equity.data.availability.status === 'not_available' ? (
          <p className="empty" data-testid="equity-not-available">
            {t('equity.notAvailable', {
              city: equity.data.city.name,
              reason: t(`compare.unavailable.${equity.data.availability.reason}`),
            })}
          </p>
        ) : (
          <EquityResult equity={equity.data} />
        )}
      </section>
      <LiveAnnouncer message={announcement} testId="equity-announcement" />
    </div>
  );
}

function EquityResult({ equity }: { equity: CityEquityResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The API names each group; the reader's language has its own names for the usual ones.
  const dimensions = useMemo(
    (): DimensionDto[] =>
      equity.dimensions.map((entry) => ({
        code: entry.dimension,
        name: entry.dimension,
        values: entry.groups.map((group) => ({ code: group.code, label: group.label })),
      })),
    [equity.dimensions],
  );
  const lookup = useDimensionLookup(dimensions);
  const language = useSummaryLanguage();
  const model: EquityModel = useMemo(
    () =>
      buildEquityModel(equity, {
        total: t('dimensionValues.total'),
        group: (dimension, code) => lookup.label(dimension, code),
      }),
    [equity, lookup, t],
  );
  const summaries = model.dimensions.flatMap((dimension) => {
    const latest = dimension.parity ? latestParity(model.years, dimension.parity) : null;
    return latest && dimension.parity
      ? [{ dimension: dimension.dimension, parity: dimension.parity, latest }]
      : [];
  });

  return (
    <>
      {summaries.length > 0 && (
        <section className="equity-summary" aria-labelledby="equity-summary-title">
          <h2 id="equity-summary-title">{t('equity.summaryTitle', { city: equity.city.name })}</h2>
          <ul data-testid="equity-summary">
            {summaries.map(({ dimension, parity, latest }) => (
              <li key={dimension}>
                <span className="table-mark" aria-hidden="true">
                  {PARITY_BAND_MARKS[latest.index.band]}
                </span>{' '}
                {t(`equity.summary.${latest.index.band}`, {
                  disadvantaged: parity.disadvantaged,
                  reference: parity.reference,
                  year: latest.year,
                  index: format.number(latest.index.adjusted, 2),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.dimensions.map((dimension) => (
        <section
          key={dimension.dimension}
          className="equity-dimension"
          aria-labelledby={`equity-${dimension.dimension}`}
        >
          <h2 id={`equity-${dimension.dimension}`}>{t(`equity.by.${dimension.dimension}`)}</h2>
          <GroupsChart
            years={model.years}
            city={equity.city}
            indicator={equity.indicator}
            dimension={dimension}
            summary={groupsSummary(model.years, dimension, equity.indicator, language)}
          />
          {dimension.parity && (
            <ParityChart
              years={model.years}
              city={equity.city}
              indicator={equity.indicator}
              dimension={dimension.dimension}
              parity={dimension.parity}
              summary={paritySummary(model.years, dimension, equity.indicator, language) ?? ''}
            />
          )}
        </section>
      ))}
    </>
  );
}
