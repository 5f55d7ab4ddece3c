import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRoutes, type IndicatorTranslationDto, type PutIndicatorTranslationRequest } from '@lcm/contracts';
import { LANGUAGE_NAMES } from '../../../i18n';
import { requestJson } from '../../../shared/api/api-client';
import { useApi } from '../../../shared/api/use-api';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { FormFailureMessage } from '../form/FormFailureMessage';
import { TextAreaField, TextField } from '../form/FormFields';
import { StatusMessage } from '../form/StatusMessage';
import { useForm } from '../form/use-form';

/** An indicator's name and definition in French, Spanish and Arabic; empty fields show the English text. */
export function IndicatorTranslations({ code }: { code: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const translations = useApi<IndicatorTranslationDto[]>(apiRoutes.indicatorTranslations(code));
  return (
    <section aria-labelledby={headingId} className="translations">
      <h2 id={headingId}>{t('admin.framework.translations')}</h2>
      <p className="field__hint">{t('admin.framework.translationsHint')}</p>
      {translations.error && <ErrorMessage error={translations.error} onRetry={translations.reload} />}
      {!translations.data && translations.loading && <LoadingIndicator />}
      {translations.data?.map((translation) => (
        <TranslationForm key={translation.lang} code={code} translation={translation} />
      ))}
    </section>
  );
}

const TRANSLATION_FIELDS = ['name', 'definition'] as const;

function TranslationForm({ code, translation }: { code: string; translation: IndicatorTranslationDto }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const language = LANGUAGE_NAMES[translation.lang];
  const form = useForm({
    fields: TRANSLATION_FIELDS,
    initialValues: { name: translation.name ?? '', definition: translation.definition ?? '' },
    // Both texts are optional: an empty one falls back to English, so there is nothing to check here.
    read: (values) => ({
      ok: true as const,
      request: { name: values.name.trim() || null, definition: values.definition.trim() || null },
    }),
    submit: (request: PutIndicatorTranslationRequest) => {
      setStatus('');
      return requestJson<IndicatorTranslationDto>(
        'PUT',
        apiRoutes.indicatorTranslation(code, translation.lang),
        request,
      );
    },
    onSaved: () => setStatus(t('admin.framework.translationSaved', { language })),
  });

  return (
    <form
      className="admin-form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(e)}
      data-testid={`translation-${translation.lang}`}
    >
      <fieldset className="form-group">
        <legend>
          <span lang={translation.lang}>{language}</span>
        </legend>
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        {/* Right to left for Arabic, so that the texts are typed and read as they will be shown. */}
        <div dir={i18n.dir(translation.lang)}>
          <TextField form={form} name="name" label={t('admin.framework.name')} />
          <TextAreaField form={form} name="definition" label={t('admin.framework.definition')} />
        </div>
        <button type="submit" className="button" disabled={form.saving}>
          {form.saving ? t('admin.saving') : t('admin.framework.saveTranslation', { language })}
        </button>
        <StatusMessage text={status} />
      </fieldset>
    </form>
  );
}
