import type { IndicatorComparisonResponse } from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiState } from '../../shared/api/use-api';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import type { CompareState } from './compare-state';
import { buildLineModel, buildMapModel, buildRankedBars, buildScatter } from './comparison-model';
import { comparisonSummary } from './comparison-summary';
import { LineView } from './LineView';
import { MapView } from './MapView';
import { RankedBarView } from './RankedBarView';
import { ScatterView } from './ScatterView';
import { useCompareLabels } from './use-compare-labels';

interface ComparisonViewProps {
  state: CompareState;
  comparison: IndicatorComparisonResponse;
  /** The scatter's second indicator; null in the other views. */
  against: ApiState<IndicatorComparisonResponse> | null;
}

/** The chosen view of the comparison, with its table and downloads. */
export function ComparisonView({ state, comparison, against }: ComparisonViewProps) {
  const { t } = useTranslation();
  const labels = useCompareLabels(comparison.indicator);
  const language = useSummaryLanguage();
  const { indicator } = comparison;
  const fileName = `${indicator.code}-${state.view}-${comparison.to}`;

  const line = useMemo(
    () => buildLineModel(comparison, state.mode, state.baseYear, state.city),
    [comparison, state.mode, state.baseYear, state.city],
  );
  const bars = useMemo(
    () => buildRankedBars(comparison, state.mode, state.baseYear, state.city),
    [comparison, state.mode, state.baseYear, state.city],
  );
  const map = useMemo(() => buildMapModel(comparison, state.city), [comparison, state.city]);
  const againstData = against?.data;
  const scatter = useMemo(
    () =>
      againstData ? buildScatter(comparison, againstData, state.scatter, state.baseYear, state.city) : null,
    [againstData, comparison, state.scatter, state.baseYear, state.city],
  );

  const summary = useMemo(
    () => comparisonSummary(comparison, state.city, language),
    [comparison, state.city, language],
  );
  const scatterSummary = useMemo(
    () => (againstData ? `${summary} ${comparisonSummary(againstData, state.city, language)}` : summary),
    [againstData, summary, state.city, language],
  );

  if (comparison.availability.status === 'not_available') {
    return (
      <p className="empty" data-testid="compare-not-available">
        {t('compare.notAvailable', { reason: t(`compare.unavailable.${comparison.availability.reason}`) })}
      </p>
    );
  }

  switch (state.view) {
    case 'line':
      return (
        <LineView model={line} indicator={indicator} labels={labels} fileName={fileName} summary={summary} />
      );
    case 'bar':
      return (
        <RankedBarView
          model={bars}
          indicator={indicator}
          labels={labels}
          fileName={fileName}
          summary={summary}
        />
      );
    case 'map':
      return (
        <MapView model={map} indicator={indicator} labels={labels} fileName={fileName} summary={summary} />
      );
    case 'scatter':
      if (!against) return <p className="empty">{t('compare.chooseAgainst')}</p>;
      if (against.error) return <ErrorMessage error={against.error} onRetry={against.reload} />;
      if (!againstData || !scatter) return <LoadingIndicator />;
      return (
        <ScatterView
          model={scatter}
          x={indicator}
          y={againstData.indicator}
          measure={state.scatter}
          year={comparison.to}
          labels={labels}
          fileName={`${indicator.code}-${againstData.indicator.code}-${comparison.to}`}
          summary={scatterSummary}
        />
      );
  }
}
