import type { ReviewCommentDto } from '@lcm/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import { useFormat } from '../../i18n/use-format';

interface CommentThreadsProps {
  threads: readonly ReviewCommentDto[];
  /** Posts an answer to a thread; omitted when the reader may not answer. */
  onAnswer?: (parentId: string, body: string) => Promise<void>;
}

/** Review comments with their answers, oldest first, each thread with an "Answer" box. */
export function CommentThreads({ threads, onAnswer }: CommentThreadsProps) {
  if (threads.length === 0) return null;
  return (
    <ul className="comment-threads" data-testid="comment-threads">
      {threads.map((thread) => (
        <li key={thread.id} className="comment-thread">
          <Comment comment={thread} />
          {thread.answers && thread.answers.length > 0 && (
            <ul className="comment-thread__answers">
              {thread.answers.map((answer) => (
                <li key={answer.id}>
                  <Comment comment={answer} />
                </li>
              ))}
            </ul>
          )}
          {onAnswer && <AnswerForm onSubmit={(body) => onAnswer(thread.id, body)} />}
        </li>
      ))}
    </ul>
  );
}

function Comment({ comment }: { comment: ReviewCommentDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="comment">
      <p className="comment__meta">
        <span className="comment__author">{comment.author.displayName}</span>{' '}
        <span className="muted">
          {t('comments.byline', {
            role: t(`roles.${comment.author.role}`),
            date: format.date(comment.createdAt),
          })}
        </span>
      </p>
      <p className="comment__body">{comment.body}</p>
    </article>
  );
}

/** A labelled text box that posts a comment or an answer; clears itself once posted. */
export function CommentForm({
  label,
  submitLabel,
  onSubmit,
  testId,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<void>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim());
      setBody('');
    } catch (failure) {
      setError(toApiRequestError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      {error && (
        <p className="field__error" role="alert">
          {error.body?.message ?? t(`errors.${error.code}`)}
        </p>
      )}
      <button type="submit" className="button button--secondary" disabled={busy || body.trim() === ''}>
        {submitLabel}
      </button>
    </form>
  );
}

function AnswerForm({ onSubmit }: { onSubmit: (body: string) => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <CommentForm label={t('comments.answerLabel')} submitLabel={t('comments.answer')} onSubmit={onSubmit} />
  );
}
