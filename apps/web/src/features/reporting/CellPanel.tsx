import {
  OBSERVATION_STATUSES,
  type IndicatorDto,
  type ObservationStatus,
  type PeerGroup,
  type PlausibilityCheck,
  type PlausibilityRow,
  type ReviewCommentDto,
} from '@lcm/contracts';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_CELL, NOT_A_NUMBER, type CellValue } from './cell-state';
import { CommentThreads } from './CommentThreads';
import { PlausibilityFacts } from './PlausibilityFacts';

interface CellPanelProps {
  indicator: IndicatorDto;
  columnLabel: string;
  cell: CellValue | undefined;
  problems: readonly string[];
  check: PlausibilityCheck | null;
  plausibility: PlausibilityRow | undefined;
  peerGroup: PeerGroup | undefined;
  threads: readonly ReviewCommentDto[];
  readOnly: boolean;
  /** The first field, focused by Ctrl+Enter in the grid. */
  firstFieldRef: Ref<HTMLSelectElement>;
  onEdit: (change: Partial<CellValue>) => void;
  onAnswer?: (parentId: string, body: string) => Promise<void>;
  onShowHistory: () => void;
  onBackToGrid: () => void;
}

/** Beside the grid: everything about the focused value, its notes, checks and review comments. */
export function CellPanel({ firstFieldRef, ...props }: CellPanelProps) {
  const { t } = useTranslation();
  const { indicator, check } = props;
  const cell = props.cell ?? EMPTY_CELL;
  const headingId = useId();
  const statusId = useId();
  const commentId = useId();
  const commentHintId = useId();
  const sourceId = useId();
  const needsComment = (check?.warnings.length ?? 0) > 0;

  return (
    <section className="cell-panel" aria-labelledby={headingId} data-testid="cell-panel">
      <h2 id={headingId} className="cell-panel__title">
        {indicator.name}
      </h2>
      <p className="muted small cell-panel__subtitle">
        {props.columnLabel} · {indicator.unitLabel} · <code>{indicator.code}</code>
      </p>

      {props.problems.length > 0 && (
        <ul className="cell-panel__problems" data-testid="cell-problems">
          {props.problems.map((problem) => (
            <li key={problem}>{problem === NOT_A_NUMBER ? t('entry.notANumber') : problem}</li>
          ))}
        </ul>
      )}

      <PlausibilityFacts
        indicator={indicator}
        check={check}
        row={props.plausibility}
        peerGroup={props.peerGroup}
      />

      <div className="field">
        <label htmlFor={statusId}>{t('entry.status')}</label>
        <select
          id={statusId}
          ref={firstFieldRef}
          value={cell.status}
          disabled={props.readOnly}
          onChange={(e) => props.onEdit({ status: e.target.value as ObservationStatus })}
        >
          {OBSERVATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={commentId}>
          {t('entry.comment')}
          {needsComment && <span className="field__required"> {t('entry.commentNeeded')}</span>}
        </label>
        <textarea
          id={commentId}
          rows={3}
          value={cell.comment}
          readOnly={props.readOnly}
          aria-describedby={commentHintId}
          aria-required={needsComment}
          onChange={(e) => props.onEdit({ comment: e.target.value })}
          data-testid="cell-comment"
        />
        <span id={commentHintId} className="field__hint">
          {t('entry.commentHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={sourceId}>{t('entry.source')}</label>
        <input
          id={sourceId}
          type="text"
          value={cell.source}
          readOnly={props.readOnly}
          onChange={(e) => props.onEdit({ source: e.target.value })}
        />
      </div>

      {props.threads.length > 0 && (
        <div className="cell-panel__comments">
          <h3>{t('entry.reviewComments')}</h3>
          <CommentThreads threads={props.threads} onAnswer={props.onAnswer} />
        </div>
      )}

      <div className="actions">
        <button type="button" className="button button--secondary" onClick={props.onShowHistory}>
          {t('entry.valueHistory')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onBackToGrid}>
          {t('entry.backToGrid')}
        </button>
      </div>
    </section>
  );
}
