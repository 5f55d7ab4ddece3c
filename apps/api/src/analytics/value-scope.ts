import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { APPROVED_ONLY, type CityRow, type ValueScope } from './analytics-sql';

/**
 * The values an answer may use. Approved ones unless the caller asks for a preview and may see
 * unapproved values: network staff those of every city, a city's officials and mayor their own.
 * Asking about one city (`city`), the caller must be allowed to see that city's unapproved values.
 */
export function valueScope(user: AuthUser | null, preview: boolean | undefined, city?: CityRow): ValueScope {
  if (!preview) return APPROVED_ONLY;
  if (!user) throw ApiException.unauthorized('Sign in to preview values that are not approved yet');
  if (city && !accessPolicy.canSeeUnapproved(user, city.id)) {
    throw ApiException.forbidden(
      `Only network staff and the people of ${city.name} preview its unapproved values`,
    );
  }
  if (accessPolicy.canReview(user)) return { kind: 'all' };
  if (user.cityIds.length === 0) {
    throw ApiException.forbidden('Only network staff and a city’s own people preview unapproved values');
  }
  return { kind: 'cities', cityIds: user.cityIds };
}
