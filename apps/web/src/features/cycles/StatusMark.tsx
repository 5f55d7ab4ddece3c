import type { ReportingStatus } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { STATUS_STYLES } from './status-style';

/**
 * A status as mark, tone and words; the mark is decoration, the words are read out. `compact`
 * shows the words to screen readers and on hover only (the status counts above are the legend).
 */
export function StatusMark({ status, compact = false }: { status: ReportingStatus; compact?: boolean }) {
  const { t } = useTranslation();
  const style = STATUS_STYLES[status];
  const label = t(`reportingStatus.${status}`);
  return (
    <span
      className={`status-chip status-chip--${style.tone}${compact ? ' status-chip--compact' : ''}`}
      title={compact ? label : undefined}
    >
      <span className="status-chip__mark" aria-hidden="true">
        {style.mark}
      </span>
      {compact ? <span className="visually-hidden">{label}</span> : ` ${label}`}
    </span>
  );
}
