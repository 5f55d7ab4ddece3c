import { Chart, type ChartType, type Plugin } from 'chart.js';

/*
 * Marks on a chart the years that carry notes (e.g. evidence notes): a dashed vertical line and a
 * small flag with the number of notes at the top of the plot. The notes themselves are listed under
 * the chart, which is how keyboard and screen-reader users reach them; the marks are a visual cue.
 */

export interface NoteMarkersOptions {
  /** Index on the category axis and number of notes of each marked year. */
  marks: readonly { index: number; count: number }[];
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    noteMarkers?: NoteMarkersOptions | null;
  }
}

/** Room the chart keeps above its plot for the flags (its `layout.padding.top`). */
export const NOTE_MARKER_ROOM_PX = 16;
/** Dark grey: readable on white for every kind of colour vision, and distinct from the series colours. */
export const NOTE_MARKER_COLOUR = '#3e4c59';
export const NOTE_MARKER_DASH: readonly number[] = [2, 3];
const FLAG_SIZE_PX = 14;

const noteMarkers: Plugin<'line'> = {
  id: 'noteMarkers',
  afterDatasetsDraw(chart, _args, options: Partial<NoteMarkersOptions> | null) {
    const x = chart.scales.x;
    const marks = options?.marks ?? [];
    if (!x || marks.length === 0) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = NOTE_MARKER_COLOUR;
    ctx.fillStyle = NOTE_MARKER_COLOUR;
    ctx.lineWidth = 1.5;
    ctx.font = `700 10px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const mark of marks) {
      const left = x.getPixelForValue(mark.index);
      if (!Number.isFinite(left) || left < chartArea.left - 1 || left > chartArea.right + 1) continue;
      ctx.setLineDash([...NOTE_MARKER_DASH]);
      ctx.beginPath();
      ctx.moveTo(left, chartArea.top);
      ctx.lineTo(left, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      // A downward-pointing flag holding the number of notes, above the plot so that it hides no point.
      const top = chartArea.top - FLAG_SIZE_PX;
      ctx.beginPath();
      ctx.moveTo(left - FLAG_SIZE_PX / 2, top);
      ctx.lineTo(left + FLAG_SIZE_PX / 2, top);
      ctx.lineTo(left + FLAG_SIZE_PX / 2, top + FLAG_SIZE_PX * 0.7);
      ctx.lineTo(left, top + FLAG_SIZE_PX);
      ctx.lineTo(left - FLAG_SIZE_PX / 2, top + FLAG_SIZE_PX * 0.7);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(String(mark.count), left, top + FLAG_SIZE_PX * 0.38);
      ctx.fillStyle = NOTE_MARKER_COLOUR;
    }
    ctx.restore();
  },
};

Chart.register(noteMarkers);
