import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../shared/api/api-client';
import type { CellValue, WarnedCell } from './cell-state';
import { Dialog } from './Dialog';
import { useWarningText } from './PlausibilityFacts';

interface SubmitDialogProps {
  open: boolean;
  onClose: () => void;
  labelOf: (key: string) => string;
  /** Cells the API would refuse, with their first problem in words. */
  problems: { key: string; message: string }[];
  warnings: WarnedCell[];
  drafts: ReadonlyMap<string, CellValue>;
  onComment: (key: string, comment: string) => void;
  onGoTo: (key: string) => void;
  /** Saves what is left and submits; rejects with the API's answer. */
  onSubmit: () => Promise<void>;
}

/** The last step: fix what the API would refuse, explain each warning, then submit for review. */
export function SubmitDialog(props: SubmitDialogProps) {
  const { t } = useTranslation();
  const warningText = useWarningText();
  const idPrefix = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unexplained = props.warnings.filter((w) => !w.explained).length;
  const ready = props.problems.length === 0 && unexplained === 0;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit();
    } catch (failure) {
      if (failure instanceof ApiRequestError) setError(failure.body?.message ?? t(`errors.${failure.code}`));
      else setError(failure instanceof Error ? failure.message : t('errors.INTERNAL_ERROR'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={props.open} title={t('submit.title')} onClose={props.onClose} testId="submit-dialog">
      {props.problems.length > 0 && (
        <section className="submit-step" aria-labelledby={`${idPrefix}-problems`}>
          <h3 id={`${idPrefix}-problems`}>{t('submit.problemsTitle', { count: props.problems.length })}</h3>
          <p>{t('submit.problemsText')}</p>
          <ul className="submit-list">
            {props.problems.map((problem) => (
              <li key={problem.key}>
                <span className="block">
                  <strong>{props.labelOf(problem.key)}</strong>: {problem.message}
                </span>
                <button type="button" className="link-button" onClick={() => props.onGoTo(problem.key)}>
                  {t('submit.goTo')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.warnings.length > 0 && (
        <section className="submit-step" aria-labelledby={`${idPrefix}-warnings`}>
          <h3 id={`${idPrefix}-warnings`}>{t('submit.warningsTitle', { count: props.warnings.length })}</h3>
          <p>{t('submit.warningsText')}</p>
          <ul className="submit-list">
            {props.warnings.map((warned) => {
              const fieldId = `${idPrefix}-${warned.key}`;
              return (
                <li key={warned.key} data-testid="submit-warning">
                  <span className="block">
                    <strong>{props.labelOf(warned.key)}</strong>
                  </span>
                  <ul className="plausibility__warnings-inline">
                    {warned.check.warnings.map((w) => (
                      <li key={w.kind}>{warningText(w)}</li>
                    ))}
                  </ul>
                  <div className="field">
                    <label htmlFor={fieldId}>{t('submit.explain')}</label>
                    <textarea
                      id={fieldId}
                      rows={2}
                      value={props.drafts.get(warned.key)?.comment ?? ''}
                      aria-invalid={!warned.explained}
                      onChange={(e) => props.onComment(warned.key, e.target.value)}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {props.problems.length === 0 && props.warnings.length === 0 && <p>{t('submit.allClear')}</p>}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="submit-readiness">
        {ready
          ? t('submit.ready')
          : t('submit.notReady', { problems: props.problems.length, warnings: unexplained })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!ready || busy}
          onClick={() => void submit()}
          data-testid="submit-confirm"
        >
          {busy ? t('submit.submitting') : t('submit.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
