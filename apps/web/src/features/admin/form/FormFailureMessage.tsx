import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import type { FormFailure } from './use-form';

/** Why a save failed, beyond single fields; focusable so that the form can move focus to it. */
export function FormFailureMessage({
  failure,
  focusRef,
}: {
  failure: FormFailure | null;
  focusRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <div ref={focusRef} tabIndex={-1} className="form-failure">
      <ErrorMessage error={failure.error} title={t('forms.notSaved')}>
        {failure.messages.length > 0 && (
          <ul>
            {failure.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </ErrorMessage>
    </div>
  );
}
