import {
  apiRoutes,
  OBSERVATION_STATUSES,
  withQuery,
  type AuditEventDto,
  type AuditedValue,
  type ObservationStatus,
} from '@lcm/contracts';
import { disaggregationKey } from '@lcm/domain';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useFormat } from '../../i18n/use-format';
import { Dialog } from './Dialog';
import { parseCellKey } from './entry-grid';

interface HistoryDialogProps {
  slug: string;
  year: number;
  /** The cell whose history is shown; null while closed. */
  cell: { key: string; label: string; decimals: number } | null;
  onClose: () => void;
}

/** Every change of one value, newest first, from the audit trail. */
export function HistoryDialog({ slug, year, cell, onClose }: HistoryDialogProps) {
  const { t } = useTranslation();
  const address = cell ? parseCellKey(cell.key) : null;
  const path = address
    ? withQuery(apiRoutes.citySubmissionHistory(slug, year), {
        indicator: address.indicator,
        disaggregation: disaggregationKey(address.disaggregation),
      })
    : null;
  const { data, error, reload } = useApi<AuditEventDto[]>(path);

  return (
    <Dialog
      open={cell !== null}
      title={t('history.title', { value: cell?.label ?? '' })}
      onClose={onClose}
      testId="history-dialog"
    >
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {!error && !data && <LoadingIndicator />}
      {data?.length === 0 && <p className="empty">{t('history.empty')}</p>}
      {data && data.length > 0 && cell && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('history.title', { value: cell.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.before')}</th>
                <th scope="col">{t('history.after')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((event) => (
                <tr key={event.id}>
                  <td>
                    <AuditTime iso={event.occurredAt} />
                  </td>
                  <td>{event.actor}</td>
                  <td>
                    {t(`history.actions.${event.action}`)}
                    {event.reason && <span className="block muted">{event.reason}</span>}
                  </td>
                  <td>
                    <AuditValue value={event.oldValue} decimals={cell.decimals} />
                  </td>
                  <td>
                    <AuditValue value={event.newValue} decimals={cell.decimals} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}

function AuditTime({ iso }: { iso: string }) {
  const format = useFormat();
  return <time dateTime={iso}>{format.dateTime(iso)}</time>;
}

function isObservationStatus(status: string): status is ObservationStatus {
  return (OBSERVATION_STATUSES as readonly string[]).includes(status);
}

function AuditValue({ value, decimals }: { value: AuditedValue | null; decimals: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!value) return <span className="muted">{t('history.none')}</span>;
  const status = value.status;
  if (!isObservationStatus(status)) return <>{t(`reportingStatus.${status}`)}</>;
  return (
    <>
      {value.value == null ? t('indicator.noValue') : format.number(value.value, decimals)}
      {status !== 'A' && <span className="muted"> ({t(`status.${status}`)})</span>}
      {value.comment && <span className="block muted">{value.comment}</span>}
    </>
  );
}
