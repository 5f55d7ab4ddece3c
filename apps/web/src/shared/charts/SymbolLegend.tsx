import type { LegendSymbol } from './chart-png';

/** One legend symbol as the chart draws it: its line (when it has a pattern) and its marker. */
function SymbolMark({ item }: { item: LegendSymbol }) {
  const fill = item.fill ?? (item.hollow ? '#ffffff' : item.colour);
  const common = { fill, stroke: item.colour, strokeWidth: 2 };
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      {item.dash && (
        <line
          x1="1"
          y1="6"
          x2="35"
          y2="6"
          stroke={item.colour}
          strokeWidth={2.5}
          strokeDasharray={item.dash.length ? item.dash.join(' ') : undefined}
        />
      )}
      {item.pointStyle === 'rect' && <rect x={13.5} y={1.5} width={9} height={9} {...common} />}
      {item.pointStyle === 'triangle' && <polygon points="18,1 23,10.5 13,10.5" {...common} />}
      {item.pointStyle === 'rectRot' && <polygon points="18,0.5 23.5,6 18,11.5 12.5,6" {...common} />}
      {item.pointStyle === 'circle' && <circle cx={18} cy={6} r={4.5} {...common} />}
    </svg>
  );
}

/**
 * A legend in HTML: each entry shows its colour, line pattern and marker shape, so the chart can be
 * read without telling colours apart. The same entries are drawn into the chart's PNG.
 */
export function SymbolLegend({ items, label }: { items: readonly LegendSymbol[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <SymbolMark item={item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
