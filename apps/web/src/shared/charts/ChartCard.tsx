import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/meta';
import { downloadChartPng, type LegendSymbol } from './chart-png';
import type { ChartTable } from './chart-table';
import { ChartTableView } from './ChartTableView';
import { SymbolLegend } from './SymbolLegend';
import './charts.css';

interface ChartCardProps {
  /** The figure's caption, also the PNG's title. */
  title: string;
  /** File name of the downloads, without extension. */
  fileName: string;
  /** The chart's data, shown as a table under it and offered as CSV. */
  table: ChartTable;
  /**
   * Prefix of the test ids: the figure is `<testId>`, the table `<testId>-table`, the download
   * buttons `<testId>-table-csv` and `<testId>-png`.
   */
  testId: string;
  /** The legend, shown under the chart and drawn into its PNG. */
  legend?: readonly LegendSymbol[];
  notes?: ReactNode;
  /**
   * The chart in plain words (years, values, what is missing), shown under it. With the data table it is
   * the chart's text alternative: the chart's `role="img"` element is described by it.
   */
  summary?: ReactNode;
  /** Height of the chart (CSS length), e.g. taller for a bar per city; 22rem when left out. */
  canvasHeight?: string;
  /** The chart itself: an element holding one `<canvas>`. */
  children: ReactNode;
}

/**
 * A chart with everything that makes it usable: a caption (with the demo-data label), a legend that
 * does not rely on colour, notes, the same data as a table, and CSV and PNG downloads (the PNG with
 * its title, legend and source drawn in).
 */
export function ChartCard({
  title,
  fileName,
  table,
  testId,
  legend,
  notes,
  summary,
  canvasHeight,
  children,
}: ChartCardProps) {
  const { t } = useTranslation();
  const meta = useMeta();
  const canvasArea = useRef<HTMLDivElement>(null);
  const [pngFailed, setPngFailed] = useState(false);
  const demoData = meta?.demoData ?? false;
  const summaryId = useId();
  const hasSummary = summary !== undefined && summary !== null && summary !== false;

  // The chart element comes from the children (a chart.js canvas): point it at the summary after each render,
  // as a redrawn chart may bring a new canvas.
  useEffect(() => {
    const chart = canvasArea.current?.querySelector('[role="img"]');
    if (!chart) return;
    if (hasSummary) chart.setAttribute('aria-describedby', summaryId);
    else chart.removeAttribute('aria-describedby');
  });

  const savePng = async () => {
    const canvas = canvasArea.current?.querySelector('canvas');
    if (!canvas) return;
    const footer = [
      ...(demoData ? [t('demo.banner')] : []),
      t('charts.pngSource', { url: window.location.href }),
    ];
    try {
      await downloadChartPng(canvas, fileName, { title, legend, footer });
      setPngFailed(false);
    } catch {
      setPngFailed(true);
    }
  };

  return (
    <section className="chart-card">
      <figure className="chart-figure" data-testid={testId}>
        <figcaption className="chart-figure__caption">
          <span>{title}</span>
          {demoData && (
            <span className="badge badge--demo" data-testid="chart-demo-label">
              {t('demo.label')}
            </span>
          )}
        </figcaption>
        <div
          className="chart-figure__canvas"
          ref={canvasArea}
          style={canvasHeight ? { height: canvasHeight } : undefined}
        >
          {children}
        </div>
        {legend && legend.length > 0 && <SymbolLegend items={legend} label={t('charts.legend')} />}
        {hasSummary && (
          <div id={summaryId} className="chart-figure__summary" data-testid={`${testId}-summary`}>
            {summary}
          </div>
        )}
        {notes && <div className="chart-figure__notes">{notes}</div>}
      </figure>
      <ChartTableView
        table={table}
        fileName={fileName}
        testId={`${testId}-table`}
        actions={
          <>
            <button
              type="button"
              className="button button--secondary"
              data-testid={`${testId}-png`}
              onClick={() => void savePng()}
            >
              <span aria-hidden="true">⤓ </span>
              {t('charts.downloadPng')}
            </button>
            <span role="status" className="muted">
              {pngFailed ? t('charts.pngFailed') : ''}
            </span>
          </>
        }
      />
    </section>
  );
}
