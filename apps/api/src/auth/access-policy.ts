import type { AuthUser } from './auth-user';

/**
 * City-level access rules in one place. Route decorators decide who may call a route at all;
 * these decide what a caller may see or change of a given city.
 */
export const accessPolicy = {
  /** Drafts, submitted and returned values are visible to the network staff and to the city's own people. */
  canSeeUnapproved(user: AuthUser | null, cityId: number): boolean {
    if (!user) return false;
    if (user.role === 'admin' || user.role === 'analyst') return true;
    return user.cityIds.includes(cityId);
  },

  /** Only a city's own officials edit its drafts (admins repair data through the admin tools). */
  canEditCity(user: AuthUser | null, cityId: number): boolean {
    return user?.role === 'official' && user.cityIds.includes(cityId);
  },

  canReview(user: AuthUser | null): boolean {
    return user?.role === 'analyst' || user?.role === 'admin';
  },

  isAdmin(user: AuthUser | null): boolean {
    return user?.role === 'admin';
  },
};
