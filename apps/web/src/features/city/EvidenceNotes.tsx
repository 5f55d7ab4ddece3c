import {
  apiRoutes,
  EVIDENCE_NOTE_MAX_LENGTH,
  type CityDetail,
  type EvidenceNoteDto,
  type IndicatorDto,
  type UpdateEvidenceNoteRequest,
} from '@lcm/contracts';
import { characterCount } from '@lcm/domain';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, requestJson } from '../../shared/api/api-client';
import { apiErrorText } from '../../shared/api/api-error-text';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { ValueTextAreaField, ValueTextField } from '../../shared/ui/FormField';
import { useCurrentUser } from '../auth/use-session';
import {
  checkEvidenceNote,
  type EvidenceNoteField,
  type EvidenceNoteFormError,
  type EvidenceNoteInput,
} from './evidence-notes';
import './evidence-notes.css';

type FieldErrors = Partial<Record<EvidenceNoteField, EvidenceNoteFormError>>;

/** The API's refusal, field by field where it names them; otherwise one message for the whole form. */
function apiFailure(error: unknown, t: TFunction): { fields: FieldErrors; message: string | null } {
  const apiError = error instanceof ApiRequestError ? error : null;
  const fields: FieldErrors = {};
  for (const detail of apiError?.body?.errors ?? []) {
    if (detail.field === 'year' || detail.field === 'text' || detail.field === 'link') {
      // The API's English message is shown as it is: it names the problem exactly.
      fields[detail.field] ??= { code: 'api', message: detail.message };
    }
  }
  return { fields, message: Object.keys(fields).length > 0 ? null : apiErrorText(error, t) };
}

interface NoteFormProps {
  initial: EvidenceNoteInput;
  /** Editing keeps the note's year: a note for another year is a new note. */
  yearEditable: boolean;
  submitLabel: string;
  onSubmit: (input: EvidenceNoteInput) => Promise<FieldErrors | null>;
  onCancel?: () => void;
}

/** The fields of a note: year, text with the characters left, optional link; problems shown beside each. */
function NoteForm({ initial, yearEditable, submitLabel, onSubmit, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const problems = await onSubmit(input);
      setErrors(problems ?? {});
      if (!problems) setInput(initial);
    } finally {
      setBusy(false);
    }
  };

  const errorText = (error: EvidenceNoteFormError) =>
    error.code === 'api' ? error.message : t(`evidenceNotes.errors.${error.code}`, error.values);

  const fieldProps = (name: EvidenceNoteField) => {
    const error = errors[name];
    return {
      name,
      value: input[name],
      error: error && errorText(error),
      onChange: (value: string) => setInput({ ...input, [name]: value }),
    };
  };

  const left = EVIDENCE_NOTE_MAX_LENGTH - characterCount(input.text.trim());
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="evidence-note-form">
      {yearEditable && (
        <ValueTextField
          {...fieldProps('year')}
          label={t('evidenceNotes.year')}
          inputMode="numeric"
          size={6}
        />
      )}
      <ValueTextAreaField
        {...fieldProps('text')}
        label={t('evidenceNotes.text')}
        hint={t('evidenceNotes.textHint', { max: EVIDENCE_NOTE_MAX_LENGTH, left: Math.max(0, left) })}
        rows={3}
      />
      <ValueTextField
        {...fieldProps('link')}
        label={t('evidenceNotes.link')}
        hint={t('evidenceNotes.linkHint')}
        inputMode="url"
        size={40}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('evidenceNotes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface EvidenceNoteListProps {
  /** Id of the list, which the chart names as part of its description. */
  listId: string;
  notes: readonly EvidenceNoteDto[];
  /** Called after a note was changed or deleted, to load the notes again. */
  onChanged: () => void;
}

/**
 * The notes of the indicator under its chart, by year: the text alternative of the chart's note
 * markers. Their authors (and administrators) edit or delete them here.
 */
export function EvidenceNoteList({ listId, notes, onChanged }: EvidenceNoteListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (note: EvidenceNoteDto, input: EvidenceNoteInput): Promise<FieldErrors | null> => {
    setNotice(null);
    setFailure(null);
    const check = checkEvidenceNote({ ...input, year: String(note.year) }, note.indicator);
    if (!check.ok) return check.errors;
    const body: UpdateEvidenceNoteRequest = { text: check.request.text, link: check.request.link ?? null };
    try {
      await requestJson<EvidenceNoteDto>('PATCH', apiRoutes.evidenceNote(note.id), body);
    } catch (error) {
      const refused = apiFailure(error, t);
      setFailure(refused.message);
      return refused.fields;
    }
    setEditing(null);
    setNotice(t('evidenceNotes.saved'));
    onChanged();
    return null;
  };

  const remove = async (note: EvidenceNoteDto) => {
    if (!window.confirm(t('evidenceNotes.confirmDelete', { year: note.year }))) return;
    setNotice(null);
    setFailure(null);
    try {
      await requestJson<undefined>('DELETE', apiRoutes.evidenceNote(note.id));
      setNotice(t('evidenceNotes.deleted'));
      onChanged();
    } catch (error) {
      setFailure(apiFailure(error, t).message);
    }
  };

  return (
    <section className="evidence-notes" aria-labelledby={headingId} data-testid="evidence-notes">
      <h4 id={headingId}>{t('evidenceNotes.title')}</h4>
      {notes.length === 0 ? (
        <p className="muted" id={listId}>
          {t('evidenceNotes.none')}
        </p>
      ) : (
        <ul id={listId} className="evidence-notes__list" aria-label={t('evidenceNotes.listLabel')}>
          {notes.map((note) => (
            <li key={note.id} data-testid="evidence-note">
              <strong>{note.year}</strong> <span aria-hidden="true">·</span> {note.text}
              {note.link && (
                <>
                  {' '}
                  <a
                    href={note.link}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('evidenceNotes.sourceLabel', { year: note.year })}
                  >
                    {t('evidenceNotes.source')}
                  </a>
                </>
              )}
              <span className="muted">
                {' '}
                ({t('evidenceNotes.by', { author: note.author })}
                {!note.published && <>, {t('evidenceNotes.notPublic', { year: note.year })}</>})
              </span>
              {note.editable && editing !== note.id && (
                <span className="evidence-notes__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('evidenceNotes.editLabel', { year: note.year })}
                    onClick={() => setEditing(note.id)}
                  >
                    {t('evidenceNotes.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('evidenceNotes.deleteLabel', { year: note.year })}
                    onClick={() => void remove(note)}
                  >
                    {t('evidenceNotes.delete')}
                  </button>
                </span>
              )}
              {editing === note.id && (
                <NoteForm
                  initial={{ year: String(note.year), text: note.text, link: note.link ?? '' }}
                  yearEditable={false}
                  submitLabel={t('evidenceNotes.save')}
                  onSubmit={(input) => save(note, input)}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormOutcome notice={notice} failure={failure} statusTestId="evidence-notes-status" />
    </section>
  );
}

interface AddEvidenceNoteProps {
  city: CityDetail;
  indicator: IndicatorDto;
  /** The year the form starts with, e.g. the latest year shown. */
  defaultYear: number;
  onAdded: () => void;
}

/** For the city's officials: attach a note to a year of the indicator. */
export function AddEvidenceNote(props: AddEvidenceNoteProps) {
  const user = useCurrentUser();
  const isCityOfficial = user?.role === 'official' && user.cities.includes(props.city.slug);
  return isCityOfficial ? <AddEvidenceNoteForm {...props} /> : null;
}

function AddEvidenceNoteForm({ city, indicator, defaultYear, onAdded }: AddEvidenceNoteProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const add = async (input: EvidenceNoteInput): Promise<FieldErrors | null> => {
    setNotice(null);
    setFailure(null);
    const check = checkEvidenceNote(input, indicator.code);
    if (!check.ok) return check.errors;
    try {
      await requestJson<EvidenceNoteDto>('POST', apiRoutes.cityEvidenceNotes(city.slug), check.request);
    } catch (error) {
      const refused = apiFailure(error, t);
      setFailure(refused.message);
      return refused.fields;
    }
    setNotice(t('evidenceNotes.added'));
    onAdded();
    return null;
  };

  return (
    <section className="evidence-note-add" aria-labelledby={headingId} data-testid="add-evidence-note">
      <h4 id={headingId}>{t('evidenceNotes.addTitle')}</h4>
      <p className="field__hint">{t('evidenceNotes.intro')}</p>
      <NoteForm
        initial={{ year: String(defaultYear), text: '', link: '' }}
        yearEditable
        submitLabel={t('evidenceNotes.add')}
        onSubmit={add}
      />
      <FormOutcome notice={notice} failure={failure} statusTestId="add-evidence-note-status" />
    </section>
  );
}
