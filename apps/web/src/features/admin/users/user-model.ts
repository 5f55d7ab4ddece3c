import type { CitySummary, InvitationRequest, Role, UpdateUserRequest, UserDto } from '@lcm/contracts';
import { changedFields, FormReader, type FormResult, type FormValues } from '../form/form-model';

/** Officials and mayors work for particular cities; admins and analysts for the whole network. */
export function roleHasCities(role: string): boolean {
  return role === 'official' || role === 'mayor';
}

export type UserStatus = 'active' | 'invited' | 'deactivated';

export function userStatus(user: UserDto): UserStatus {
  if (!user.active) return 'deactivated';
  return user.activated ? 'active' : 'invited';
}

export interface UserRow {
  user: UserDto;
  status: UserStatus;
  /** Names of the assigned cities, sorted; the slug when the city is unknown. */
  cityNames: string[];
}

/** The users table: sorted by name, with city names instead of slugs. */
export function userRows(
  users: readonly UserDto[],
  cities: readonly CitySummary[],
  locale: string,
): UserRow[] {
  const names = new Map(cities.map((city) => [city.slug, city.name]));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...users]
    .sort((a, b) => collator.compare(a.displayName, b.displayName) || collator.compare(a.email, b.email))
    .map((user) => ({
      user,
      status: userStatus(user),
      cityNames: user.cities.map((slug) => names.get(slug) ?? slug).sort(collator.compare),
    }));
}

export const INVITATION_FIELDS = ['email', 'displayName', 'role', 'cities'] as const;
export type InvitationField = (typeof INVITATION_FIELDS)[number];

function readRoleAndCities(
  form: FormReader<'role' | 'cities'>,
  role: string,
  cities: readonly string[],
): { role: Role; cities: string[] } {
  const known = role === 'admin' || role === 'analyst' || role === 'official' || role === 'mayor';
  if (!known) form.fail('role', { code: 'required' });
  const withCities = known && roleHasCities(role);
  if (withCities && cities.length === 0) form.fail('cities', { code: 'citiesRequired' });
  // A city picked and then the role changed to analyst: the cities no longer apply.
  return { role: role as Role, cities: withCities ? [...cities] : [] };
}

/** The chosen cities as one form value (slugs hold no commas). */
export function citiesValue(slugs: readonly string[]): string {
  return slugs.join(',');
}

export function citiesOf(value: string): string[] {
  return value.split(',').filter(Boolean);
}

export function readInvitation(
  values: FormValues<InvitationField>,
): FormResult<InvitationField, InvitationRequest> {
  const form = new FormReader(values);
  const email = form.email('email');
  const displayName = form.requiredText('displayName');
  return form.result({
    email,
    displayName,
    ...readRoleAndCities(form, values.role, citiesOf(values.cities)),
  });
}

export const USER_FIELDS = ['displayName', 'role', 'cities'] as const;
export type UserField = (typeof USER_FIELDS)[number];

/** A change of name, role or cities; only what differs from the stored account. */
export function userFormValues(user: UserDto): FormValues<UserField> {
  return { displayName: user.displayName, role: user.role, cities: citiesValue(user.cities) };
}

export function readUserChanges(
  values: FormValues<UserField>,
  user: UserDto,
): FormResult<UserField, UpdateUserRequest> {
  const form = new FormReader(values);
  const displayName = form.requiredText('displayName');
  const roleAndCities = readRoleAndCities(form, values.role, citiesOf(values.cities));
  return form.result(changedFields({ displayName, ...roleAndCities }, user));
}
