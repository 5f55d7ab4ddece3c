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
          rows={rows.map(({ indicator, progress, localTarget }) => {
            /** "86.0 % by 2030", in the indicator's decimals and unit. */
            const target = (value: number, year: number) =>
              t('indicator.targetValue', {
                value: format.number(value, indicator.decimals),
                unit: indicator.unitLabel,
                year,
              });
            return {
              key: indicator.code,
              header: indicator.name,
              cells: [
                indicator.targetValue === null ? (
                  <NotAvailable />
                ) : (
                  target(indicator.targetValue, indicator.targetYear ?? progress.targetYear)
                ),
                <Status key="global" measure={progress} />,
                target(localTarget!.targetValue, localTarget!.targetYear),
                <Status key="city" measure={localTarget!.measure} />,
              ],
            };
          })}
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
