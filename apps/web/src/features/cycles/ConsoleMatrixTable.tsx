import type { ReminderDto } from '@lcm/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { NotAvailable } from '../../shared/ui/NotAvailable';
import type { ConsoleMatrix } from './console-matrix';
import { StatusMark } from './StatusMark';

interface ConsoleMatrixTableProps {
  matrix: ConsoleMatrix;
  /** True while a new result is on its way; the current one stays readable. */
  busy: boolean;
  /** Admins tick cities to remind. */
  selectable: boolean;
  selection: ReadonlySet<string>;
  onSelectionChange: (selection: ReadonlySet<string>) => void;
  lastReminderOf: ReadonlyMap<string, ReminderDto>;
}

/** Cities down, years across; the chosen year's details (missing values, reminders) at the end. */
export function ConsoleMatrixTable(props: ConsoleMatrixTableProps) {
  const { matrix, busy, selectable, selection, onSelectionChange, lastReminderOf } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const shownCities = matrix.rows.map((row) => row.city);
  const chosenCount = shownCities.filter((city) => selection.has(city)).length;

  const toggle = (city: string, checked: boolean) => {
    const next = new Set(selection);
    if (checked) next.add(city);
    else next.delete(city);
    onSelectionChange(next);
  };
  const toggleAll = (checked: boolean) => onSelectionChange(new Set(checked ? shownCities : []));

  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('console.tableLabel', { year: matrix.focusYear })}
      tabIndex={0}
      aria-busy={busy}
    >
      <table className="data-table console-matrix" data-testid="console-matrix">
        <caption className="visually-hidden">{t('console.tableLabel', { year: matrix.focusYear })}</caption>
        <thead>
          <tr>
            {selectable && (
              <th scope="col" className="console-matrix__select">
                <SelectAll
                  checked={chosenCount > 0 && chosenCount === shownCities.length}
                  mixed={chosenCount > 0 && chosenCount < shownCities.length}
                  onChange={toggleAll}
                />
              </th>
            )}
            <th scope="col">{t('directory.columns.city')}</th>
            {matrix.years.map((year) => (
              <th
                key={year}
                scope="col"
                className={year === matrix.focusYear ? 'console-matrix__focus' : undefined}
              >
                {year === matrix.focusYear ? t('console.chosenYear', { year }) : year}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('console.missing')}
            </th>
            <th scope="col">{t('console.lastReminder')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => {
            const reminder = lastReminderOf.get(row.city);
            return (
              <tr key={row.city} data-city={row.city}>
                {selectable && (
                  <td className="console-matrix__select">
                    <input
                      type="checkbox"
                      checked={selection.has(row.city)}
                      aria-label={t('console.selectCity', { name: row.name })}
                      onChange={(event) => toggle(row.city, event.target.checked)}
                    />
                  </td>
                )}
                <th scope="row">
                  <Link to={`/cities/${encodeURIComponent(row.city)}`}>{row.name}</Link>
                  <span className="muted small block">{t(`regions.${row.region}`)}</span>
                </th>
                {row.cells.map((cell, index) => {
                  const year = matrix.years[index];
                  return (
                    <td
                      key={year}
                      className={year === matrix.focusYear ? 'console-matrix__focus' : undefined}
                    >
                      {cell ? (
                        <StatusMark status={cell.status} compact={year !== matrix.focusYear} />
                      ) : (
                        <NotAvailable label={t('console.notExpected')} />
                      )}
                    </td>
                  );
                })}
                <td className="numeric">{row.focus.missingIndicators}</td>
                <td>
                  {reminder ? (
                    <>
                      {format.date(reminder.sentAt)}
                      <span className="muted small block">{t(`console.channel.${reminder.channel}`)}</span>
                    </>
                  ) : (
                    <NotAvailable label={t('console.noReminder')} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "All shown cities": checked, unchecked or mixed (set through the DOM, as HTML has no attribute for it). */
function SelectAll({
  checked,
  mixed,
  onChange,
}: {
  checked: boolean;
  mixed: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={checked}
      aria-label={t('console.selectAll')}
      onChange={(event) => onChange(event.target.checked)}
      data-testid="select-all"
    />
  );
}
