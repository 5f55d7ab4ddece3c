import type { PointStyle } from 'chart.js';
import type { ProgressStatus, ScoreBand } from '@lcm/contracts';
import { OKABE_ITO } from './palette';

/** The arrow of a progress status, always shown next to the status in words. */
export const PROGRESS_STATUS_ARROWS: Readonly<Record<ProgressStatus, string>> = {
  target_achieved: '✔',
  substantial: '↑',
  moderate: '↗',
  limited: '→',
  deterioration: '↓',
  not_available: '–',
};

export interface BandStyle {
  colour: string;
  /** Marker on maps and scatter plots, so that bands can be told apart without colour. */
  pointStyle: PointStyle;
  /** Mark in tables and legends. */
  mark: string;
}

/** Dashboard colours of the 0–100 score bands, from Okabe–Ito, each with its own marker shape. */
export const SCORE_BAND_STYLES: Readonly<Record<ScoreBand, BandStyle>> = {
  achieved: { colour: OKABE_ITO.bluishGreen, pointStyle: 'circle', mark: '●' },
  yellow: { colour: OKABE_ITO.yellow, pointStyle: 'rect', mark: '■' },
  orange: { colour: OKABE_ITO.orange, pointStyle: 'triangle', mark: '▲' },
  red: { colour: OKABE_ITO.vermillion, pointStyle: 'rectRot', mark: '◆' },
};

/** A city without a score: drawn hollow, in grey. */
export const NO_SCORE_STYLE: BandStyle = { colour: '#7b8794', pointStyle: 'circle', mark: '○' };
