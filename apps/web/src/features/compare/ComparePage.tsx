import {
  apiRoutes,
  DEFAULT_PROGRESS_METHOD,
  FRAMEWORK_CODES,
  withQuery,
  type CitySummary,
  type FrameworkTreeDto,
  type IndicatorComparisonQuery,
  type IndicatorComparisonResponse,
  type IndicatorDto,
  type NetworkOverviewResponse,
  type SavedPeerGroupDto,
} from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LiveAnnouncer } from '../../shared/ui/LiveAnnouncer';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useCurrentUser } from '../auth/use-session';
import { useApiAll } from '../../shared/api/use-api-all';
import { CityChooser } from './CityChooser';
import type { CompareState } from './compare-state';
import { ExportButton } from '../exchange/ExportDialog';
import { ComparisonView } from './ComparisonView';
import { frameworkNodeNames } from './indicator-search';
import { IndicatorPicker } from './IndicatorPicker';
import { ShareLink } from './ShareLink';
import { useCompareState } from './use-compare-state';
import { ViewControls } from './ViewControls';
import { AnalyticsNav } from './AnalyticsNav';
import './compare.css';

/** The comparison asked of the API for an indicator, or null while cities or the indicator are missing. */
function comparisonPath(state: CompareState, indicator: string | null): string | null {
  if (indicator === null) return null;
  const selection: Pick<IndicatorComparisonQuery, 'cities' | 'peers' | 'city'> | null =
    state.peers !== null
      ? { peers: state.peers, city: state.city ?? undefined }
      : state.cities.length > 0
        ? { cities: state.cities.join(',') }
        : null;
  if (selection === null) return null;
  const query: IndicatorComparisonQuery = {
    ...selection,
    from: state.year === null ? state.baseYear : Math.min(state.baseYear, state.year),
    to: state.year ?? undefined,
    method: state.method === DEFAULT_PROGRESS_METHOD ? undefined : state.method,
  };
  return withQuery(apiRoutes.analyticsIndicatorComparison(indicator), query);
}

/**
 * `/compare`: one indicator across chosen cities or a peer group, as a line over time, ranked bars,
 * a scatter against a second indicator, or a map; each with its table, CSV and PNG. The whole view
 * lives in the address (see compare-state.ts), so "Copy link" shares exactly what is on screen.
 */
export function ComparePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('compare.title'));
  const [state, update] = useCompareState();
  const user = useCurrentUser();

  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const frameworks = useApiAll<FrameworkTreeDto>(FRAMEWORK_CODES.map((code) => apiRoutes.framework(code)));
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const overview = useApi<NetworkOverviewResponse>(apiRoutes.analyticsNetworkOverview());
  const savedSets = useApi<SavedPeerGroupDto[]>(user ? apiRoutes.analyticsPeerGroups() : null);

  const comparison = useApi<IndicatorComparisonResponse>(comparisonPath(state, state.indicator));
  const scatterWanted = state.view === 'scatter' && state.against !== null;
  const against = useApi<IndicatorComparisonResponse>(
    scatterWanted ? comparisonPath(state, state.against) : null,
  );

  const nodeNames = useMemo(() => frameworkNodeNames(frameworks.latestData ?? []), [frameworks.latestData]);
  const years = useMemo(() => [...(overview.data?.years ?? [])].reverse(), [overview.data]);
  // While a new answer loads, the last one for the same indicator stays on screen (marked busy).
  const shown =
    comparison.data ??
    (comparison.latestData?.indicator.code === state.indicator && comparison.loading
      ? comparison.latestData
      : undefined);

  // What a change of indicator, cities or view did, for screen-reader users (sighted ones see the chart change).
  const announcement =
    state.indicator === null
      ? t('compare.chooseIndicator')
      : state.peers === null && state.cities.length === 0
        ? t('compare.chooseCities')
        : comparison.data
          ? t('announce.compare', {
              count: comparison.data.cities.length,
              indicator: comparison.data.indicator.name,
              view: t(`compare.view.${state.view}`),
            })
          : '';

  return (
    <div className="page compare-page">
      <AnalyticsNav />
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.intro')}</p>

      <section className="compare-controls" aria-label={t('compare.controls')}>
        {indicators.error && <ErrorMessage error={indicators.error} onRetry={indicators.reload} />}
        {indicators.data ? (
          <IndicatorPicker
            indicators={indicators.data}
            nodeNames={nodeNames}
            selected={state.indicator}
            onChoose={(indicator) => update({ indicator })}
            label={t('compare.indicator')}
            testId="indicator-picker"
          />
        ) : (
          !indicators.error && <LoadingIndicator />
        )}
        {cities.error && <ErrorMessage error={cities.error} onRetry={cities.reload} />}
        {cities.data && (
          <CityChooser
            state={state}
            cities={cities.data}
            peerGroup={shown?.peers ?? null}
            comparedCities={shown?.cities.map((row) => row.city) ?? []}
            savedSets={user ? savedSets.latestData : undefined}
            onSetSaved={savedSets.reload}
            onChange={update}
          />
        )}
      </section>

      <section className="compare-result" aria-label={t('compare.result')} aria-busy={comparison.loading}>
        <ViewControls
          state={state}
          years={years}
          indicators={indicators.data ?? []}
          nodeNames={nodeNames}
          onChange={update}
        />
        <ShareLink />
        {state.indicator === null ? (
          <p className="empty" data-testid="compare-empty">
            {t('compare.chooseIndicator')}
          </p>
        ) : state.peers === null && state.cities.length === 0 ? (
          <p className="empty" data-testid="compare-empty">
            {t('compare.chooseCities')}
          </p>
        ) : comparison.error ? (
          <ErrorMessage error={comparison.error} onRetry={comparison.reload}>
            {comparison.error.body?.errors?.map((problem) => (
              <p key={problem.message}>{problem.message}</p>
            ))}
          </ErrorMessage>
        ) : !shown ? (
          <LoadingIndicator />
        ) : (
          <>
            <ComparisonView state={state} comparison={shown} against={scatterWanted ? against : null} />
            <p className="actions">
              <ExportButton
                cities={shown.cities.map((row) => row.city.slug)}
                indicator={shown.indicator.code}
              />
            </p>
          </>
        )}
      </section>
      <LiveAnnouncer message={announcement} testId="compare-announcement" />
    </div>
  );
}
