import {
  apiRoutes,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  type CityDetail,
  type CreateCommentRequest,
  type DimensionCode,
  type DimensionDto,
  type FrameworkTreeDto,
  type IndicatorDto,
  type PlausibilityResponse,
  type ReviewCommentDto,
  type SubmissionDetail,
  type TransitionRequest,
} from '@lcm/contracts';
import { isEditable, type ValidationContext } from '@lcm/domain';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { requestJson } from '../../shared/api/api-client';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useFormat } from '../../i18n/use-format';
import { useCurrentUser } from '../auth/use-session';
import { groupIndicatorsByFramework } from '../city/indicator-groups';
import { useDimensionLookup } from '../city/use-dimension-lookup';
import { cellProblems, checkCell, indexPlausibility, NOT_A_NUMBER, warnedCells } from './cell-state';
import { CellPanel } from './CellPanel';
import { CommentThreads } from './CommentThreads';
import { Dialog } from './Dialog';
import {
  buildEntryGrid,
  cellKey,
  moveInGrid,
  type GridColumn,
  type GridMove,
  type GridPosition,
} from './entry-grid';
import { EntryGridTable } from './EntryGridTable';
import { HistoryDialog } from './HistoryDialog';
import { LeaveDialog } from './LeaveDialog';
import { awaitsCityAnswer, SUBMISSION_THREADS, threadsByCell } from './reporting-status';
import { SaveStatusLine } from './SaveStatusLine';
import { StatusBadge } from './StatusBadge';
import { SubmitDialog } from './SubmitDialog';
import { useEntryState } from './use-entry-state';
import { useLeaveGuard } from './use-leave-guard';
import './reporting.css';

/** `/reporting/:slug/:year`: the official's entry grid for one city-year. */
export function EntryPage() {
  const { t } = useTranslation();
  const { slug = '', year: yearParam = '' } = useParams();
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : NaN;
  const validYear = year >= FIRST_REPORTING_YEAR && year <= LAST_REPORTING_YEAR;
  const city = useApi<CityDetail>(apiRoutes.city(slug));
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const dimensions = useApi<DimensionDto[]>(apiRoutes.dimensions());
  const kflc = useApi<FrameworkTreeDto>(apiRoutes.framework('KFLC'));
  const submission = useApi<SubmissionDetail>(validYear ? apiRoutes.citySubmission(slug, year) : null);
  const plausibility = useApi<PlausibilityResponse>(
    validYear ? apiRoutes.cityYearPlausibility(slug, year) : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(city.data ? t('entry.documentTitle', { city: city.data.name, year: yearParam }) : null);

  const failure = city.error ?? indicators.error ?? dimensions.error ?? submission.error;
  // Wait for the framework and the checks too (unless they fail), so the page does not regroup or jump.
  const settled = !kflc.loading && !plausibility.loading;

  return (
    <div className="page entry-page">
      <nav aria-label={t('city.breadcrumb')} className="breadcrumb">
        <Link to="/reporting">
          <span aria-hidden="true">← </span>
          {t('reporting.backHome')}
        </Link>
      </nav>
      {!validYear && <p className="empty">{t('entry.invalidYear')}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {validYear && failure && <ErrorMessage error={failure} onRetry={submission.reload} />}
      {validYear && !failure && !(settled && city.data && submission.data) && <LoadingIndicator />}
      {settled && city.data && indicators.data && dimensions.data && submission.data && (
        <EntryEditor
          city={city.data}
          year={year}
          detail={submission.data}
          indicators={indicators.data}
          dimensions={dimensions.data}
          kflc={kflc.data}
          plausibility={plausibility.data}
          onReload={() => {
            setNotice(null);
            submission.reload();
          }}
          onSubmitted={() => {
            setNotice(t('entry.submitted'));
            submission.reload();
          }}
        />
      )}
    </div>
  );
}

interface EntryEditorProps {
  city: CityDetail;
  year: number;
  detail: SubmissionDetail;
  indicators: IndicatorDto[];
  dimensions: DimensionDto[];
  kflc: FrameworkTreeDto | undefined;
  plausibility: PlausibilityResponse | undefined;
  onReload: () => void;
  onSubmitted: () => void;
}

function validationContextOf(
  indicators: readonly IndicatorDto[],
  dimensions: readonly DimensionDto[],
): ValidationContext {
  const dimensionCodes: Partial<Record<DimensionCode, string[]>> = {};
  for (const d of dimensions) dimensionCodes[d.code] = d.values.map((v) => v.code);
  return { indicators: new Map(indicators.map((i) => [i.code, i])), dimensionCodes };
}

function EntryEditor({
  city,
  year,
  detail,
  indicators,
  dimensions,
  kflc,
  plausibility,
  onReload,
  onSubmitted,
}: EntryEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const lookup = useDimensionLookup(dimensions);
  const instructionsId = useId();
  const otherLabel = t('indicator.otherIndicators');
  const grid = useMemo(
    () => buildEntryGrid(groupIndicatorsByFramework(kflc, indicators, otherLabel), dimensions),
    [kflc, indicators, dimensions, otherLabel],
  );
  const context = useMemo(() => validationContextOf(indicators, dimensions), [indicators, dimensions]);
  const decimals = useMemo(() => new Map(indicators.map((i) => [i.code, i.decimals])), [indicators]);
  const state = useEntryState(city.slug, year, detail, context, decimals);
  const comments = useApi<ReviewCommentDto[]>(apiRoutes.citySubmissionComments(city.slug, year));
  const threads = useMemo(
    () => threadsByCell(comments.latestData ?? detail.comments),
    [comments.latestData, detail.comments],
  );

  const canEdit = user?.role === 'official' && user.cities.includes(city.slug);
  const readOnly =
    !canEdit ||
    !isEditable(detail.status === 'not_started' ? 'draft' : detail.status) ||
    state.status.kind === 'conflict';
  const canSubmit = detail.allowedTransitions.includes('submitted') && state.status.kind !== 'conflict';

  const columnLabel = useCallback(
    (column: GridColumn) =>
      column.dimension && column.code
        ? lookup.label(column.dimension, column.code)
        : t('dimensionValues.total'),
    [lookup, t],
  );
  const cells = useMemo(() => {
    const byKey = new Map<string, { position: GridPosition; indicator: IndicatorDto; column: GridColumn }>();
    for (const row of grid.rows) {
      grid.columns.forEach((column, index) => {
        if (row.hasCell[index]) {
          byKey.set(cellKey(row.indicator.code, column.disaggregation), {
            position: { row: row.index, column: index },
            indicator: row.indicator,
            column,
          });
        }
      });
    }
    return byKey;
  }, [grid]);
  const orderedKeys = useMemo(() => [...cells.keys()], [cells]);
  const labelOf = useCallback(
    (key: string) => {
      const cell = cells.get(key);
      return cell ? `${cell.indicator.name} – ${columnLabel(cell.column)}` : key;
    },
    [cells, columnLabel],
  );

  const problems = useMemo(
    () => cellProblems(state.drafts, state.saved, context),
    [state.drafts, state.saved, context],
  );
  const warnings = useMemo(
    () => warnedCells(orderedKeys, state.drafts, plausibility),
    [orderedKeys, state.drafts, plausibility],
  );
  const plausibilityRows = useMemo(() => indexPlausibility(plausibility), [plausibility]);
  const flags = useMemo(
    () => ({
      problems,
      warnings: new Map(warnings.map((w) => [w.key, w.explained])),
      threads: new Map(
        [...threads].map(([key, list]) => [
          key,
          { total: list.length, open: list.filter(awaitsCityAnswer).length },
        ]),
      ),
    }),
    [problems, warnings, threads],
  );
  const dirty = useMemo(() => new Set(state.dirty), [state.dirty]);

  const inputs = useRef(new Map<string, HTMLInputElement>());
  const firstPanelField = useRef<HTMLSelectElement>(null);
  const [focused, setFocused] = useState<GridPosition | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [submitOpen, setSubmitOpen] = useState(false);
  // Someone else saved first: say so at once in a dialog; once closed, the notice above the grid stays.
  const [conflictSeen, setConflictSeen] = useState(false);
  const blocker = useLeaveGuard(state.dirty.length > 0 || state.status.kind === 'saving');

  const focusCell = useCallback((position: GridPosition) => {
    const input = inputs.current.get(`${position.row}:${position.column}`);
    input?.focus();
    input?.select();
  }, []);
  const registerInput = useCallback((position: GridPosition, input: HTMLInputElement | null) => {
    const id = `${position.row}:${position.column}`;
    if (input) inputs.current.set(id, input);
    else inputs.current.delete(id);
  }, []);
  const onMove = useCallback(
    (from: GridPosition, move: GridMove) => {
      const to = moveInGrid(grid, from, move);
      if (to) focusCell(to);
    },
    [grid, focusCell],
  );
  const openDetails = useCallback(() => firstPanelField.current?.focus(), []);
  const goTo = (key: string) => {
    const cell = cells.get(key);
    setSubmitOpen(false);
    if (cell) requestAnimationFrame(() => focusCell(cell.position));
  };

  const postComment = async (request: CreateCommentRequest) => {
    await requestJson<ReviewCommentDto>('POST', apiRoutes.citySubmissionComments(city.slug, year), request);
    comments.reload();
  };
  const submit = async () => {
    const { clean, version } = await state.saveNow();
    if (!clean) throw new Error(t('submit.unsaved'));
    const request: TransitionRequest = { to: 'submitted', version };
    await requestJson<SubmissionDetail>(
      'POST',
      apiRoutes.citySubmissionTransitions(city.slug, year),
      request,
    );
    setSubmitOpen(false);
    onSubmitted();
  };

  const focusedRow = focused ? grid.rows[focused.row] : undefined;
  const focusedColumn = focused ? grid.columns[focused.column] : undefined;
  const focusedKey =
    focusedRow && focusedColumn ? cellKey(focusedRow.indicator.code, focusedColumn.disaggregation) : null;
  const openThreads = [...threads.entries()].flatMap(([key, list]) =>
    list.filter(awaitsCityAnswer).map((thread) => ({ key, thread })),
  );
  const submissionThreads = threads.get(SUBMISSION_THREADS) ?? [];
  const problemList = [...problems].map(([key, messages]) => ({
    key,
    message: messages[0] === NOT_A_NUMBER ? t('entry.notANumber') : (messages[0] ?? ''),
  }));

  return (
    <>
      <header className="entry-header">
        <h1>{t('entry.title', { city: city.name, year })}</h1>
        <p className="entry-header__facts">
          <StatusBadge status={detail.status} />
          {detail.deadline && <span>{t('reporting.deadline', { date: format.date(detail.deadline) })}</span>}
          <SaveStatusLine status={state.status} unsaved={state.dirty.length} onRetry={state.retry} />
        </p>
      </header>

      {state.status.kind === 'conflict' && (
        <div className="error-message" data-testid="save-conflict">
          <p className="error-message__title">{t('entry.conflictTitle')}</p>
          <p>{t('entry.conflictText')}</p>
          <button type="button" className="button" onClick={onReload}>
            {t('entry.reload')}
          </button>
        </div>
      )}
      {readOnly && state.status.kind !== 'conflict' && (
        <p className="notice" data-testid="read-only-notice">
          {canEdit
            ? t(`entry.readOnly.${detail.status === 'approved' ? 'approved' : 'submitted'}`)
            : t('entry.readOnly.notYours')}
        </p>
      )}

      {(openThreads.length > 0 || submissionThreads.length > 0) && (
        <section className="entry-comments" aria-labelledby={`${instructionsId}-comments`}>
          <h2 id={`${instructionsId}-comments`}>
            {t('entry.commentsToAnswer', { count: openThreads.length })}
          </h2>
          {openThreads.filter((o) => o.key !== SUBMISSION_THREADS).length > 0 && (
            <ul className="entry-comments__list">
              {openThreads
                .filter((o) => o.key !== SUBMISSION_THREADS)
                .map(({ key, thread }) => (
                  <li key={thread.id}>
                    <strong>{labelOf(key)}</strong>: {thread.answers?.at(-1)?.body ?? thread.body}{' '}
                    <button type="button" className="link-button" onClick={() => goTo(key)}>
                      {t('entry.answerAtValue')}
                    </button>
                  </li>
                ))}
            </ul>
          )}
          {submissionThreads.length > 0 && (
            <>
              <h3>{t('entry.submissionComments')}</h3>
              <CommentThreads
                threads={submissionThreads}
                onAnswer={canEdit ? (parentId, body) => postComment({ body, parentId }) : undefined}
              />
            </>
          )}
        </section>
      )}

      <div className="toolbar entry-toolbar">
        <p id={instructionsId} className="small entry-toolbar__help">
          {t('entry.keyboardHelp')}
        </p>
        {canEdit && (
          <button
            type="button"
            className="button"
            disabled={!canSubmit}
            onClick={() => setSubmitOpen(true)}
            data-testid="open-submit"
          >
            {t('entry.reviewAndSubmit')}
          </button>
        )}
      </div>

      <div className="entry-layout">
        <EntryGridTable
          grid={grid}
          columnLabel={columnLabel}
          drafts={state.drafts}
          dirty={dirty}
          flags={flags}
          readOnly={readOnly}
          describedBy={instructionsId}
          onEdit={state.edit}
          onFocusCell={setFocused}
          onMove={onMove}
          onOpenDetails={openDetails}
          registerInput={registerInput}
        />
        <aside className="entry-layout__panel">
          {focusedKey && focusedRow && focusedColumn ? (
            <CellPanel
              indicator={focusedRow.indicator}
              columnLabel={columnLabel(focusedColumn)}
              cell={state.drafts.get(focusedKey)}
              problems={problems.get(focusedKey) ?? []}
              check={checkCell(state.drafts.get(focusedKey), plausibilityRows.get(focusedKey), plausibility)}
              plausibility={plausibilityRows.get(focusedKey)}
              peerGroup={plausibility?.peerGroup}
              threads={threads.get(focusedKey) ?? []}
              readOnly={readOnly}
              firstFieldRef={firstPanelField}
              onEdit={(change) => state.edit(focusedKey, change)}
              onAnswer={canEdit ? (parentId, body) => postComment({ body, parentId }) : undefined}
              onShowHistory={() => setHistoryOf(focusedKey)}
              onBackToGrid={() => focused && focusCell(focused)}
            />
          ) : (
            <p className="cell-panel cell-panel--empty">{t('entry.panelEmpty')}</p>
          )}
        </aside>
      </div>

      <SubmitDialog
        open={submitOpen}
        onClose={() => setSubmitOpen(false)}
        labelOf={labelOf}
        problems={problemList}
        warnings={warnings}
        drafts={state.drafts}
        onComment={(key, comment) => state.edit(key, { comment })}
        onGoTo={goTo}
        onSubmit={submit}
      />
      <HistoryDialog
        slug={city.slug}
        year={year}
        cell={
          historyOf
            ? {
                key: historyOf,
                label: labelOf(historyOf),
                decimals: cells.get(historyOf)?.indicator.decimals ?? 2,
              }
            : null
        }
        onClose={() => setHistoryOf(null)}
      />
      <Dialog
        open={state.status.kind === 'conflict' && !conflictSeen}
        title={t('entry.conflictTitle')}
        onClose={() => setConflictSeen(true)}
        testId="conflict-dialog"
      >
        <p>{t('entry.conflictText')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onReload}>
            {t('entry.reload')}
          </button>
        </div>
      </Dialog>
      <LeaveDialog blocker={blocker} />
    </>
  );
}
