import { DASH_PATTERNS, POINT_STYLES, SERIES_COLOURS, seriesStyle, TARGET_STYLE } from './palette';

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((channel) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

describe('chart palette', () => {
  it('draws every series and the target line at 3:1 or more against the white chart', () => {
    for (const colour of [...SERIES_COLOURS, TARGET_STYLE.colour]) {
      expect({ colour, enough: contrastWithWhite(colour) >= 3 }).toEqual({ colour, enough: true });
    }
  });

  it('tells series apart without colour: no two of the first shapes × patterns share both cues', () => {
    const series = POINT_STYLES.length * DASH_PATTERNS.length;
    const cues = Array.from({ length: series }, (_, index) => {
      const style = seriesStyle(index);
      return `${POINT_STYLES.indexOf(style.pointStyle)}|${style.dash.join(',')}`;
    });
    expect(new Set(cues).size).toBe(series);
  });
});
