import type { ReportingStatus } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';

/** A submission's place in the workflow, as a coloured label. */
export function StatusBadge({ status }: { status: ReportingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-badge status-badge--${status}`} data-testid="submission-status">
      {t(`reportingStatus.${status}`)}
    </span>
  );
}
