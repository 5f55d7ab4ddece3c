import type { Role, SessionResponse } from '@lcm/contracts';
import { hashPassword } from '../auth/passwords';
import { UserCityEntity, UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery staple';
let hashed: Promise<string> | undefined;
let sequence = 0;

/** Creates an active user with the given role (and city, for officials and mayors) who can sign in. */
export async function newUser(
  t: TestApp,
  role: Role,
  citySlug?: string,
  overrides: Partial<UserEntity> = {},
): Promise<UserEntity> {
  sequence += 1;
  hashed ??= hashPassword(TEST_PASSWORD);
  const user = await t.dataSource.getRepository(UserEntity).save({
    email: `${role}.${sequence}.${Date.now()}@test.local`,
    displayName: `Test ${role} ${sequence}`,
    role,
    passwordHash: await hashed,
    active: true,
    ...overrides,
  });
  if (citySlug) {
    const city = await t.dataSource.getRepository(CityEntity).findOneByOrFail({ slug: citySlug });
    await t.dataSource.getRepository(UserCityEntity).insert({ userId: user.id, cityId: city.id });
  }
  return user;
}

/** Signs a new user in through the real login endpoint and returns the whole session. */
export async function signIn(
  t: TestApp,
  role: Role,
  citySlug?: string,
): Promise<SessionResponse & { refreshCookie: string[] }> {
  const user = await newUser(t, role, citySlug);
  const response = await t
    .http()
    .post('/api/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD })
    .expect(200);
  const cookies = response.headers['set-cookie'] as unknown as string[];
  return { ...(response.body as SessionResponse), refreshCookie: cookies };
}

/** A bearer token of a new user with that role (and city). */
export async function loginAs(t: TestApp, role: Role, citySlug?: string): Promise<string> {
  return (await signIn(t, role, citySlug)).accessToken;
}
