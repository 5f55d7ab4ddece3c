import { useCallback, useRef, useState, type FormEvent } from 'react';
import { toApiRequestError, type ApiRequestError } from '../../../shared/api/api-client';
import {
  apiFieldErrors,
  firstErrorField,
  type FieldErrors,
  type FormResult,
  type FormValues,
} from './form-model';

interface FormOptions<Field extends string, Request, Response> {
  /** The form's fields in the order it shows them (focus goes to the first with a problem). */
  fields: readonly Field[];
  initialValues: FormValues<Field>;
  read: (values: FormValues<Field>) => FormResult<Field, Request>;
  submit: (request: Request) => Promise<Response>;
  onSaved: (response: Response, request: Request) => void | Promise<void>;
  /** The field a 409 answer is about, e.g. the e-mail address of an existing account. */
  conflictField?: Field;
}

/** What went wrong with a save beyond single fields: the API's error and its other messages. */
export interface FormFailure {
  error: ApiRequestError;
  messages: string[];
}

/**
 * A form's state and its submit: checks in the browser first, then sends; problems the API finds
 * go beside their fields too. Focus moves to the first field with a problem (or to the form's error).
 */
export function useForm<Field extends string, Request, Response>(
  options: FormOptions<Field, Request, Response>,
) {
  const { fields, read, submit, onSaved, conflictField } = options;
  const [values, setValues] = useState(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const elements = useRef(new Map<Field, HTMLElement>());
  const failureRef = useRef<HTMLDivElement>(null);

  const setValue = useCallback((field: Field, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);

  /** Ref callback that lets focus reach a field (for a group: its first control). */
  const register = useCallback(
    (field: Field) => (element: HTMLElement | null) => {
      if (element) elements.current.set(field, element);
      else elements.current.delete(field);
    },
    [],
  );

  const focus = useCallback((field: Field) => elements.current.get(field)?.focus(), []);

  const showErrors = (found: FieldErrors<Field>): boolean => {
    setErrors(found);
    const first = firstErrorField(fields, found);
    if (first) elements.current.get(first)?.focus();
    return first !== undefined;
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const result = read(values);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const response = await submit(result.request);
      await onSaved(response, result.request);
    } catch (thrown) {
      const error = toApiRequestError(thrown);
      const found = apiFieldErrors(error.body?.errors, fields);
      if (error.code === 'CONFLICT' && conflictField && error.body) {
        found.errors[conflictField] ??= { message: error.body.message };
      }
      const besideFields = showErrors(found.errors);
      if (!besideFields || found.others.length > 0) setFailure({ error, messages: found.others });
      // Once the message is on screen (after this render).
      if (!besideFields) window.setTimeout(() => failureRef.current?.focus(), 0);
    } finally {
      setSaving(false);
    }
  };

  return { values, setValue, errors, failure, failureRef, saving, register, focus, handleSubmit };
}

export type FormState<Field extends string> = Pick<
  ReturnType<typeof useForm<Field, unknown, unknown>>,
  'values' | 'setValue' | 'errors' | 'register'
>;
