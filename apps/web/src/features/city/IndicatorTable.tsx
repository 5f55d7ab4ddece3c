import type { CityDetail, EvidenceNoteDto, IndicatorDto, ObservationStatus } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { DataTable } from '../../shared/charts/DataTable';
import { notesOfYear } from './evidence-notes';
import { buildTableRows, type IndicatorSeriesModel, type SeriesPoint } from './indicator-series';

interface IndicatorTableProps {
  model: IndicatorSeriesModel;
  indicator: IndicatorDto;
  city: CityDetail;
  /** Evidence notes, shown in a last column beside their year (the column appears when there are any). */
  notes: readonly EvidenceNoteDto[];
}

/** The chart's data as a table: years as rows, series as columns, statuses marked, evidence notes last. */
export function IndicatorTable({ model, indicator, city, notes }: IndicatorTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const caption = t('indicator.tableCaption', {
    indicator: indicator.name,
    city: city.name,
    unit: indicator.unitLabel,
  });

  const cell = (point: SeriesPoint) => {
    const status = point.status && point.status !== 'A' ? point.status : null;
    return (
      <>
        {point.value === null ? (
          <>
            <span aria-hidden="true">–</span>
            {!status && <span className="visually-hidden">{t('indicator.noValue')}</span>}
          </>
        ) : (
          format.number(point.value, indicator.decimals)
        )}
        <span className="status-slot">{status && <StatusMark status={status} />}</span>
      </>
    );
  };

  const withNotes = model.years.some((year) => notesOfYear(notes, year).length > 0);
  const notesCell = (year: number) => {
    const ofYear = notesOfYear(notes, year);
    return ofYear.length === 0 ? null : (
      <ul className="indicator-table__notes">
        {ofYear.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ul>
    );
  };

  const marks = model.flaggedStatuses;
  const hasGaps = model.series.some((s) => s.points.some((p) => p.value === null));
  return (
    <div className="indicator-table">
      <DataTable
        caption={caption}
        testId="indicator-table"
        rowHeader={t('indicator.year')}
        columns={[
          ...model.series.map((s) => ({ key: s.key, header: s.label, numeric: true })),
          ...(withNotes ? [{ key: 'notes', header: t('evidenceNotes.tableColumn') }] : []),
        ]}
        rows={buildTableRows(model).map((row) => ({
          key: String(row.year),
          header: row.year,
          cells: [...row.cells.map(cell), ...(withNotes ? [notesCell(row.year)] : [])],
        }))}
      />
      {(marks.length > 0 || hasGaps) && (
        <p className="status-legend">
          <span className="status-legend__title">{t('indicator.statusLegend')}</span>{' '}
          {marks.map((status) => (
            <span key={status} className="status-legend__item">
              <span className="status-mark" aria-hidden="true">
                {status}
              </span>{' '}
              {t(`status.${status}`)}
            </span>
          ))}
          <span className="status-legend__item">
            <span aria-hidden="true">–</span> {t('indicator.noValue')}
          </span>
        </p>
      )}
    </div>
  );
}

/** A status letter after a value, read out in full ("estimated"). */
function StatusMark({ status }: { status: ObservationStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="status-mark" aria-hidden="true">
        {status}
      </span>
      <span className="visually-hidden"> ({t(`status.${status}`)})</span>
    </>
  );
}
