import { Chart, type ChartType, type Plugin } from 'chart.js';

/*
 * Small chart.js plugins that write on the chart what a reader should not have to hover for.
 * Each reads its texts from the chart's options (`options.plugins.<id>`), so they follow the data
 * on every update; without options they draw nothing.
 */

export interface BandOptions {
  from: number;
  to: number;
  /** Fill of the band. */
  colour: string;
  /** Written inside the band, at its start. */
  label: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    /** One text per bar of a horizontal bar chart, written after its end (or after the zero line when it is negative); a bar without a value gets its text at the axis. */
    barEndLabels?: { texts: readonly string[] };
    /** One text per point of the first dataset, written beside the point. */
    pointLabels?: { texts: readonly string[] };
    /** A band of the value axis, shaded behind the data (e.g. the parity band 0.97–1.03). */
    valueBand?: BandOptions | null;
  }
}

const TEXT_COLOUR = '#1f2933';
const MUTED_COLOUR = '#52606d';

function font(size: number, weight = 400): string {
  return `${weight} ${size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
}

const barEndLabels: Plugin<'bar'> = {
  id: 'barEndLabels',
  afterDatasetsDraw(chart, _args, options: { texts?: readonly string[] }) {
    const texts = options.texts ?? [];
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0]?.data ?? [];
    if (texts.length === 0 || !meta.data.length) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.font = font(12);
    meta.data.forEach((element, index) => {
      const text = texts[index];
      if (!text) return;
      const missing = data[index] === null || data[index] === undefined;
      const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as {
        x: number;
        y: number;
        base: number;
      };
      ctx.fillStyle = missing ? MUTED_COLOUR : TEXT_COLOUR;
      ctx.fillText(text, missing ? chartArea.left + 6 : Math.max(x, base) + 6, y);
    });
    ctx.restore();
  },
};

const pointLabels: Plugin<'scatter'> = {
  id: 'pointLabels',
  afterDatasetsDraw(chart, _args, options: { texts?: readonly string[] }) {
    const texts = options.texts ?? [];
    const meta = chart.getDatasetMeta(0);
    if (texts.length === 0) return;
    const { ctx } = chart;
    ctx.save();
    ctx.textBaseline = 'middle';
    ctx.font = font(12);
    ctx.fillStyle = TEXT_COLOUR;
    meta.data.forEach((element, index) => {
      const text = texts[index];
      if (!text) return;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(text, x + 8, y);
    });
    ctx.restore();
  },
};

const valueBand: Plugin<'line'> = {
  id: 'valueBand',
  beforeDatasetsDraw(chart, _args, options: Partial<BandOptions> | null) {
    const y = chart.scales.y;
    if (options?.from === undefined || options.to === undefined || !y) return;
    const { ctx, chartArea } = chart;
    const top = Math.max(chartArea.top, y.getPixelForValue(options.to));
    const bottom = Math.min(chartArea.bottom, y.getPixelForValue(options.from));
    if (bottom <= top) return;
    ctx.save();
    ctx.fillStyle = options.colour ?? '#e3e8ee';
    ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
    if (options.label) {
      ctx.fillStyle = MUTED_COLOUR;
      ctx.font = font(12, 600);
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.label, chartArea.left + 6, top - 2);
    }
    ctx.restore();
  },
};

Chart.register(barEndLabels, pointLabels, valueBand);
