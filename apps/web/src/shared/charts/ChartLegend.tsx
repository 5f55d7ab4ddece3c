import type { PointStyle } from 'chart.js';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  dash: readonly number[];
  /** Marker shape; `false` draws the line alone (e.g. a target line). */
  pointStyle: PointStyle | false;
  hollow?: boolean;
}

/** The marker of a legend item, drawn like chart.js draws it on the chart. */
export function LegendMarker({
  shape,
  colour,
  hollow,
}: {
  shape: PointStyle;
  colour: string;
  hollow?: boolean;
}) {
  const fill = hollow ? '#ffffff' : colour;
  const common = { fill, stroke: colour, strokeWidth: 2 };
  switch (shape) {
    case 'rect':
      return <rect x={14} y={2} width={8} height={8} {...common} />;
    case 'triangle':
      return <polygon points="18,1.5 22.5,10 13.5,10" {...common} />;
    case 'rectRot':
      return <polygon points="18,0.5 23.5,6 18,11.5 12.5,6" {...common} />;
    default:
      return <circle cx={18} cy={6} r={4} {...common} />;
  }
}

/**
 * A legend in HTML, so that each entry shows its colour, line pattern and marker shape — the
 * chart can be read without telling colours apart.
 */
export function ChartLegend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              y1="6"
              x2="35"
              y2="6"
              stroke={item.colour}
              strokeWidth={2.5}
              strokeDasharray={item.dash.length ? item.dash.join(' ') : undefined}
            />
            {item.pointStyle && (
              <LegendMarker shape={item.pointStyle} colour={item.colour} hollow={item.hollow} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
