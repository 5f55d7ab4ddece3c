import {
  apiRoutes,
  REGION_CODES,
  type CityDetail,
  type CreateCityRequest,
  type UpdateCityRequest,
} from '@lcm/contracts';
import { citySlug } from '@lcm/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { requestJson } from '../../../shared/api/api-client';
import { useApi } from '../../../shared/api/use-api';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { FormFailureMessage } from '../form/FormFailureMessage';
import { SelectField, TextField } from '../form/FormFields';
import { useForm, type FormState } from '../form/use-form';
import {
  CITY_FIELDS,
  cityFormValues,
  EDITABLE_CITY_FIELDS,
  readCityChanges,
  readNewCity,
  type CityField,
} from './city-form';

/** `/admin/cities/new` adds a member city; `/admin/cities/:slug` edits one. */
export function CityFormPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/cities">{t('admin.cities.backToCities')}</Link>
      </p>
      {slug === undefined ? <NewCity /> : <EditCity slug={slug} />}
    </div>
  );
}

function useBackToList() {
  const navigate = useNavigate();
  return (status: string) => navigate('/admin/cities', { state: { status } });
}

function NewCity() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.cities.addTitle'));
  const back = useBackToList();
  const form = useForm({
    fields: CITY_FIELDS,
    initialValues: cityFormValues(null),
    read: readNewCity,
    submit: (request: CreateCityRequest) => requestJson<CityDetail>('POST', apiRoutes.adminCities(), request),
    onSaved: (city: CityDetail) => back(t('admin.cities.added', { name: city.name, slug: city.slug })),
    conflictField: 'name',
  });
  const slug = citySlug(form.values.name);
  const regionOptions = REGION_CODES.map((code) => ({ value: code, label: t(`regions.${code}`) }));

  return (
    <>
      <h1>{t('admin.cities.addTitle')}</h1>
      <form
        className="admin-form"
        noValidate
        onSubmit={(e) => void form.handleSubmit(e)}
        data-testid="city-form"
      >
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        <TextField
          form={form}
          name="name"
          label={t('admin.cities.name')}
          hint={slug ? t('admin.cities.addressHint', { slug }) : t('admin.cities.addressRule')}
          required
        />
        <div className="form-row">
          <TextField
            form={form}
            name="countryIso3"
            label={t('admin.cities.countryIso3')}
            hint={t('admin.cities.countryIso3Hint')}
            size={3}
            required
          />
          <TextField form={form} name="countryName" label={t('directory.columns.country')} required />
        </div>
        <SelectField
          form={form}
          name="region"
          label={t('regions.label')}
          options={regionOptions}
          placeholder={t('admin.cities.chooseRegion')}
          required
        />
        <CityFacts form={form} requireJoinedOn />
        <button type="submit" className="button" disabled={form.saving}>
          {form.saving ? t('admin.saving') : t('admin.cities.add')}
        </button>
      </form>
    </>
  );
}

function EditCity({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const city = useApi<CityDetail>(apiRoutes.city(slug));
  useDocumentTitle(
    city.data ? t('admin.cities.editTitle', { name: city.data.name }) : t('admin.cities.title'),
  );
  if (city.error) return <ErrorMessage error={city.error} onRetry={city.reload} />;
  if (!city.data) return <LoadingIndicator />;
  return <EditCityForm key={city.data.slug} city={city.data} />;
}

function EditCityForm({ city }: { city: CityDetail }) {
  const { t } = useTranslation();
  const back = useBackToList();
  const form = useForm({
    fields: EDITABLE_CITY_FIELDS,
    initialValues: cityFormValues(city),
    read: (values) => readCityChanges(values, city),
    submit: (request: UpdateCityRequest) =>
      requestJson<CityDetail>('PATCH', apiRoutes.adminCity(city.slug), request),
    onSaved: (saved: CityDetail) => back(t('admin.cities.saved', { name: saved.name })),
  });

  return (
    <>
      <h1>{t('admin.cities.editTitle', { name: city.name })}</h1>
      <p className="lead">
        {city.countryName} · {t(`regions.${city.region}`)} · <code>/cities/{city.slug}</code>
      </p>
      <form
        className="admin-form"
        noValidate
        onSubmit={(e) => void form.handleSubmit(e)}
        data-testid="city-form"
      >
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        <TextField
          form={form}
          name="name"
          label={t('admin.cities.name')}
          hint={t('admin.cities.renameHint')}
          required
        />
        <CityFacts form={form} />
        <button type="submit" className="button" disabled={form.saving}>
          {form.saving ? t('admin.saving') : t('admin.save')}
        </button>
      </form>
    </>
  );
}

/** Membership, population and position: the same fields when adding and editing. */
function CityFacts({
  form,
  requireJoinedOn = false,
}: {
  form: FormState<CityField>;
  requireJoinedOn?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('admin.cities.membership')}</legend>
        <div className="form-row">
          <TextField
            form={form}
            name="joinedOn"
            type="date"
            label={t('admin.cities.joinedOn')}
            required={requireJoinedOn}
          />
          <TextField
            form={form}
            name="leftOn"
            type="date"
            label={t('admin.cities.leftOn')}
            hint={t('admin.cities.leftOnHint')}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('admin.cities.populationGroup')}</legend>
        <div className="form-row">
          <TextField
            form={form}
            name="population"
            label={t('admin.cities.population')}
            inputMode="numeric"
            size={12}
          />
          <TextField
            form={form}
            name="populationYear"
            label={t('admin.cities.populationYear')}
            inputMode="numeric"
            size={4}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('admin.cities.position')}</legend>
        <div className="form-row">
          <TextField
            form={form}
            name="latitude"
            label={t('admin.cities.latitude')}
            hint={t('admin.cities.latitudeHint')}
            size={10}
          />
          <TextField
            form={form}
            name="longitude"
            label={t('admin.cities.longitude')}
            hint={t('admin.cities.longitudeHint')}
            size={10}
          />
        </div>
      </fieldset>
    </>
  );
}
