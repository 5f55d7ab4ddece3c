import type { CitySummary, UserDto } from '@lcm/contracts';
import { readInvitation, readUserChanges, userFormValues, userRows, userStatus } from './user-model';

const user = (overrides: Partial<UserDto>): UserDto => ({
  id: 'u1',
  email: 'someone@example.org',
  displayName: 'Someone',
  role: 'official',
  cities: ['cork'],
  active: true,
  activated: true,
  lastLoginAt: null,
  ...overrides,
});

const city = (slug: string, name: string) => ({ slug, name }) as CitySummary;

describe('users table', () => {
  it('tells invited, active and deactivated accounts apart', () => {
    expect(userStatus(user({ activated: false }))).toBe('invited');
    expect(userStatus(user({}))).toBe('active');
    expect(userStatus(user({ active: false, activated: false }))).toBe('deactivated');
  });

  it('sorts by name and shows city names', () => {
    const rows = userRows(
      [
        user({ id: 'b', displayName: 'Zoë', cities: ['medellin', 'amman'] }),
        user({ id: 'a', displayName: 'amara', cities: ['gone'] }),
      ],
      [city('amman', 'Amman'), city('medellin', 'Medellín')],
      'en',
    );
    expect(rows.map((row) => [row.user.id, row.cityNames])).toEqual([
      ['a', ['gone']],
      ['b', ['Amman', 'Medellín']],
    ]);
  });
});

describe('invitation form', () => {
  it('reads an invitation for an official with cities', () => {
    expect(
      readInvitation({
        email: ' new@example.org ',
        displayName: 'New Person',
        role: 'official',
        cities: 'cork',
      }),
    ).toEqual({
      ok: true,
      request: { email: 'new@example.org', displayName: 'New Person', role: 'official', cities: ['cork'] },
    });
  });

  it('wants a city for officials and mayors, and drops cities for analysts', () => {
    expect(readInvitation({ email: 'm@example.org', displayName: 'M', role: 'mayor', cities: '' })).toEqual({
      ok: false,
      errors: { cities: { code: 'citiesRequired' } },
    });
    expect(
      readInvitation({ email: 'a@example.org', displayName: 'A', role: 'analyst', cities: 'cork' }),
    ).toMatchObject({
      ok: true,
      request: { role: 'analyst', cities: [] },
    });
  });

  it('names a bad address, a missing name and a missing role', () => {
    expect(readInvitation({ email: 'nobody', displayName: '', role: '', cities: '' })).toEqual({
      ok: false,
      errors: { email: { code: 'email' }, displayName: { code: 'required' }, role: { code: 'required' } },
    });
  });
});

describe('user edit form', () => {
  it('sends only a changed role and its cities', () => {
    const official = user({});
    expect(readUserChanges({ ...userFormValues(official), role: 'analyst' }, official)).toEqual({
      ok: true,
      request: { role: 'analyst', cities: [] },
    });
    expect(readUserChanges(userFormValues(official), official)).toEqual({
      ok: true,
      request: {},
    });
  });
});
