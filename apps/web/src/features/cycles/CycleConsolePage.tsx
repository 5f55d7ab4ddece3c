import {
  apiRoutes,
  REGION_CODES,
  withQuery,
  type CycleConsoleQuery,
  type CycleConsoleResponse,
  type ReminderDto,
  type ReportingCycleDto,
  type SendRemindersRequest,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { getFile, requestJson, toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { saveFile } from '../../shared/charts/csv';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { StatusMessage } from '../admin/form/StatusMessage';
import { useCurrentUser } from '../auth/use-session';
import { isRegionCode } from '../directory/regions';
import { currentReportingYear } from '../reporting/reporting-status';
import { ConsoleMatrixTable } from './ConsoleMatrixTable';
import { consoleMatrix, lastReminders, matrixYears, reminderOutcome, selectedShown } from './console-matrix';
import { StatusCounts } from './StatusCounts';
import { isReportingStatus, STATUS_ORDER } from './status-style';
import { useApiAll } from '../../shared/api/use-api-all';
import '../admin/admin.css';
import './cycles.css';

/**
 * `/console`: where every city stands in the reporting cycle, year by year. Filters (kept in the
 * address) by year, region and status; CSV export; admins send reminders to the cities they tick.
 */
export function CycleConsolePage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('console.title'));
  const user = useCurrentUser();
  const canRemind = user?.role === 'admin';
  const yearId = useId();
  const regionId = useId();
  const statusId = useId();
  const remindHintId = useId();

  const [params, setParams] = useSearchParams();
  const regionParam = params.get('region');
  const region = isRegionCode(regionParam) ? regionParam : undefined;
  const statusParam = params.get('status');
  const status = isReportingStatus(statusParam) ? statusParam : null;

  const cycles = useApi<ReportingCycleDto[]>(apiRoutes.cycles());
  const cycleYears = useMemo(() => (cycles.data ?? []).map((cycle) => cycle.year), [cycles.data]);
  const today = new Date().toISOString().slice(0, 10);
  const yearParam = Number(params.get('year'));
  const focusYear = cycleYears.includes(yearParam)
    ? yearParam
    : currentReportingYear(cycles.data ?? [], today);
  const years = cycles.data ? matrixYears(cycleYears, focusYear) : [];
  const query: CycleConsoleQuery = { region };
  const consoles = useApiAll<CycleConsoleResponse>(
    years.map((year) => withQuery(apiRoutes.cycleConsole(year), query)),
  );
  const reminders = useApi<ReminderDto[]>(cycles.data ? apiRoutes.cycleReminders(focusYear) : null);

  const shownConsoles = consoles.data ?? (consoles.error ? undefined : consoles.latestData);
  const matrix = useMemo(
    () => (shownConsoles ? consoleMatrix(shownConsoles, focusYear, status) : null),
    [shownConsoles, focusYear, status],
  );
  const lastReminderOf = useMemo(() => lastReminders(reminders.data ?? []), [reminders.data]);

  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState<'csv' | 'reminders' | null>(null);
  const chosen = matrix ? selectedShown(selection, matrix.rows) : [];

  const setParam = (name: 'year' | 'region' | 'status', value: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const downloadCsv = async () => {
    setBusy('csv');
    setActionError(null);
    try {
      const file = await getFile(
        withQuery(apiRoutes.cycleConsoleCsv(focusYear), { region, status: status ?? undefined }),
      );
      saveFile(`reporting-${focusYear}.csv`, file);
      setMessage(t('console.csvReady', { year: focusYear }));
    } catch (error) {
      setActionError(toApiRequestError(error));
    } finally {
      setBusy(null);
    }
  };

  const sendReminders = async () => {
    if (chosen.length === 0) return;
    setBusy('reminders');
    setActionError(null);
    try {
      const sent = await requestJson<ReminderDto[]>('POST', apiRoutes.cycleReminders(focusYear), {
        cities: chosen,
      } satisfies SendRemindersRequest);
      const outcome = reminderOutcome(sent);
      const names = new Map(matrix?.rows.map((row) => [row.city, row.name]));
      setMessage(
        [
          outcome.byChannel.email > 0
            ? t('console.remindersEmailed', { count: outcome.byChannel.email })
            : '',
          outcome.byChannel.recorded > 0
            ? t('console.remindersRecorded', { count: outcome.byChannel.recorded })
            : '',
          outcome.withoutRecipients.length > 0
            ? t('console.noRecipients', {
                cities: outcome.withoutRecipients.map((city) => names.get(city) ?? city).join(', '),
              })
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      setSelection(new Set());
      reminders.reload();
    } catch (error) {
      setActionError(toApiRequestError(error));
    } finally {
      setBusy(null);
    }
  };

  const loadError = cycles.error ?? consoles.error;
  const yearOptions = [...new Set([...cycleYears, focusYear])].sort((a, b) => b - a);

  return (
    <div className="page">
      <h1>{t('console.title')}</h1>
      <p className="lead">{t('console.intro')}</p>

      <form
        className="filters"
        role="search"
        aria-label={t('console.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={yearId}>{t('console.year')}</label>
          <select id={yearId} value={focusYear} onChange={(e) => setParam('year', e.target.value)}>
            {yearOptions.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={regionId}>{t('regions.label')}</label>
          <select id={regionId} value={region ?? ''} onChange={(e) => setParam('region', e.target.value)}>
            <option value="">{t('directory.allRegions')}</option>
            {REGION_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`regions.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t('console.status')}</label>
          <select id={statusId} value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('console.allStatuses')}</option>
            {STATUS_ORDER.map((code) => (
              <option key={code} value={code}>
                {t(`reportingStatus.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      {matrix && (
        <>
          <p className="console-deadline">
            {matrix.deadline
              ? t('console.deadline', { year: focusYear, date: format.date(matrix.deadline) })
              : t('console.noDeadline', { year: focusYear })}
          </p>
          <StatusCounts
            year={focusYear}
            counts={matrix.counts}
            active={status}
            onChoose={(chosenStatus) => setParam('status', chosenStatus ?? '')}
          />
        </>
      )}

      <div className="toolbar console-toolbar">
        <p className="result-count" role="status" data-testid="console-count">
          {matrix ? t('console.cityCount', { count: matrix.rows.length }) : ''}
        </p>
        <div className="toolbar__buttons">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null || !matrix}
            onClick={() => void downloadCsv()}
            data-testid="console-csv"
          >
            {t('console.downloadCsv')}
          </button>
          {canRemind && (
            <button
              type="button"
              className="button"
              disabled={busy !== null || chosen.length === 0}
              aria-describedby={chosen.length === 0 ? remindHintId : undefined}
              onClick={() => void sendReminders()}
              data-testid="send-reminders"
            >
              {busy === 'reminders'
                ? t('console.sending')
                : chosen.length === 0
                  ? t('console.sendRemindersNone')
                  : t('console.sendReminders', { count: chosen.length })}
            </button>
          )}
          {canRemind && chosen.length === 0 && (
            <span id={remindHintId} className="field__hint">
              {t('console.sendRemindersHint')}
            </span>
          )}
        </div>
      </div>
      <StatusMessage text={message} testId="console-status" />
      {actionError && <ErrorMessage error={actionError} />}

      {loadError && (
        <ErrorMessage error={loadError} onRetry={cycles.error ? cycles.reload : consoles.reload} />
      )}
      {!matrix && (cycles.loading || consoles.loading) && <LoadingIndicator />}
      {matrix?.rows.length === 0 && <p className="empty">{t('console.empty')}</p>}
      {matrix && matrix.rows.length > 0 && (
        <ConsoleMatrixTable
          matrix={matrix}
          busy={consoles.loading}
          selectable={canRemind}
          selection={selection}
          onSelectionChange={setSelection}
          lastReminderOf={lastReminderOf}
        />
      )}
    </div>
  );
}
