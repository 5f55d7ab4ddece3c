import {
  apiRoutes,
  type CityDetail,
  type CreateCommentRequest,
  type DimensionDto,
  type FrameworkTreeDto,
  type IndicatorDto,
  type PlausibilityResponse,
  type ReviewCommentDto,
  type SubmissionDetail,
  type SubmissionStatus,
  type TransitionRequest,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError, requestJson } from '../../shared/api/api-client';
import { apiErrorText } from '../../shared/api/api-error-text';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useFormat } from '../../i18n/use-format';
import { groupIndicatorsByFramework } from '../city/indicator-groups';
import { useDimensionLookup } from '../city/use-dimension-lookup';
import { CommentForm, CommentThreads } from '../reporting/CommentThreads';
import { Dialog } from '../reporting/Dialog';
import { buildEntryGrid } from '../reporting/entry-grid';
import { useWarningText } from '../reporting/PlausibilityFacts';
import { SUBMISSION_THREADS, threadsByCell } from '../reporting/reporting-status';
import { StatusBadge } from '../reporting/StatusBadge';
import { CityTargetReview } from './CityTargetReview';
import { buildReviewSections, type ReviewRow } from './review-rows';
import '../reporting/reporting.css';

/** `/review/:slug/:year`: a submitted report against last year, with comments and the decision. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { slug = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const city = useApi<CityDetail>(apiRoutes.city(slug));
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  const dimensions = useApi<DimensionDto[]>(apiRoutes.dimensions());
  const kflc = useApi<FrameworkTreeDto>(apiRoutes.framework('KFLC'));
  const submission = useApi<SubmissionDetail>(apiRoutes.citySubmission(slug, year));
  const plausibility = useApi<PlausibilityResponse>(apiRoutes.cityYearPlausibility(slug, year));
  const comments = useApi<ReviewCommentDto[]>(apiRoutes.citySubmissionComments(slug, year));
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(city.data ? t('review.documentTitle', { city: city.data.name, year }) : null);

  const failure = city.error ?? indicators.error ?? dimensions.error ?? submission.error;
  // Wait for the framework and the checks too (unless they fail), so the page does not regroup or jump.
  const settled = !kflc.loading && !plausibility.loading;

  return (
    <div className="page review-page">
      <nav aria-label={t('city.breadcrumb')} className="breadcrumb">
        <Link to={`/review?year=${year}`}>
          <span aria-hidden="true">← </span>
          {t('review.backToQueue')}
        </Link>
      </nav>
      {notice && (
        <p className="notice" role="status" data-testid="review-notice">
          {notice}
        </p>
      )}
      {city.data && indicators.data && <CityTargetReview city={city.data} indicators={indicators.data} />}
      {failure && <ErrorMessage error={failure} onRetry={submission.reload} />}
      {!failure && !(settled && city.data && submission.data) && <LoadingIndicator />}
      {settled && city.data && indicators.data && dimensions.data && submission.data && (
        <Review
          city={city.data}
          year={year}
          detail={submission.data}
          indicators={indicators.data}
          dimensions={dimensions.data}
          kflc={kflc.data}
          plausibility={plausibility.data}
          comments={comments.latestData ?? submission.data.comments}
          onCommented={comments.reload}
          onDecided={(message) => {
            setNotice(message);
            submission.reload();
            comments.reload();
          }}
        />
      )}
    </div>
  );
}

interface ReviewProps {
  city: CityDetail;
  year: number;
  detail: SubmissionDetail;
  indicators: IndicatorDto[];
  dimensions: DimensionDto[];
  kflc: FrameworkTreeDto | undefined;
  plausibility: PlausibilityResponse | undefined;
  comments: ReviewCommentDto[];
  onCommented: () => void;
  onDecided: (message: string) => void;
}

function Review({
  city,
  year,
  detail,
  indicators,
  dimensions,
  kflc,
  plausibility,
  comments,
  onCommented,
  onDecided,
}: ReviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const lookup = useDimensionLookup(dimensions);
  const filterId = useId();
  const otherLabel = t('indicator.otherIndicators');
  const sections = useMemo(
    () =>
      buildReviewSections(
        buildEntryGrid(groupIndicatorsByFramework(kflc, indicators, otherLabel), dimensions),
        detail.observations,
        plausibility,
      ),
    [kflc, indicators, otherLabel, dimensions, detail.observations, plausibility],
  );
  const threads = useMemo(() => threadsByCell(comments), [comments]);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [commentingOn, setCommentingOn] = useState<ReviewRow | null>(null);
  const flaggedCount = sections.reduce((n, s) => n + s.rows.filter((r) => r.warnings.length > 0).length, 0);
  const breakdownLabel = (row: ReviewRow) =>
    row.column.dimension && row.column.code
      ? lookup.label(row.column.dimension, row.column.code)
      : t('dimensionValues.total');

  const postComment = async (request: CreateCommentRequest) => {
    await requestJson<ReviewCommentDto>('POST', apiRoutes.citySubmissionComments(city.slug, year), request);
    onCommented();
  };

  return (
    <>
      <header className="entry-header">
        <h1>{t('review.title', { city: city.name, year })}</h1>
        <p className="entry-header__facts">
          <StatusBadge status={detail.status} />
          {detail.submittedAt && (
            <span>{t('review.submittedAt', { date: format.date(detail.submittedAt) })}</span>
          )}
          <span>{t('review.flaggedCount', { count: flaggedCount })}</span>
        </p>
      </header>

      <div className="toolbar">
        <div className="checkbox">
          <input
            id={filterId}
            type="checkbox"
            checked={flaggedOnly}
            onChange={(e) => setFlaggedOnly(e.target.checked)}
          />
          <label htmlFor={filterId}>{t('review.flaggedOnly')}</label>
        </div>
      </div>

      {sections.length === 0 && <p className="empty">{t('review.noValues')}</p>}
      {sections.map((section) => {
        const rows = flaggedOnly ? section.rows.filter((r) => r.warnings.length > 0) : section.rows;
        if (rows.length === 0) return null;
        return (
          <section key={section.code} className="review-section" aria-labelledby={`review-${section.code}`}>
            <h2 id={`review-${section.code}`}>{section.label}</h2>
            <div className="table-scroll">
              <table className="data-table review-table" data-testid="review-table">
                <caption className="visually-hidden">
                  {t('review.tableCaption', { area: section.label, year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('review.value')}</th>
                    <th scope="col" className="numeric">
                      {year}
                    </th>
                    <th scope="col" className="numeric">
                      {year - 1}
                    </th>
                    <th scope="col" className="numeric">
                      {t('review.change')}
                    </th>
                    <th scope="col">{t('review.checks')}</th>
                    <th scope="col">{t('review.cityNote')}</th>
                    <th scope="col">{t('review.comments')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <ReviewTableRow
                      key={row.key}
                      row={row}
                      label={`${row.indicator.name} – ${breakdownLabel(row)}`}
                      threadCount={threads.get(row.key)?.length ?? 0}
                      onComment={() => setCommentingOn(row)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}

      <section className="review-section" aria-labelledby="review-submission-comments">
        <h2 id="review-submission-comments">{t('review.submissionComments')}</h2>
        <CommentThreads
          threads={threads.get(SUBMISSION_THREADS) ?? []}
          onAnswer={(parentId, body) => postComment({ body, parentId })}
        />
        <CommentForm
          label={t('review.commentOnSubmission')}
          submitLabel={t('review.postComment')}
          onSubmit={(body) => postComment({ body })}
          testId="submission-comment-form"
        />
      </section>

      <Decision city={city} year={year} detail={detail} onDecided={onDecided} />

      <Dialog
        open={commentingOn !== null}
        title={
          commentingOn
            ? t('review.commentTitle', {
                value: `${commentingOn.indicator.name} – ${breakdownLabel(commentingOn)}`,
              })
            : ''
        }
        onClose={() => setCommentingOn(null)}
        testId="value-comment-dialog"
      >
        {commentingOn && (
          <>
            <CommentThreads
              threads={threads.get(commentingOn.key) ?? []}
              onAnswer={(parentId, body) => postComment({ body, parentId })}
            />
            <CommentForm
              label={t('review.commentOnValue')}
              submitLabel={t('review.postComment')}
              onSubmit={(body) =>
                postComment({
                  body,
                  indicator: commentingOn.indicator.code,
                  disaggregation: commentingOn.disaggregation,
                })
              }
            />
          </>
        )}
      </Dialog>
    </>
  );
}

function ReviewTableRow({
  row,
  label,
  threadCount,
  onComment,
}: {
  row: ReviewRow;
  label: string;
  threadCount: number;
  onComment: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const warningText = useWarningText();
  const value = (n: number | null) =>
    n === null ? t('indicator.noValue') : format.number(n, row.indicator.decimals);
  const signed = (n: number, decimals: number) => `${n > 0 ? '+' : ''}${format.number(n, decimals)}`;
  return (
    <tr className={row.warnings.length ? 'review-table__row--flagged' : undefined} data-testid="review-row">
      <th scope="row">{label}</th>
      <td className="numeric">
        {value(row.value)}
        {row.status !== 'A' && <span className="status-mark">{row.status}</span>}
      </td>
      <td className="numeric">{value(row.lastYear)}</td>
      <td className="numeric">
        {row.change === null
          ? t('common.notAvailable')
          : row.changePercent === null
            ? signed(row.change, row.indicator.decimals)
            : t('review.changeValue', {
                change: signed(row.change, row.indicator.decimals),
                percent: signed(row.changePercent, 1),
              })}
      </td>
      <td>
        {row.warnings.length === 0 ? (
          <span className="muted">{t('review.noFlag')}</span>
        ) : (
          <ul className="plausibility__warnings-inline">
            {row.warnings.map((w) => (
              <li key={w.kind}>
                <span aria-hidden="true">⚠ </span>
                {warningText(w)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{row.note ?? <span className="muted">{t('review.noNote')}</span>}</td>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={onComment}
          aria-label={t('review.commentOn', { value: label })}
        >
          {threadCount > 0 ? t('review.commentCount', { count: threadCount }) : t('review.comment')}
        </button>
      </td>
    </tr>
  );
}

/** Return (with the comment the city will see) or approve. */
function Decision({
  city,
  year,
  detail,
  onDecided,
}: {
  city: CityDetail;
  year: number;
  detail: SubmissionDetail;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const commentId = useId();
  const hintId = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Approval locks the report (only an administrator can reopen it), so it takes a second, explicit click.
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const canReturn = detail.allowedTransitions.includes('returned');
  const canApprove = detail.allowedTransitions.includes('approved');
  if (!canReturn && !canApprove) return null;

  const decide = async (to: SubmissionStatus) => {
    setBusy(true);
    setError(null);
    try {
      const request: TransitionRequest = {
        to,
        version: detail.version,
        ...(to === 'returned' ? { comment: comment.trim() } : {}),
      };
      await requestJson<SubmissionDetail>(
        'POST',
        apiRoutes.citySubmissionTransitions(city.slug, year),
        request,
      );
      onDecided(to === 'returned' ? t('review.returned') : t('review.approved'));
    } catch (failure) {
      const conflict = failure instanceof ApiRequestError && failure.code === 'CONFLICT';
      setError(conflict ? t('review.conflict') : apiErrorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-decision" aria-labelledby={headingId} data-testid="review-decision">
      <h2 id={headingId}>{t('review.decisionTitle')}</h2>
      <div className="field">
        <label htmlFor={commentId}>{t('review.returnComment')}</label>
        <textarea
          id={commentId}
          rows={3}
          value={comment}
          aria-describedby={hintId}
          onChange={(e) => setComment(e.target.value)}
        />
        <span id={hintId} className="field__hint">
          {t('review.returnHint')}
        </span>
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {canReturn && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || comment.trim() === ''}
            onClick={() => void decide('returned')}
            data-testid="return-submission"
          >
            {t('review.return')}
          </button>
        )}
        {canApprove && !confirmingApproval && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setConfirmingApproval(true)}
            data-testid="approve-submission"
          >
            {t('review.approve')}
          </button>
        )}
      </div>
      {canApprove && confirmingApproval && (
        <div className="actions" role="group" aria-label={t('review.approveConfirmLabel')}>
          <p>{t('review.approveWarning')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void decide('approved')}
            data-testid="approve-confirm"
          >
            {t('review.approveConfirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setConfirmingApproval(false)}
          >
            {t('review.approveCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
