import { apiRoutes, type CitySummary, type UserDto } from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { useApi } from '../../../shared/api/use-api';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../../shared/ui/LoadingIndicator';
import { NotAvailable } from '../../../shared/ui/NotAvailable';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { StatusMessage } from '../form/StatusMessage';
import { useFlashStatus } from '../form/use-flash-status';
import { UserStatusBadge } from './UserStatusBadge';
import { userRows } from './user-model';

/** `/admin/users`: every account with its role, cities and status; invite and edit from here. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('admin.users.title'));
  const [status] = useFlashStatus();
  const users = useApi<UserDto[]>(apiRoutes.users());
  const cities = useApi<CitySummary[]>(apiRoutes.cities());
  const rows = useMemo(
    () => (users.data ? userRows(users.data, cities.data ?? [], format.locale) : undefined),
    [users.data, cities.data, format.locale],
  );

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('admin.users.title')}</h1>
        <Link to="/admin/users/invite" className="button" data-testid="invite-user">
          {t('admin.users.invite')}
        </Link>
      </div>
      <p className="lead">{t('admin.users.intro')}</p>
      <StatusMessage text={status} testId="admin-status" />
      {users.error && <ErrorMessage error={users.error} onRetry={users.reload} />}
      {!rows && users.loading && <LoadingIndicator />}
      {rows && (
        <div className="table-scroll" role="region" aria-label={t('admin.users.tableLabel')} tabIndex={0}>
          <table className="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.cities')}</th>
                <th scope="col">{t('admin.users.status')}</th>
                <th scope="col">{t('admin.users.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ user, status: userStatus, cityNames }) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>
                      {user.displayName || user.email}
                      <span className="visually-hidden"> – {t('admin.edit')}</span>
                    </Link>
                  </th>
                  <td>{user.email}</td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>
                    {cityNames.length > 0 ? (
                      cityNames.join(', ')
                    ) : (
                      <NotAvailable label={t('admin.users.noCities')} />
                    )}
                  </td>
                  <td>
                    <UserStatusBadge status={userStatus} />
                  </td>
                  <td>
                    {user.lastLoginAt ? (
                      format.date(user.lastLoginAt)
                    ) : (
                      <NotAvailable label={t('admin.users.never')} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
