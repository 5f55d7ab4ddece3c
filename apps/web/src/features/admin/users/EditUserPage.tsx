import { apiRoutes, ROLES, type CitySummary, type UpdateUserRequest, type UserDto } from '@lcm/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { requestJson, toApiRequestError, type ApiRequestError } from '../../../shared/api/api-client';
import { useApi } from '../../../shared/api/use-api';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { FormFailureMessage } from '../form/FormFailureMessage';
import { SelectField, TextField } from '../form/FormFields';
import { useForm } from '../form/use-form';
import { CityPicker } from './CityPicker';
import { UserStatusBadge } from './UserStatusBadge';
import {
  citiesOf,
  citiesValue,
  readUserChanges,
  roleHasCities,
  USER_FIELDS,
  userFormValues,
  userStatus,
} from './user-model';

/** `/admin/users/:id`: change a person's name, role and cities; deactivate or reactivate the account. */
export function EditUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // The API lists accounts only; the secretariat's list is small.
  const users = useApi<UserDto[]>(apiRoutes.users());
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const user = users.data?.find((candidate) => candidate.id === id);
  useDocumentTitle(user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.title'));

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/users">{t('admin.users.backToUsers')}</Link>
      </p>
      {users.error && <ErrorMessage error={users.error} onRetry={users.reload} />}
      {users.loading && <LoadingIndicator />}
      {users.data && !user && (
        <div className="not-found">
          <h1>{t('admin.users.notFound')}</h1>
        </div>
      )}
      {user && <EditUser key={user.id} user={user} cities={cities.data ?? []} />}
    </div>
  );
}

function EditUser({ user, cities }: { user: UserDto; cities: readonly CitySummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = user.displayName || user.email;
  const backWith = (status: string) => navigate('/admin/users', { state: { status } });
  const form = useForm({
    fields: USER_FIELDS,
    initialValues: userFormValues(user),
    read: (values) => readUserChanges(values, user),
    submit: (request: UpdateUserRequest) =>
      Object.keys(request).length === 0
        ? Promise.resolve(user)
        : requestJson<UserDto>('PATCH', apiRoutes.user(user.id), request),
    onSaved: (saved: UserDto) => backWith(t('admin.users.saved', { name: saved.displayName })),
  });
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <>
      <h1>{t('admin.users.editTitle', { name })}</h1>
      <p className="lead">
        {user.email} · <UserStatusBadge status={userStatus(user)} />
      </p>
      <form
        className="admin-form"
        noValidate
        onSubmit={(e) => void form.handleSubmit(e)}
        data-testid="user-form"
      >
        <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
        <TextField form={form} name="displayName" label={t('admin.users.name')} required />
        <SelectField
          form={form}
          name="role"
          label={t('admin.users.role')}
          hint={t('admin.users.roleHint')}
          options={roleOptions}
          required
        />
        {roleHasCities(form.values.role) && (
          <CityPicker
            cities={cities}
            selected={citiesOf(form.values.cities)}
            onChange={(selected) => form.setValue('cities', citiesValue(selected))}
            error={form.errors.cities}
            focusRef={form.register('cities')}
          />
        )}
        <button type="submit" className="button" disabled={form.saving}>
          {form.saving ? t('admin.saving') : t('admin.save')}
        </button>
      </form>
      <AccountAccess user={user} onChanged={(status) => void backWith(status)} />
    </>
  );
}

/** Deactivating keeps the account and its history but stops sign-ins; reactivating lets the person back in. */
function AccountAccess({ user, onChanged }: { user: UserDto; onChanged: (status: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const name = user.displayName || user.email;
  const setActive = async (active: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await requestJson<UserDto>('PATCH', apiRoutes.user(user.id), { active } satisfies UpdateUserRequest);
      onChanged(t(active ? 'admin.users.reactivated' : 'admin.users.deactivated', { name }));
    } catch (thrown) {
      setError(toApiRequestError(thrown));
      setBusy(false);
    }
  };
  return (
    <section className="admin-panel danger-zone" aria-labelledby="account-access">
      <h2 id="account-access">{t('admin.users.access')}</h2>
      <p>{user.active ? t('admin.users.deactivateExplanation') : t('admin.users.reactivateExplanation')}</p>
      {error && <ErrorMessage error={error} title={t('forms.notSaved')} />}
      <button
        type="button"
        className={user.active ? 'button button--danger' : 'button'}
        disabled={busy}
        onClick={() => void setActive(!user.active)}
        data-testid="toggle-active"
      >
        {user.active ? t('admin.users.deactivate', { name }) : t('admin.users.reactivate', { name })}
      </button>
    </section>
  );
}
