import type { CityReportResponse, ReportEquityGap } from '@lcm/contracts';
import { summariseEquityGap } from '@lcm/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { equityGapSummaryInput } from './report-model';
import { UnapprovedTag } from './UnapprovedTag';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';

/** The largest gaps are shown; the others wait behind a disclosure (and stay out of print). */
const GAPS_SHOWN = 6;

/** Who is left behind: the gaps between women and men, rural and urban, people with and without disability. */
export function EquityGaps({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const behind = report.equity.filter((gap) => gap.parity.band !== 'parity');
  const shown = behind.slice(0, GAPS_SHOWN);
  const more = report.equity.filter((gap) => !shown.includes(gap));
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.equityHeading')}</h2>
      <p className="report-section__intro">
        {report.equity.length === 0
          ? t('report.equityNone', { city: report.city.name })
          : t('report.equityIntro', { behind: behind.length, total: report.equity.length })}
      </p>
      {shown.length > 0 && (
        <ul className="report-list" data-testid="report-equity">
          {shown.map((gap) => (
            <GapItem key={`${gap.indicator.code}-${gap.dimension}`} gap={gap} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details className="report-more report-print-hide">
          <summary>{t('report.equityMore', { count: more.length })}</summary>
          <ul className="report-list">
            {more.map((gap) => (
              <GapItem key={`${gap.indicator.code}-${gap.dimension}`} gap={gap} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function GapItem({ gap }: { gap: ReportEquityGap }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useSummaryLanguage();
  const atParity = gap.parity.band === 'parity';
  const behindGroup = gap.parity.band === 'disadvantaged_behind' ? gap.disadvantaged : gap.reference;
  // Group codes come from the API, so the key is only known at run time.
  const behindName = (t as (key: string) => string)(`dimensionValues.${gap.dimension}.${behindGroup}`);
  return (
    <li className="report-list__item gap-item">
      <p className="report-list__head">
        <span className={atParity ? 'gap-mark gap-mark--parity' : 'gap-mark'} aria-hidden="true">
          {atParity ? '●' : '◆'}
        </span>{' '}
        <strong>{gap.indicator.name}</strong> · {t(`equity.by.${gap.dimension}`)} ·{' '}
        {atParity ? t('equity.band.parity') : t('equity.band.behind', { group: behindName })} (
        {t('report.parityIndex', { index: format.number(gap.parity.adjusted, 2) })})
        {!gap.approved && <UnapprovedTag />}
      </p>
      <p className="report-summary">{summariseEquityGap(equityGapSummaryInput(gap), language)}</p>
    </li>
  );
}
