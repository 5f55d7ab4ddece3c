import { Chart, type PointStyle } from 'chart.js';
import { drawPoint } from 'chart.js/helpers';
import { safeFileName, saveFile } from './csv';

/**
 * An entry of a chart's legend: on the page (HTML, see `SymbolLegend`) and in the PNG (drawn under
 * the chart, as the page's legend is outside the canvas).
 */
export interface LegendSymbol {
  key: string;
  label: string;
  colour: string;
  /** Line pattern drawn through the marker (`[]` for a solid line); no line when left out. */
  dash?: readonly number[];
  /** Marker shape; `false` for a line alone. */
  pointStyle: PointStyle | false;
  /** A white marker with a coloured border, as estimated values and older values are drawn. */
  hollow?: boolean;
  /** Fill of the marker when it is neither the colour nor hollow (e.g. a shaded band). */
  fill?: string;
}

/** Text drawn around the chart in its PNG, so that the picture explains itself when shared alone. */
export interface PngCaption {
  title: string;
  legend?: readonly LegendSymbol[];
  /** Small lines under the chart: source, "demo data", the page address. */
  footer: string[];
}

const PADDING = 16;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const FOOTER_SIZE = 11;
const LINE_GAP = 1.35;
/** Width of a legend entry's symbol (line and marker), and the gaps after it and after its label. */
const SYMBOL_WIDTH = 34;
const SYMBOL_GAP = 6;
const ITEM_GAP = 18;

/**
 * Breaks a text into lines no wider than `maxWidth` as `measure` reports widths; a single word wider
 * than that stays on its own line.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Puts items of the given widths on rows no wider than `maxWidth`, in order; an item wider than that
 * gets a row of its own. Returns the indices of the items on each row.
 */
export function flowRows(widths: readonly number[], maxWidth: number, gap: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  widths.forEach((width, index) => {
    const needed = row.length ? used + gap + width : width;
    if (row.length && needed > maxWidth) {
      rows.push(row);
      row = [index];
      used = width;
    } else {
      row.push(index);
      used = needed;
    }
  });
  if (row.length) rows.push(row);
  return rows;
}

/**
 * The chart drawn on a canvas as a PNG: on white (the chart's own canvas is transparent), with the
 * title above and the footer lines below, at the screen's pixel density.
 */
export function chartPng(canvas: HTMLCanvasElement, caption: PngCaption): Promise<Blob> {
  const scale = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
  const output = document.createElement('canvas');
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas context'));

  const px = (size: number) => size * scale;
  const font = (size: number, weight = 400) =>
    `${weight} ${px(size)}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
  const width = canvas.width + 2 * px(PADDING);
  const innerWidth = width - 2 * px(PADDING);

  context.font = font(TITLE_SIZE, 600);
  const titleLines = wrapText(caption.title, innerWidth, (text) => context.measureText(text).width);
  context.font = font(LEGEND_SIZE);
  const legend = caption.legend ?? [];
  const itemWidths = legend.map(
    (item) => px(SYMBOL_WIDTH + SYMBOL_GAP) + context.measureText(item.label).width,
  );
  const legendRows = flowRows(itemWidths, innerWidth, px(ITEM_GAP));

  const titleHeight = titleLines.length * px(TITLE_SIZE * LINE_GAP);
  const chartTop = px(PADDING) + titleHeight + px(PADDING / 2);
  const legendTop = chartTop + canvas.height + px(PADDING / 2);
  const legendRowHeight = px(LEGEND_SIZE * LINE_GAP + 4);
  const footerTop = legendTop + legendRows.length * legendRowHeight + px(PADDING / 2);
  output.width = width;
  output.height = footerTop + caption.footer.length * px(FOOTER_SIZE * LINE_GAP) + px(PADDING);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  context.textBaseline = 'top';
  context.fillStyle = '#1f2933';
  context.font = font(TITLE_SIZE, 600);
  titleLines.forEach((line, index) => {
    context.fillText(line, px(PADDING), px(PADDING) + index * px(TITLE_SIZE * LINE_GAP));
  });
  context.drawImage(canvas, px(PADDING), chartTop);

  context.font = font(LEGEND_SIZE);
  context.textBaseline = 'middle';
  legendRows.forEach((row, rowIndex) => {
    const y = legendTop + rowIndex * legendRowHeight + legendRowHeight / 2;
    let x = px(PADDING);
    for (const index of row) {
      const item = legend[index];
      if (!item) continue;
      drawLegendSymbol(context, item, x, y, scale);
      context.fillStyle = '#1f2933';
      context.fillText(item.label, x + px(SYMBOL_WIDTH + SYMBOL_GAP), y);
      x += (itemWidths[index] ?? 0) + px(ITEM_GAP);
    }
  });

  context.textBaseline = 'top';
  context.fillStyle = '#52606d';
  context.font = font(FOOTER_SIZE);
  caption.footer.forEach((line, index) => {
    context.fillText(line, px(PADDING), footerTop + index * px(FOOTER_SIZE * LINE_GAP));
  });

  return new Promise((resolve, reject) => {
    output.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be saved'))),
      'image/png',
    );
  });
}

/** A legend entry's line (when it has a pattern) and marker, as the chart draws them. */
function drawLegendSymbol(
  context: CanvasRenderingContext2D,
  item: LegendSymbol,
  x: number,
  y: number,
  scale: number,
): void {
  context.save();
  context.strokeStyle = item.colour;
  context.lineWidth = 2.5 * scale;
  if (item.dash) {
    context.setLineDash(item.dash.map((length) => length * scale));
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + SYMBOL_WIDTH * scale, y);
    context.stroke();
    context.setLineDash([]);
  }
  if (item.pointStyle) {
    context.fillStyle = item.fill ?? (item.hollow ? '#ffffff' : item.colour);
    context.lineWidth = 2 * scale;
    drawPoint(
      context,
      { pointStyle: item.pointStyle, radius: 4.5 * scale, borderWidth: 2 * scale },
      x + (SYMBOL_WIDTH / 2) * scale,
      y,
    );
  }
  context.restore();
}

/** Saves the chart on the canvas as `<fileName>.png`. */
export async function downloadChartPng(
  canvas: HTMLCanvasElement,
  fileName: string,
  caption: PngCaption,
): Promise<void> {
  saveFile(`${safeFileName(fileName)}.png`, await chartPng(canvas, caption));
}
