import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../shared/ui/FormField';
import type { FieldError } from './form-model';
import type { FormState } from './use-form';

/** A field's problem in words: the browser's checks are translated, the API's message is shown as sent. */
export function useFieldErrorText(): (error: FieldError) => string {
  const { t } = useTranslation();
  return (error) =>
    'message' in error ? error.message : t(`forms.errors.${error.code}`, error.values ?? {});
}

/** The shared field frame, given the admin form's error as words. */
function FieldFrame({
  error,
  ...props
}: Omit<ComponentProps<typeof FormField>, 'error'> & { error: FieldError | undefined }) {
  const errorText = useFieldErrorText();
  return <FormField {...props} error={error === undefined ? undefined : errorText(error)} />;
}

interface FieldProps<Field extends string> {
  form: FormState<Field>;
  name: Field;
  label: string;
  hint?: string | undefined;
  required?: boolean;
}

interface TextFieldProps<Field extends string> extends FieldProps<Field> {
  type?: 'text' | 'email' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  autoComplete?: string;
  /** Approximate width in characters, for short values such as years. */
  size?: number;
}

export function TextField<Field extends string>(props: TextFieldProps<Field>) {
  const { form, name, label, hint, required, type = 'text', inputMode, autoComplete = 'off', size } = props;
  return (
    <FieldFrame label={label} hint={hint} error={form.errors[name]} required={required}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          ref={form.register(name)}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={type === 'text' && inputMode === undefined ? undefined : false}
          className={size ? 'input input--short' : 'input'}
          style={size ? { width: `${size + 3}ch` } : undefined}
          value={form.values[name]}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField<Field extends string>(props: FieldProps<Field>) {
  const { form, name, label, hint, required } = props;
  return (
    <FieldFrame label={label} hint={hint} error={form.errors[name]} required={required}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          ref={form.register(name)}
          name={name}
          rows={4}
          className="input"
          value={form.values[name]}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<Field extends string> extends FieldProps<Field> {
  options: readonly { value: string; label: string }[];
  /** Text of the empty first option; none when a value must always be chosen. */
  placeholder?: string;
}

export function SelectField<Field extends string>(props: SelectFieldProps<Field>) {
  const { form, name, label, hint, required, options, placeholder } = props;
  return (
    <FieldFrame label={label} hint={hint} error={form.errors[name]} required={required}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          ref={form.register(name)}
          name={name}
          value={form.values[name]}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => form.setValue(name, event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
