import {
  apiRoutes,
  withQuery,
  type CityDetail,
  type CityProgressRow,
  type CityObservationsQuery,
  type CityObservationsResponse,
  type DimensionCode,
  type DimensionDto,
  type EvidenceNoteDto,
  type EvidenceNotesQuery,
  type IndicatorDto,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { useMeta } from '../../shared/api/meta';
import { downloadCsv } from '../../shared/charts/csv';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';
import { ExportButton } from '../exchange/ExportDialog';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { DirectionText } from '../../shared/ui/DirectionText';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { targetText } from '../../shared/ui/target-text';
import {
  buildCsvRows,
  buildIndicatorSeries,
  dimensionsInModel,
  seriesForBreakdown,
} from './indicator-series';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorTable } from './IndicatorTable';
import { useDimensionLookup } from './use-dimension-lookup';
import { CityTargetFact, ProposeCityTarget, TargetProgressList } from './CityTargets';
import { AddEvidenceNote, EvidenceNoteList } from './EvidenceNotes';
import { indicatorSummary } from './indicator-summary';

interface IndicatorPanelProps {
  city: CityDetail;
  indicator: IndicatorDto;
  dimensions: DimensionDto[] | undefined;
  /** The indicator's row of the city's progress; undefined while it loads or when it failed. */
  progress: CityProgressRow | undefined;
}

/** One indicator for one city: what it measures, a chart over time, the same data as a table and as CSV. */
export function IndicatorPanel({ city, indicator, dimensions, progress }: IndicatorPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useMeta();
  const headingId = useId();
  const breakdownId = useId();
  const [breakdown, setBreakdown] = useState<DimensionCode | 'all'>('all');
  const lookup = useDimensionLookup(dimensions);
  const language = useSummaryLanguage();
  const notesListId = useId();

  const query: CityObservationsQuery = { indicator: indicator.code };
  const { data, error, reload } = useApi<CityObservationsResponse>(
    withQuery(apiRoutes.cityObservations(city.slug), query),
  );
  const notesQuery: EvidenceNotesQuery = { indicator: indicator.code };
  const evidenceNotes = useApi<EvidenceNoteDto[]>(
    withQuery(apiRoutes.cityEvidenceNotes(city.slug), notesQuery),
  );
  // The last answer stays on screen while the notes reload, but never another indicator's notes.
  const notes = (evidenceNotes.latestData ?? []).filter((note) => note.indicator === indicator.code);

  const labels = useMemo(
    () => ({ total: t('dimensionValues.total'), separator: t('dimensionValues.separator') }),
    [t],
  );
  const fullModel = useMemo(
    () => (data ? buildIndicatorSeries(data.observations, indicator, lookup, labels) : null),
    [data, indicator, lookup, labels],
  );
  const breakdowns = useMemo(() => (fullModel ? dimensionsInModel(fullModel) : []), [fullModel]);
  const model = useMemo(
    () => (fullModel ? seriesForBreakdown(fullModel, breakdown) : null),
    [fullModel, breakdown],
  );

  const target = targetText(indicator, t, format.number, t('indicator.noTarget'));
  const summary = useMemo(
    () => (fullModel ? indicatorSummary(fullModel, indicator, progress, city.name, language) : ''),
    [fullModel, indicator, progress, city.name, language],
  );
  const latestYear = fullModel?.years[fullModel.years.length - 1] ?? new Date().getFullYear();

  const download = () => {
    if (!model) return;
    const rows = buildCsvRows(model, {
      year: t('indicator.csvYearColumn'),
      value: (series) => t('indicator.csvValueColumn', { series, unit: indicator.unitLabel }),
      status: (series) => t('indicator.csvStatusColumn', { series }),
    });
    downloadCsv(`${city.slug}-${indicator.code}`, rows);
  };

  return (
    <article className="indicator-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{indicator.name}</h3>
      {indicator.definition && <p className="indicator-panel__definition">{indicator.definition}</p>}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('indicator.code')}</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('indicator.unit')}</dt>
          <dd>{indicator.unitLabel}</dd>
        </div>
        <div>
          <dt>{t('direction.label')}</dt>
          <dd>
            <DirectionText direction={indicator.direction} />
          </dd>
        </div>
        <div>
          <dt>{t('localTargets.globalTarget')}</dt>
          <dd>{target}</dd>
        </div>
        {progress && <CityTargetFact indicator={indicator} progress={progress} />}
      </dl>
      {progress && <TargetProgressList progress={progress} />}

      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!error && !model && <LoadingIndicator />}
      {model?.series.length === 0 && (
        <p className="empty" data-testid="indicator-no-data">
          {t('indicator.noData', { city: city.name })}
        </p>
      )}
      {model && model.series.length > 0 && (
        <>
          {breakdowns.length > 1 && (
            <div className="field breakdown-picker">
              <label htmlFor={breakdownId}>{t('indicator.breakdown')}</label>
              <select
                id={breakdownId}
                value={breakdown}
                onChange={(e) => setBreakdown(breakdowns.find((d) => d === e.target.value) ?? 'all')}
              >
                <option value="all">{t('indicator.allBreakdowns')}</option>
                {breakdowns.map((dimension) => (
                  <option key={dimension} value={dimension}>
                    {t(`dimensions.${dimension}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <IndicatorChart
            model={model}
            indicator={indicator}
            city={city}
            demoData={meta?.demoData ?? false}
            summary={summary}
            notes={notes}
            notesListId={notesListId}
          />
          <EvidenceNoteList listId={notesListId} notes={notes} onChanged={evidenceNotes.reload} />
          <IndicatorTable model={model} indicator={indicator} city={city} notes={notes} />
          <p className="actions">
            <button type="button" className="button" onClick={download} data-testid="download-csv">
              <span aria-hidden="true">⤓ </span>
              {t('indicator.downloadCsv')}
            </button>
            <ExportButton cities={[city.slug]} indicator={indicator.code} />
          </p>
        </>
      )}
      <AddEvidenceNote
        city={city}
        indicator={indicator}
        defaultYear={latestYear}
        onAdded={evidenceNotes.reload}
      />
      <ProposeCityTarget city={city} indicator={indicator} />
    </article>
  );
}
