import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue } from './cell-state';
import {
  cellKey,
  type EntryGrid,
  type GridColumn,
  type GridMove,
  type GridPosition,
  type GridRow,
} from './entry-grid';

/** What the grid shows about each cell besides its value. */
export interface CellFlags {
  problems: ReadonlyMap<string, readonly string[]>;
  /** Cells with a plausibility warning, mapped to whether a comment explains it. */
  warnings: ReadonlyMap<string, boolean>;
  /** Review threads per cell, and how many wait for the city's answer. */
  threads: ReadonlyMap<string, { total: number; open: number }>;
}

interface EntryGridTableProps {
  grid: EntryGrid;
  columnLabel: (column: GridColumn) => string;
  drafts: ReadonlyMap<string, CellValue>;
  dirty: ReadonlySet<string>;
  flags: CellFlags;
  readOnly: boolean;
  describedBy: string;
  onEdit: (key: string, change: Partial<CellValue>) => void;
  onFocusCell: (position: GridPosition) => void;
  onMove: (from: GridPosition, move: GridMove) => void;
  /** Ctrl+Enter: on to the details of the cell (status, comment, source). */
  onOpenDetails: () => void;
  registerInput: (position: GridPosition, input: HTMLInputElement | null) => void;
}

export const cellDomId = (position: GridPosition) => `entry-cell-${position.row}-${position.column}`;
const rowHeaderId = (row: GridRow) => `entry-row-${row.index}`;
const columnHeaderId = (column: number) => `entry-column-${column}`;

/**
 * Spreadsheet keys: Enter and the arrows move. Left and right move only when the caret is at that
 * edge of the typed text, or the whole text is selected (as after moving into a cell). The grid's
 * 'left' and 'right' moves mean previous and next column, whatever the direction of the page.
 */
function moveFor(event: KeyboardEvent<HTMLInputElement>): GridMove | null {
  const input = event.currentTarget;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? 0;
  const length = input.value.length;
  const allSelected = start === 0 && end === length;
  const caretAtStart = allSelected || (start === 0 && end === 0);
  const caretAtEnd = allSelected || (start === length && end === length);
  if (event.altKey || event.metaKey || event.ctrlKey) return null;
  switch (event.key) {
    case 'Enter':
      return event.shiftKey ? 'up' : 'down';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
    case 'ArrowRight': {
      // Numbers are typed left to right everywhere, but in Arabic the row runs right to left: the
      // arrow leaves the text at its visual edge and goes to the column on that side.
      const towardsLeft = event.key === 'ArrowLeft';
      if (!(towardsLeft ? caretAtStart : caretAtEnd)) return null;
      const rowRunsRightToLeft = getComputedStyle(input.closest('table') ?? input).direction === 'rtl';
      return towardsLeft !== rowRunsRightToLeft ? 'left' : 'right';
    }
    default:
      return null;
  }
}

/** The entry grid: a table of inputs, rows grouped by Key Features area, one column per breakdown. */
export function EntryGridTable(props: EntryGridTableProps) {
  const { t } = useTranslation();
  const { grid, columnLabel } = props;
  return (
    <div className="table-scroll entry-grid__scroll">
      <table className="entry-grid" aria-describedby={props.describedBy} data-testid="entry-grid">
        <caption className="visually-hidden">{t('entry.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="entry-grid__indicator-header">
              {t('entry.indicator')}
            </th>
            {grid.columns.map((column, index) => (
              <th key={column.key} id={columnHeaderId(index)} scope="col">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        {grid.sections.map((section) => (
          <tbody key={section.code}>
            <tr className="entry-grid__section">
              <th scope="colgroup" colSpan={grid.columns.length + 1}>
                {section.label}
              </th>
            </tr>
            {section.rows.map((row) => (
              <EntryRow key={row.indicator.code} row={row} columns={grid.columns} {...props} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

interface EntryRowProps extends EntryGridTableProps {
  row: GridRow;
  columns: GridColumn[];
}

/**
 * A row renders again only when one of its own cells changed, so typing stays quick in a grid of
 * hundreds of inputs (the maps passed down are new on every keystroke, their entries mostly not).
 */
function sameRow(before: EntryRowProps, after: EntryRowProps): boolean {
  if (
    before.row !== after.row ||
    before.readOnly !== after.readOnly ||
    before.columnLabel !== after.columnLabel
  ) {
    return false;
  }
  return after.columns.every((column) => {
    const key = cellKey(after.row.indicator.code, column.disaggregation);
    const threadsBefore = before.flags.threads.get(key);
    const threadsAfter = after.flags.threads.get(key);
    return (
      before.drafts.get(key) === after.drafts.get(key) &&
      before.dirty.has(key) === after.dirty.has(key) &&
      before.flags.warnings.get(key) === after.flags.warnings.get(key) &&
      (before.flags.problems.get(key) ?? []).join('\n') ===
        (after.flags.problems.get(key) ?? []).join('\n') &&
      threadsBefore?.total === threadsAfter?.total &&
      threadsBefore?.open === threadsAfter?.open
    );
  });
}

const EntryRow = memo(function EntryRow({ row, columns, ...props }: EntryRowProps) {
  const { t } = useTranslation();
  const { indicator } = row;
  return (
    <tr>
      <th scope="row" id={rowHeaderId(row)} className="entry-grid__indicator">
        <span className="block">{indicator.name}</span>
        <span className="muted small">
          {indicator.unitLabel} · <code>{indicator.code}</code>
        </span>
      </th>
      {columns.map((column, index) => {
        if (!row.hasCell[index]) return <td key={column.key} className="entry-grid__none" />;
        const key = cellKey(indicator.code, column.disaggregation);
        const position = { row: row.index, column: index };
        const cell = props.drafts.get(key);
        const problems = props.flags.problems.get(key);
        const warning = props.flags.warnings.get(key);
        const threads = props.flags.threads.get(key);
        const noteId = `${cellDomId(position)}-notes`;
        const classes = [
          'entry-grid__cell',
          problems ? 'entry-grid__cell--problem' : '',
          warning === false ? 'entry-grid__cell--warning' : '',
          props.dirty.has(key) ? 'entry-grid__cell--dirty' : '',
        ].join(' ');
        return (
          <td key={column.key} className={classes}>
            <input
              ref={(input) => props.registerInput(position, input)}
              id={cellDomId(position)}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={cell?.text ?? ''}
              readOnly={props.readOnly}
              aria-labelledby={`${rowHeaderId(row)} ${columnHeaderId(index)}`}
              aria-describedby={noteId}
              aria-invalid={problems ? true : undefined}
              data-testid={`cell-${key}`}
              onFocus={() => props.onFocusCell(position)}
              onChange={(event) => props.onEdit(key, { text: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.ctrlKey) {
                  event.preventDefault();
                  props.onOpenDetails();
                  return;
                }
                const move = moveFor(event);
                if (!move) return;
                event.preventDefault();
                props.onMove(position, move);
              }}
            />
            <span id={noteId} className="entry-grid__marks">
              {cell && cell.status !== 'A' && cell.text.trim() !== '' && (
                <span className="status-mark">
                  <span aria-hidden="true">{cell.status}</span>
                  <span className="visually-hidden">{t(`status.${cell.status}`)}</span>
                </span>
              )}
              {cell?.status === 'M' && cell.text.trim() === '' && (
                <span className="status-mark">
                  <span aria-hidden="true">M</span>
                  <span className="visually-hidden">{t('status.M')}</span>
                </span>
              )}
              {problems && (
                <span className="entry-grid__mark entry-grid__mark--problem">
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden">{t('entry.cellHasProblem')}</span>
                </span>
              )}
              {warning !== undefined && (
                <span className={`entry-grid__mark ${warning ? '' : 'entry-grid__mark--warning'}`}>
                  <span aria-hidden="true">⚠</span>
                  <span className="visually-hidden">
                    {warning ? t('entry.cellWarningExplained') : t('entry.cellWarningNeedsComment')}
                  </span>
                </span>
              )}
              {threads && (
                <span className={`entry-grid__mark ${threads.open ? 'entry-grid__mark--open' : ''}`}>
                  <span aria-hidden="true">💬</span>
                  <span className="visually-hidden">
                    {threads.open
                      ? t('entry.cellCommentsOpen', { count: threads.open })
                      : t('entry.cellComments', { count: threads.total })}
                  </span>
                </span>
              )}
            </span>
          </td>
        );
      })}
    </tr>
  );
}, sameRow);
