import { PROGRESS_METHODS, type IndicatorDto } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_VIEWS, SCATTER_MEASURES, VALUE_MODES, type CompareState } from './compare-state';
import { IndicatorPicker } from './IndicatorPicker';

interface ViewControlsProps {
  state: CompareState;
  /** Years that can be chosen, newest first. */
  years: readonly number[];
  indicators: readonly IndicatorDto[];
  nodeNames: ReadonlyMap<string, string>;
  onChange: (change: Partial<CompareState>) => void;
}

/** How the comparison is shown: the view, the period, values or change, the scatter's second indicator, the method. */
export function ViewControls({ state, years, indicators, nodeNames, onChange }: ViewControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const baseYears = years.filter((year) => state.year === null || year <= state.year);

  return (
    <div className="view-controls">
      <div className="view-switch" role="group" aria-label={t('compare.view.label')}>
        {COMPARE_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="view-switch__button"
            aria-pressed={state.view === view}
            data-testid={`view-${view}`}
            onClick={() => onChange({ view })}
          >
            {t(`compare.view.${view}`)}
          </button>
        ))}
      </div>

      <div className="view-options">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('compare.year')}</label>
          <select
            id={`${id}-year`}
            value={state.year ?? ''}
            onChange={(event) => onChange({ year: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">{t('compare.latestYear')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('compare.baseYear')}</label>
          <select
            id={`${id}-base`}
            value={state.baseYear}
            aria-describedby={`${id}-base-hint`}
            onChange={(event) => onChange({ baseYear: Number(event.target.value) })}
          >
            {(baseYears.includes(state.baseYear) ? baseYears : [state.baseYear, ...baseYears]).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
          <span id={`${id}-base-hint`} className="field__hint">
            {t('compare.baseYearHint')}
          </span>
        </div>
        {(state.view === 'line' || state.view === 'bar') && (
          <fieldset className="radio-group">
            <legend>{t('compare.mode.label')}</legend>
            {VALUE_MODES.map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={state.mode === mode}
                  onChange={() => onChange({ mode })}
                />{' '}
                {t(`compare.mode.${mode}`)}
              </label>
            ))}
          </fieldset>
        )}
        {state.view === 'scatter' && (
          <fieldset className="radio-group">
            <legend>{t('compare.scatterMeasure.label')}</legend>
            {SCATTER_MEASURES.map((measure) => (
              <label key={measure}>
                <input
                  type="radio"
                  name={`${id}-scatter`}
                  checked={state.scatter === measure}
                  onChange={() => onChange({ scatter: measure })}
                />{' '}
                {t(`compare.scatterMeasure.${measure}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor={`${id}-method`}>{t('compare.method.label')}</label>
          <select
            id={`${id}-method`}
            value={state.method}
            onChange={(event) =>
              onChange({
                method: PROGRESS_METHODS.find((method) => method === event.target.value) ?? state.method,
              })
            }
          >
            {PROGRESS_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`compare.method.${method}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {state.view === 'scatter' && (
        <IndicatorPicker
          indicators={indicators}
          nodeNames={nodeNames}
          selected={state.against}
          onChoose={(against) => onChange({ against })}
          label={t('compare.against')}
          testId="against-picker"
        />
      )}
    </div>
  );
}
