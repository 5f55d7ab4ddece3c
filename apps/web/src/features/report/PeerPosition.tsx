import type { CityReportResponse } from '@lcm/contracts';
import { summariseRanking } from '@lcm/domain';
import type { ChartData, ChartOptions, ChartType, Plugin } from 'chart.js';
import { useId, useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import { DARKENED_OKABE_ITO, OKABE_ITO } from '../../shared/charts/palette';
import { peerChartTable, peerRankingSummaryInput } from './report-model';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';

const PEER_COLOUR = DARKENED_OKABE_ITO.skyBlue;
const SELF_COLOUR = OKABE_ITO.blue;
const MEDIAN_COLOUR = '#1f2933';
const ROW_HEIGHT_PX = 22;
const MEDIAN_LABEL_ROOM_PX = 20;
/** Room after the longest bar for its score. */
const BAR_LABEL_ROOM_PX = 40;

interface MedianLineOptions {
  value: number | null;
  label: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    /** The peer median of the report's ranked bars (a plugin of that chart only). */
    reportMedianLine?: MedianLineOptions;
  }
}

/** A dashed vertical line at the peer median of a horizontal bar chart, labelled above it. */
const medianLine: Plugin<'bar', MedianLineOptions> = {
  id: 'reportMedianLine',
  afterDatasetsDraw(chart, _args, options) {
    const x = chart.scales.x;
    if (options.value === null || !x) return;
    const { ctx, chartArea } = chart;
    const pixel = x.getPixelForValue(options.value);
    ctx.save();
    ctx.strokeStyle = MEDIAN_COLOUR;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(pixel, chartArea.top);
    ctx.lineTo(pixel, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = MEDIAN_COLOUR;
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    // Above the bars, in the room the chart's top padding keeps for it, so that it never covers a bar's label.
    ctx.fillText(options.label, pixel + 4, chartArea.top - 4);
    ctx.restore();
  },
};

/** Where the city's overall score stands among its peer cities: a ranked bar per city and the median. */
export function PeerPosition({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useSummaryLanguage();
  const headingId = useId();
  const { peers, city, year } = report;
  const title = t('report.peersChartTitle', { city: city.name, year });
  const medianText =
    peers.median === null ? '' : t('report.peersMedian', { median: format.number(peers.median, 0) });

  const data = useMemo(
    (): ChartData<'bar', (number | null)[], string> => ({
      labels: peers.cities.map((peer) => (peer.self ? `▶ ${peer.name}` : peer.name)),
      datasets: [
        {
          label: t('report.overallScore'),
          data: peers.cities.map((peer) => peer.score),
          backgroundColor: peers.cities.map((peer) => (peer.self ? SELF_COLOUR : PEER_COLOUR)),
          borderColor: SELF_COLOUR,
          borderWidth: peers.cities.map((peer) => (peer.self ? 2 : 0)),
        },
      ],
    }),
    [peers, t],
  );
  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      layout: { padding: { top: MEDIAN_LABEL_ROOM_PX, right: BAR_LABEL_ROOM_PX } },
      plugins: {
        legend: { display: false },
        barEndLabels: {
          texts: peers.cities.map((peer) =>
            peer.score === null ? t('report.peersNoScore') : format.number(peer.score, 0),
          ),
        },
        reportMedianLine: { value: peers.median, label: medianText },
      },
      scales: {
        x: { min: 0, max: 100, title: { display: true, text: t('report.overallScore') } },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    }),
    [format, medianText, peers, t],
  );

  return (
    <section className="report-section report-section--peers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.peersHeading')}</h2>
      <p className="report-section__intro" data-testid="report-peer-rank">
        {peers.rank === null
          ? t('report.peersUnranked', { city: city.name, total: peers.group.cityCount - 1 })
          : t('report.peersRank', { city: city.name, rank: peers.rank, total: peers.ranked })}{' '}
        {peers.group.kind === 'like-mine'
          ? t('report.peersGroup', { count: peers.group.cityCount - 1 })
          : t('report.peersGroupOther', { count: peers.group.cityCount - 1 })}
      </p>
      <ChartCard
        title={title}
        fileName={`${city.slug}-peers-${year}`}
        table={peerChartTable(report, {
          caption: title,
          city: t('report.peersCity'),
          score: t('report.overallScore'),
          rank: t('report.peersRankColumn'),
        })}
        testId="report-peers"
        canvasHeight={`${peers.cities.length * ROW_HEIGHT_PX + 70}px`}
        legend={[
          { key: 'self', label: city.name, colour: SELF_COLOUR, pointStyle: 'rect' },
          { key: 'peers', label: t('report.peersLegend'), colour: PEER_COLOUR, pointStyle: 'rect' },
          { key: 'median', label: medianText, colour: MEDIAN_COLOUR, pointStyle: false, dash: [6, 4] },
        ]}
        summary={
          <p className="report-summary">
            {summariseRanking(peerRankingSummaryInput(report, t('report.overallScore')), language)}
          </p>
        }
      >
        <Bar
          data={data}
          options={options}
          plugins={[medianLine]}
          role="img"
          aria-label={t('report.peersChartLabel', { title, cities: peers.cities.length })}
        />
      </ChartCard>
    </section>
  );
}
