import { useTranslation } from 'react-i18next';
import type { UserStatus } from './user-model';

/** Shapes that tell the states apart without colour; the words carry the meaning. */
const MARKS: Record<UserStatus, string> = { active: '●', invited: '◌', deactivated: '⊘' };

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`user-status user-status--${status}`}>
      <span aria-hidden="true">{MARKS[status]}</span> {t(`admin.users.statuses.${status}`)}
    </span>
  );
}
