import {
  apiRoutes,
  ROLES,
  type CitySummary,
  type InvitationRequest,
  type InvitationResponse,
} from '@lcm/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestJson } from '../../../shared/api/api-client';
import { useApi } from '../../../shared/api/use-api';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { FormFailureMessage } from '../form/FormFailureMessage';
import { SelectField, TextField } from '../form/FormFields';
import { StatusMessage } from '../form/StatusMessage';
import { useForm } from '../form/use-form';
import { CityPicker } from './CityPicker';
import { citiesOf, citiesValue, INVITATION_FIELDS, readInvitation, roleHasCities } from './user-model';

const EMPTY_INVITATION = { email: '', displayName: '', role: '', cities: '' };

/** `/admin/users/invite`: invites a person; shows the one-time link when it could not be e-mailed. */
export function InviteUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.inviteTitle'));
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const [invited, setInvited] = useState<InvitationResponse | null>(null);
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const onInvited = (response: InvitationResponse) => {
    setInvited(response);
    setStatus(
      response.emailed
        ? t('admin.users.invitationEmailed', { email: response.user.email })
        : t('admin.users.invitationLinkReady', { email: response.user.email }),
    );
    window.setTimeout(() => resultRef.current?.focus(), 0);
  };

  const inviteAnother = () => {
    setInvited(null);
    setStatus('');
    setFormKey((key) => key + 1);
  };

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/users">{t('admin.users.backToUsers')}</Link>
      </p>
      <h1>{t('admin.users.inviteTitle')}</h1>
      <StatusMessage text={status} testId="admin-status" />
      {invited ? (
        <section className="admin-panel" aria-labelledby="invitation-result" data-testid="invitation-result">
          <h2 id="invitation-result" ref={resultRef} tabIndex={-1}>
            {t('admin.users.invitedHeading', { name: invited.user.displayName })}
          </h2>
          {!invited.emailed && <InviteLink url={invited.inviteUrl} />}
          <div className="actions">
            <button type="button" className="button" onClick={inviteAnother}>
              {t('admin.users.inviteAnother')}
            </button>
            <Link to="/admin/users" className="button button--secondary">
              {t('admin.users.backToUsers')}
            </Link>
          </div>
        </section>
      ) : (
        <InvitationForm key={formKey} cities={cities.data ?? []} onInvited={onInvited} />
      )}
    </div>
  );
}

function InvitationForm({
  cities,
  onInvited,
}: {
  cities: readonly CitySummary[];
  onInvited: (response: InvitationResponse) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    fields: INVITATION_FIELDS,
    initialValues: EMPTY_INVITATION,
    read: readInvitation,
    submit: (request: InvitationRequest) =>
      requestJson<InvitationResponse>('POST', apiRoutes.userInvitations(), request),
    onSaved: onInvited,
    conflictField: 'email',
  });
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <form
      className="admin-form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(e)}
      data-testid="invite-form"
    >
      <FormFailureMessage failure={form.failure} focusRef={form.failureRef} />
      <TextField
        form={form}
        name="email"
        label={t('admin.users.email')}
        type="email"
        inputMode="email"
        required
      />
      <TextField form={form} name="displayName" label={t('admin.users.name')} autoComplete="off" required />
      <SelectField
        form={form}
        name="role"
        label={t('admin.users.role')}
        hint={t('admin.users.roleHint')}
        options={roleOptions}
        placeholder={t('admin.users.chooseRole')}
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
        {form.saving ? t('admin.users.inviting') : t('admin.users.sendInvitation')}
      </button>
    </form>
  );
}

/** The one-time link, to pass on by hand: no mail server is set up. */
function InviteLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  // The clipboard is there on HTTPS and localhost only; elsewhere the link is selected for copying by hand.
  const canCopy = typeof navigator.clipboard?.writeText === 'function';
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <div className="invite-link">
      <p>{t('admin.users.inviteLinkExplanation')}</p>
      <label htmlFor="invite-url" className="block">
        {t('admin.users.inviteLink')}
      </label>
      <input
        id="invite-url"
        className="input"
        readOnly
        value={url}
        data-testid="invite-url"
        onFocus={(event) => event.target.select()}
      />
      {canCopy && (
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('admin.users.copyLink')}
        </button>
      )}
      <span role="status" className="muted">
        {copied ? t('admin.users.linkCopied') : ''}
      </span>
    </div>
  );
}
