import type { PointStyle } from 'chart.js';

/**
 * The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
 * https://jfly.uni-koeln.de/color/
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * Darker shades of the light Okabe–Ito hues, for lines and markers on white: WCAG 2.1 (1.4.11) asks
 * 3:1 of graphics that carry meaning, and the originals reach only 2.3:1 (orange, sky blue) to 3.1:1.
 */
export const DARKENED_OKABE_ITO = {
  reddishPurple: '#B8629A',
  orange: '#A87300',
  skyBlue: '#2E8BC8',
} as const;

/** Series colours, darkest first, each at least 3:1 on white; yellow is left out: no shade of it is dark enough. */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  DARKENED_OKABE_ITO.reddishPurple,
  DARKENED_OKABE_ITO.orange,
  DARKENED_OKABE_ITO.skyBlue,
];

/** Point shapes that can be drawn filled or hollow (hollow marks estimated and provisional values). */
export const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

/**
 * Line dash patterns: the first series is solid; the target line has its own pattern. There is
 * one pattern fewer than colours, so colour and pattern never repeat together for 30 series.
 */
export const DASH_PATTERNS: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4]];

export const TARGET_STYLE = { colour: '#3d4852', dash: [10, 4, 2, 4, 2, 4] as readonly number[] } as const;

function cycle<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

export interface SeriesStyle {
  colour: string;
  pointStyle: PointStyle;
  dash: number[];
}

/**
 * The style of the n-th series: colour, point shape and dash pattern all differ, so a series
 * can be told apart without colour. Cycles when there are more series than colours.
 */
export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: cycle(SERIES_COLOURS, index),
    pointStyle: cycle(POINT_STYLES, index),
    dash: [...cycle(DASH_PATTERNS, index)],
  };
}
