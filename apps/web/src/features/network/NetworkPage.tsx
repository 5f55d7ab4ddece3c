import {
  apiRoutes,
  withQuery,
  type NetworkOverviewQuery,
  type NetworkOverviewResponse,
} from '@lcm/contracts';
import { summariseCoverage } from '@lcm/domain';
import type { ChartData, ChartOptions } from 'chart.js';
import { useId, useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';
import type { ChartTableRow } from '../../shared/charts/chart-table';
import { ChartTableView } from '../../shared/charts/ChartTableView';
import { OKABE_ITO } from '../../shared/charts/palette';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LiveAnnouncer } from '../../shared/ui/LiveAnnouncer';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import {
  coverageByRegionTable,
  coverageByYearTable,
  coverageMatrixTable,
  distributionTable,
  shareOfMembers,
  submissionsTable,
  type NetworkTableLabels,
} from './network-model';
import { AnalyticsNav } from '../compare/AnalyticsNav';
import './network.css';

/**
 * `/network`: the network at a glance for a year (`?year=`, the best-covered recent year by default):
 * who reports, per year, region and indicator; where submissions stand (network staff); how each
 * indicator's values spread across the cities. Every table has its CSV.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('network.title'));
  const yearId = useId();
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const query: NetworkOverviewQuery = {
    year: Number.isInteger(yearParam) && yearParam > 0 ? yearParam : undefined,
  };
  const overview = useApi<NetworkOverviewResponse>(withQuery(apiRoutes.analyticsNetworkOverview(), query));
  const shown = overview.data ?? overview.latestData;

  const chooseYear = (year: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('year', year);
        return next;
      },
      { replace: true },
    );

  // What a change of year did, for screen-reader users (sighted ones see the figures change).
  const fresh = overview.data;
  const announcement =
    fresh && fresh.year !== null
      ? t('announce.network', {
          year: fresh.year,
          cities: fresh.coverageByYear.find((entry) => entry.year === fresh.year)?.cities ?? 0,
          members: fresh.memberCities,
        })
      : '';

  return (
    <div className="page network-page">
      <AnalyticsNav />
      <h1>{t('network.title')}</h1>
      <p className="lead">{t('network.intro')}</p>
      {overview.error && <ErrorMessage error={overview.error} onRetry={overview.reload} />}
      {!overview.error && !shown && <LoadingIndicator />}
      {shown && (
        <div aria-busy={overview.loading}>
          {shown.years.length > 0 && (
            <div className="field network-year">
              <label htmlFor={yearId}>{t('network.year')}</label>
              <select
                id={yearId}
                value={shown.year ?? ''}
                onChange={(event) => chooseYear(event.target.value)}
              >
                {[...shown.years].reverse().map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </select>
            </div>
          )}
          {shown.year === null ? (
            <p className="empty">{t('network.noData')}</p>
          ) : (
            <NetworkOverview overview={shown} year={shown.year} />
          )}
        </div>
      )}
      <LiveAnnouncer message={announcement} testId="network-announcement" />
    </div>
  );
}

function useNetworkLabels(): NetworkTableLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      year: t('network.table.year'),
      region: t('network.table.region'),
      indicator: t('network.table.indicator'),
      regionName: (region) => t(`regions.${region}`),
      statusName: (status) => t(`reportingStatus.${status}`),
      indicatorName: (name, code) => t('network.table.indicatorName', { name, code }),
      citiesReporting: t('network.table.citiesReporting'),
      shareOfMembers: t('network.table.shareOfMembers'),
      valuesReported: t('network.table.valuesReported'),
      memberCities: t('network.table.memberCities'),
      unit: t('network.table.unit'),
      cities: t('network.table.cities'),
      min: t('network.table.min'),
      q1: t('network.table.q1'),
      median: t('network.table.median'),
      q3: t('network.table.q3'),
      max: t('network.table.max'),
    }),
    [t],
  );
}

function NetworkOverview({ overview, year }: { overview: NetworkOverviewResponse; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useNetworkLabels();
  const reporting = overview.coverageByYear.find((entry) => entry.year === year);
  const share = reporting ? shareOfMembers(reporting.cities, overview.memberCities) : null;
  const submissions = submissionsTable(overview, t('network.submissionsCaption'), labels);

  // The coverage matrix is shaded by the share of member cities that reported; the number stays in the cell.
  const matrixShade = (row: ChartTableRow, columnIndex: number) => {
    const cities = row.cells[columnIndex];
    const fraction =
      typeof cities === 'number' ? (shareOfMembers(cities, overview.memberCities) ?? 0) / 100 : 0;
    return { background: `rgb(0 114 178 / ${Math.round(6 + fraction * 44)}%)` };
  };

  return (
    <>
      <dl className="facts" data-testid="network-facts">
        <div>
          <dt>{t('network.memberCities')}</dt>
          <dd>{format.number(overview.memberCities, 0)}</dd>
        </div>
        <div>
          <dt>{t('network.reportingIn', { year })}</dt>
          <dd>
            {reporting ? format.number(reporting.cities, 0) : 0}
            {share !== null && <> ({t('network.percent', { value: format.number(share, 0) })})</>}
          </dd>
        </div>
        <div>
          <dt>{t('network.valuesIn', { year })}</dt>
          <dd>{format.number(reporting?.values ?? 0, 0)}</dd>
        </div>
      </dl>

      <CoverageChart overview={overview} year={year} labels={labels} />

      <section className="network-section" aria-labelledby="network-regions">
        <h2 id="network-regions">{t('network.regionsTitle', { year })}</h2>
        <ChartTableView
          table={coverageByRegionTable(overview, t('network.regionsCaption', { year }), labels)}
          fileName={`network-regions-${year}`}
          testId="network-regions"
        />
      </section>

      <section className="network-section" aria-labelledby="network-matrix">
        <h2 id="network-matrix">{t('network.matrixTitle')}</h2>
        <p className="muted">{t('network.matrixIntro', { members: overview.memberCities })}</p>
        <ChartTableView
          table={coverageMatrixTable(overview, t('network.matrixCaption'), labels)}
          fileName="network-coverage"
          testId="coverage-matrix"
          cellStyle={matrixShade}
        />
      </section>

      {submissions && (
        <section className="network-section" aria-labelledby="network-submissions">
          <h2 id="network-submissions">{t('network.submissionsTitle')}</h2>
          <ChartTableView table={submissions} fileName="network-submissions" testId="submission-counts" />
        </section>
      )}

      <section className="network-section" aria-labelledby="network-distributions">
        <h2 id="network-distributions">{t('network.distributionsTitle', { year })}</h2>
        <p className="muted">{t('network.distributionsIntro')}</p>
        <ChartTableView
          table={distributionTable(overview, t('network.distributionsCaption', { year }), labels)}
          fileName={`network-distributions-${year}`}
          testId="indicator-distributions"
        />
      </section>
    </>
  );
}

/** Cities reporting per year, as bars, with the table of cities, shares and values. */
function CoverageChart({
  overview,
  year,
  labels,
}: {
  overview: NetworkOverviewResponse;
  /** The year summarised under the chart. */
  year: number;
  labels: NetworkTableLabels;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useSummaryLanguage();
  const title = t('network.coverageTitle');
  const summary = summariseCoverage(
    {
      year,
      memberCities: overview.memberCities,
      reportingCities: overview.coverageByYear.find((entry) => entry.year === year)?.cities ?? 0,
    },
    language,
  );
  const data = useMemo(
    (): ChartData<'bar', number[], string> => ({
      labels: overview.coverageByYear.map((entry) => String(entry.year)),
      datasets: [
        {
          label: labels.citiesReporting,
          data: overview.coverageByYear.map((entry) => entry.cities),
          backgroundColor: OKABE_ITO.blue,
        },
      ],
    }),
    [labels.citiesReporting, overview.coverageByYear],
  );
  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      plugins: { legend: { display: false } },
      scales: {
        x: { title: { display: true, text: labels.year }, grid: { display: false } },
        y: {
          title: { display: true, text: labels.citiesReporting },
          beginAtZero: true,
          suggestedMax: overview.memberCities,
          ticks: { precision: 0 },
          grid: { color: '#e3e8ee' },
        },
      },
    }),
    [format.locale, labels.citiesReporting, labels.year, overview.memberCities],
  );
  return (
    <ChartCard
      title={title}
      fileName="network-coverage-by-year"
      summary={summary}
      table={coverageByYearTable(overview, title, labels)}
      testId="network-coverage"
      canvasHeight="16rem"
    >
      <Bar data={data} options={options} role="img" aria-label={t('network.coverageLabel', { title })} />
    </ChartCard>
  );
}
