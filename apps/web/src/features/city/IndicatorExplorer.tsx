import {
  apiRoutes,
  type CityDetail,
  type CityProgressResponse,
  type DimensionDto,
  type FrameworkTreeDto,
  type IndicatorDto,
} from '@lcm/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { groupIndicatorsByFramework, pickIndicator } from './indicator-groups';
import { IndicatorPanel } from './IndicatorPanel';

/** The indicator picker (grouped by KFLC area; the choice is kept in `?indicator=`) and the chosen indicator. */
export function IndicatorExplorer({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const pickerId = useId();
  const hintId = useId();
  const headingId = useId();
  const [params, setParams] = useSearchParams();

  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const kflc = useApi<FrameworkTreeDto>(apiRoutes.framework('KFLC'));
  const dimensions = useApi<DimensionDto[]>(apiRoutes.dimensions());
  // Fetched once for the city: each indicator's panel picks its own row.
  const progress = useApi<CityProgressResponse>(apiRoutes.analyticsCityProgress(city.slug));

  const otherLabel = t('indicator.otherIndicators');
  const groups = useMemo(
    () => (indicators.data ? groupIndicatorsByFramework(kflc.data, indicators.data, otherLabel) : []),
    [indicators.data, kflc.data, otherLabel],
  );
  const selected = pickIndicator(groups, params.get('indicator'));
  // Wait for the framework too (unless it failed), so the picker does not regroup under the user's eyes.
  const ready = indicators.data !== undefined && !kflc.loading;

  const choose = (code: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('indicator', code);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <section className="indicators" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('indicator.heading')}</h2>
      {indicators.error && <ErrorMessage error={indicators.error} onRetry={indicators.reload} />}
      {!indicators.error && !ready && <LoadingIndicator />}
      {ready && !selected && <p className="empty">{t('indicator.noIndicators')}</p>}
      {ready && selected && (
        <>
          <div className="field indicator-picker">
            <label htmlFor={pickerId}>{t('indicator.picker')}</label>
            <select
              id={pickerId}
              value={selected.code}
              aria-describedby={kflc.data ? hintId : undefined}
              onChange={(e) => choose(e.target.value)}
            >
              {groups.map((group) =>
                groups.length === 1 && group.code === 'other' ? (
                  group.indicators.map((indicator) => (
                    <IndicatorOption key={indicator.code} indicator={indicator} />
                  ))
                ) : (
                  <optgroup key={group.code} label={group.label}>
                    {group.indicators.map((indicator) => (
                      <IndicatorOption key={indicator.code} indicator={indicator} />
                    ))}
                  </optgroup>
                ),
              )}
            </select>
            {kflc.data && (
              <span id={hintId} className="field__hint">
                {t('indicator.pickerHint')}
              </span>
            )}
          </div>
          <IndicatorPanel
            key={selected.code}
            city={city}
            indicator={selected}
            dimensions={dimensions.data}
            progress={progress.data?.indicators.find((row) => row.indicator.code === selected.code)}
          />
        </>
      )}
    </section>
  );
}

function IndicatorOption({ indicator }: { indicator: IndicatorDto }) {
  return <option value={indicator.code}>{indicator.name}</option>;
}
