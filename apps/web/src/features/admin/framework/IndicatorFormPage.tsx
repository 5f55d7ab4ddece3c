import { apiRoutes, SOURCE_LANGUAGE, type IndicatorDto, type UpdateIndicatorRequest } from '@lcm/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { requestJson } from '../../../shared/api/api-client';
import { useApi } from '../../../shared/api/use-api';
import { DirectionText } from '../../../shared/ui/DirectionText';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { FormFailureMessage } from '../form/FormFailureMessage';
import { TextAreaField, TextField } from '../form/FormFields';
import { useForm } from '../form/use-form';
import { INDICATOR_FIELDS, indicatorFormValues, readIndicatorChanges } from './indicator-form';
import { IndicatorTranslations } from './IndicatorTranslations';

/**
 * `/admin/framework/:code`: an indicator's wording, target, score bounds, colour thresholds, valid range
 * and decimals.
 */
export function IndicatorFormPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  // The form edits the English originals; translations have their own fields below.
  const indicator = useApi<IndicatorDto>(apiRoutes.indicator(code), SOURCE_LANGUAGE);
  useDocumentTitle(
    indicator.data
      ? t('admin.framework.editTitle', { name: indicator.data.name })
      : t('admin.framework.title'),
  );
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/framework">{t('admin.framework.backToFramework')}</Link>
      </p>
      {indicator.error && <ErrorMessage error={indicator.error} onRetry={indicator.reload} />}
      {!indicator.data && indicator.loading && <LoadingIndicator />}
      {indicator.data && <IndicatorForm key={indicator.data.code} indicator={indicator.data} />}
    </div>
  );
}

function IndicatorForm({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm({
    fields: INDICATOR_FIELDS,
    initialValues: indicatorFormValues(indicator),
    read: (values) => readIndicatorChanges(values, indicator),
    submit: (request: UpdateIndicatorRequest) =>
      requestJson<IndicatorDto>('PATCH', apiRoutes.adminIndicator(indicator.code), request),
    onSaved: (saved: IndicatorDto) =>
      navigate('/admin/framework', { state: { status: t('admin.framework.saved', { name: saved.name }) } }),
  });
  const unit = { unit: indicator.unitLabel };

  return (
    <>
      <h1>{t('admin.framework.editTitle', { name: indicator.name })}</h1>
      <p className="lead">
        <code>{indicator.code}</code> · {indicator.unitLabel} ·{' '}
        <DirectionText direction={indicator.direction} />
      </p>
      <form
        className="admin-form"
        noValidate
        onSubmit={(e) => void form.handleSubmit(e)}
        data-testid="indicator-form"
      >
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        <TextField form={form} name="name" label={t('admin.framework.name')} required />
        <TextAreaField form={form} name="definition" label={t('admin.framework.definition')} required />
        <fieldset className="form-group">
          <legend>{t('framework.target')}</legend>
          <div className="form-row">
            <TextField
              form={form}
              name="targetValue"
              label={t('admin.framework.targetValue', unit)}
              inputMode="decimal"
              size={10}
            />
            <TextField
              form={form}
              name="targetYear"
              label={t('admin.framework.targetYear')}
              inputMode="numeric"
              size={4}
            />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('admin.framework.scoreBounds')}</legend>
          <p className="field__hint">{t('admin.framework.scoreBoundsHint')}</p>
          <div className="form-row">
            <TextField
              form={form}
              name="bestBound"
              label={t('admin.framework.bestBoundLabel', unit)}
              size={10}
            />
            <TextField
              form={form}
              name="worstBound"
              label={t('admin.framework.worstBoundLabel', unit)}
              size={10}
            />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('admin.framework.scoreBands')}</legend>
          <p className="field__hint">{t('admin.framework.scoreBandsHint')}</p>
          <div className="form-row">
            <TextField
              form={form}
              name="bandAchieved"
              label={t('admin.framework.bandAchieved')}
              inputMode="decimal"
              size={5}
            />
            <TextField
              form={form}
              name="bandYellow"
              label={t('admin.framework.bandYellow')}
              inputMode="decimal"
              size={5}
            />
            <TextField
              form={form}
              name="bandOrange"
              label={t('admin.framework.bandOrange')}
              inputMode="decimal"
              size={5}
            />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('admin.framework.validRange')}</legend>
          <p className="field__hint">{t('admin.framework.validRangeHint')}</p>
          <div className="form-row">
            <TextField form={form} name="minValue" label={t('admin.framework.minValue', unit)} size={10} />
            <TextField form={form} name="maxValue" label={t('admin.framework.maxValue', unit)} size={10} />
          </div>
        </fieldset>
        <TextField
          form={form}
          name="decimals"
          label={t('admin.framework.decimals')}
          hint={t('admin.framework.decimalsHint')}
          inputMode="numeric"
          size={2}
          required
        />
        <button type="submit" className="button" disabled={form.saving}>
          {form.saving ? t('admin.saving') : t('admin.save')}
        </button>
      </form>
      <IndicatorTranslations code={indicator.code} />
    </>
  );
}
