import type { ReportingStatus } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMark } from './StatusMark';
import { STATUS_ORDER } from './status-style';

interface StatusCountsProps {
  year: number;
  counts: Record<ReportingStatus, number>;
  active: ReportingStatus | null;
  /** Shows only the cities with this status; the pressed one again shows all. */
  onChoose: (status: ReportingStatus | null) => void;
}

/** Cities per status in the year; each count is a toggle button that filters the matrix by its status. */
export function StatusCounts({ year, counts, active, onChoose }: StatusCountsProps) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('console.countsLabel', { year })}>
      <ul className="status-counts" data-testid="status-counts">
        {STATUS_ORDER.map((status) => (
          <li key={status}>
            <button
              type="button"
              className="status-counts__button"
              aria-pressed={active === status}
              onClick={() => onChoose(active === status ? null : status)}
            >
              <StatusMark status={status} />
              <span className="status-counts__number">{counts[status]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
