import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import i18next from 'i18next';
import { applyLanguageToCharts } from './text-direction';

/** Registers only the chart.js parts the app draws with, to keep the bundle small. */
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1f2933';

applyLanguageToCharts(Chart, i18next.resolvedLanguage);
