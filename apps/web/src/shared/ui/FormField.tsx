import { useId, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FormFieldProps {
  label: string;
  hint?: string | null | undefined;
  /** The problem with the value, already in words; none while the value is fine. */
  error?: string | undefined;
  required?: boolean | undefined;
  children: (control: FieldControl) => ReactNode;
}

/**
 * Label, hint, error and control, tied together: the control is described by its hint and its error,
 * and the error (after the label, before the control) says "Error:" to screen readers.
 */
export function FormField({ label, hint, error, required, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error !== undefined ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error !== undefined ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('forms.required')}</span>}
      </label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span id={errorId} className="field__error">
          <span className="visually-hidden">{t('forms.errorPrefix')} </span>
          {error}
        </span>
      )}
      {children({ id, describedBy, invalid: error !== undefined })}
    </div>
  );
}

interface ValueFieldProps {
  name: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** The attributes a plain text control shares with its field, whichever element it is. */
function controlAttributes({ name, value, onChange }: ValueFieldProps, control: FieldControl) {
  return {
    id: control.id,
    name,
    value,
    'aria-invalid': control.invalid || undefined,
    'aria-describedby': control.describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
}

interface ValueTextFieldProps extends ValueFieldProps {
  inputMode: 'numeric' | 'decimal' | 'url';
  /** Width in characters, for short values such as years. */
  size: number;
}

/** A one-line text field whose value the caller keeps. */
export function ValueTextField(props: ValueTextFieldProps) {
  return (
    <FormField label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <input
          {...controlAttributes(props, control)}
          type="text"
          inputMode={props.inputMode}
          size={props.size}
          autoComplete="off"
        />
      )}
    </FormField>
  );
}

/** A text area whose value the caller keeps. */
export function ValueTextAreaField(props: ValueFieldProps & { rows: number }) {
  return (
    <FormField label={props.label} hint={props.hint} error={props.error}>
      {(control) => <textarea {...controlAttributes(props, control)} rows={props.rows} />}
    </FormField>
  );
}
