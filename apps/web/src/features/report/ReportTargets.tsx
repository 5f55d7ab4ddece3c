import type { CityReportResponse, ProgressMeasure } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { DataTable } from '../../shared/charts/DataTable';
import { PROGRESS_STATUS_ARROWS } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { NotAvailable } from '../../shared/ui/NotAvailable';
import { withLocalTargets } from './report-model';

/** The city's own confirmed targets beside the global 2030 targets, with progress toward each. */
export function ReportTargets({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const rows = withLocalTargets(report);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.targetsHeading')}</h2>
      {rows.length === 0 ? (
        <p className="report-section__intro">{t('report.targetsNone', { city: report.city.name })}</p>
      ) : (
        <DataTable
          caption={t('report.targetsCaption', { city: report.city.name })}
          rowHeader={t('report.progressIndicator')}
          columns={[
            { key: 'global', header: t('localTargets.globalTarget') },
            { key: 'globalStatus', header: t('localTargets.progressAgainstGlobal') },
            { key: 'city', header: t('report.cityTarget') },
            { key: 'cityStatus', header: t('localTargets.progressAgainstCity') },
          ]}
          rows={rows.map((row) => ({
            key: row.indicator.code,
            header: row.indicator.name,
            cells: [
              row.indicator.targetValue === null ? (
                <NotAvailable />
              ) : (
                `${format.number(row.indicator.targetValue, row.indicator.decimals)} (${row.indicator.targetYear ?? row.progress.targetYear})`
              ),
              <Status key="global" measure={row.progress} />,
              `${format.number(row.localTarget!.targetValue, row.indicator.decimals)} (${row.localTarget!.targetYear})`,
              <Status key="city" measure={row.localTarget!.measure} />,
            ],
          }))}
          testId="report-targets"
        />
      )}
    </section>
  );
}

function Status({ measure }: { measure: ProgressMeasure }) {
  const words = useProgressWords();
  return (
    <>
      <span aria-hidden="true">{PROGRESS_STATUS_ARROWS[measure.status]} </span>
      {words.status(measure)}
    </>
  );
}
