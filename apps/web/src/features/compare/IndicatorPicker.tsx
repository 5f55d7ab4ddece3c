import type { IndicatorDto } from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchIndicators } from './indicator-search';

interface IndicatorPickerProps {
  indicators: readonly IndicatorDto[];
  /** Names of the framework nodes, by code, for searching by area. */
  nodeNames: ReadonlyMap<string, string>;
  selected: string | null;
  onChoose: (code: string) => void;
  /** Label of the list, e.g. "Indicator" or "Compared with". */
  label: string;
  testId: string;
}

/**
 * Chooses an indicator: a search box (by code, words of the name, or framework area) narrows the
 * list below it; the list stays a native list box, usable with the keyboard and screen readers.
 */
export function IndicatorPicker({
  indicators,
  nodeNames,
  selected,
  onChoose,
  label,
  testId,
}: IndicatorPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => searchIndicators(indicators, nodeNames, query),
    [indicators, nodeNames, query],
  );
  const selectedShown = matches.some((match) => match.indicator.code === selected);
  const chosen = indicators.find((indicator) => indicator.code === selected);

  return (
    <div className="indicator-search" data-testid={testId}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('compare.indicatorSearch')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${id}-hint`}
          aria-controls={`${id}-list`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={`${id}-hint`} className="field__hint">
          {t('compare.indicatorSearchHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-list`}>{label}</label>
        <select
          id={`${id}-list`}
          size={Math.min(7, Math.max(2, matches.length))}
          value={selectedShown && selected ? selected : ''}
          onChange={(event) => onChoose(event.target.value)}
        >
          {matches.map(({ indicator, node }) => (
            <option key={indicator.code} value={indicator.code}>
              {node
                ? t('compare.indicatorOptionVia', {
                    name: indicator.name,
                    code: indicator.code,
                    node: node.code,
                  })
                : t('compare.indicatorOption', { name: indicator.name, code: indicator.code })}
            </option>
          ))}
        </select>
        <span className="field__hint" role="status">
          {query.trim() ? t('compare.indicatorMatches', { count: matches.length }) : ''}
        </span>
      </div>
      {chosen && !selectedShown && (
        <p className="muted small">
          {t('compare.indicatorChosen', { name: chosen.name, code: chosen.code })}
        </p>
      )}
    </div>
  );
}
