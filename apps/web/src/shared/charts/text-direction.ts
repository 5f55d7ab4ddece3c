import type { Chart } from 'chart.js';
import i18next from 'i18next';
import { formatLocale } from '../../i18n/format';

/**
 * Fits chart.js to the UI language: numbers on axes and in tooltips in the language's format, and
 * in Arabic, legends and tooltips written right to left (marker after the text, lines right-aligned).
 * The plot itself is not mirrored: time and value axes keep running left to right, as in UN Arabic
 * publications, so a rising line still rises to the right.
 * The language is fixed for the life of a page (changing it loads the page again), so defaults suffice.
 */
export function applyLanguageToCharts(chart: typeof Chart, language: string | undefined): void {
  if (!language) return;
  const rtl = i18next.dir(language) === 'rtl';
  chart.defaults.locale = formatLocale(language);
  chart.defaults.plugins.legend.rtl = rtl;
  chart.defaults.plugins.legend.textDirection = rtl ? 'rtl' : 'ltr';
  chart.defaults.plugins.tooltip.rtl = rtl;
  chart.defaults.plugins.tooltip.textDirection = rtl ? 'rtl' : 'ltr';
}
