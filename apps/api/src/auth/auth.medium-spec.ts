import type {
  CreatedApiTokenResponse,
  CurrentUser,
  InvitationResponse,
  SessionResponse,
  UserDto,
} from '@lcm/contracts';
import { loginAs, newUser, signIn, TEST_PASSWORD } from '../test/auth-helpers';
import { createTestApp, type TestApp } from '../test/test-app';
import { signAccessToken } from './tokens';

/** The Cookie header a browser would send back, built from Set-Cookie headers. */
function cookieHeader(setCookies: string[]): string {
  return setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

function csrfFrom(setCookies: string[]): string {
  const cookie = setCookies.find((c) => c.startsWith('lcm_csrf='));
  return decodeURIComponent(cookie?.split(';')[0]?.slice('lcm_csrf='.length) ?? '');
}

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with e-mail (any case) and password and says who the user is', async () => {
    const user = await newUser(t, 'official', 'cork');
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    const session = login.body as SessionResponse;
    expect(session.user).toMatchObject({ email: user.email, role: 'official', cities: ['cork'] });
    const cookies = login.headers['set-cookie'] as unknown as string[];
    expect(cookies.find((c) => c.startsWith('lcm_refresh='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('lcm_refresh='))).toMatch(/SameSite=Strict/i);

    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${session.accessToken}`)
      .expect(200);
    expect(me.body as CurrentUser).toMatchObject({ id: user.id, cities: ['cork'] });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const user = await newUser(t, 'analyst');
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@test.local', password: 'whatever-it-is' })
      .expect(401);
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'not the password' })
      .expect(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks an account for a while after five wrong passwords, even for the right one', async () => {
    const user = await newUser(t, 'analyst');
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'wrong password' })
        .expect(401);
    }
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });

  it('refreshes a session with the cookie and the CSRF header, and the old refresh token stops working', async () => {
    const session = await signIn(t, 'mayor', 'cork');
    await t.http().post('/api/auth/refresh').set('Cookie', cookieHeader(session.refreshCookie)).expect(403);

    const refreshed = await t
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', cookieHeader(session.refreshCookie))
      .set('X-CSRF-Token', csrfFrom(session.refreshCookie))
      .expect(200);
    expect((refreshed.body as SessionResponse).user.role).toBe('mayor');

    const reused = await t
      .http()
      .post('/api/auth/refresh')
      .set('Cookie', cookieHeader(session.refreshCookie))
      .set('X-CSRF-Token', csrfFrom(session.refreshCookie))
      .expect(401);
    expect(reused.body).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('revokes the refresh token on logout', async () => {
    const session = await signIn(t, 'analyst');
    const headers = {
      Cookie: cookieHeader(session.refreshCookie),
      'X-CSRF-Token': csrfFrom(session.refreshCookie),
    };
    await t.http().post('/api/auth/logout').set(headers).expect(204);
    await t.http().post('/api/auth/refresh').set(headers).expect(401);
  });

  it('refuses tampered, expired and malformed access tokens with 401', async () => {
    const token = await loginAs(t, 'analyst');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { role: string };
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${signature}`;
    const expired = signAccessToken(
      { sub: '00000000-0000-4000-8000-000000000000', role: 'admin', exp: 1 },
      Buffer.alloc(32),
    );

    for (const bad of [forged, expired, 'not-a-token']) {
      const response = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${bad}`).expect(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHORIZED' });
    }
    // A bad token is refused even where no sign-in is needed, rather than silently ignored.
    await t.http().get('/api/cities').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('lets an admin invite a user, who sets a password through the one-time link and signs in', async () => {
    const admin = await loginAs(t, 'admin');
    const invite = await t
      .http()
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        email: 'New.Official@Example.org',
        displayName: 'New Official',
        role: 'official',
        cities: ['bristol'],
      })
      .expect(201);
    const invitation = invite.body as InvitationResponse;
    expect(invitation.emailed).toBe(false);
    expect(invitation.user).toMatchObject({
      email: 'new.official@example.org',
      activated: false,
      cities: ['bristol'],
    });
    const token = new URL(invitation.inviteUrl).searchParams.get('token');

    await t.http().post('/api/auth/invitations/accept').send({ token, password: 'short' }).expect(400);
    const accepted = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'a long enough passphrase' })
      .expect(200);
    expect((accepted.body as SessionResponse).user.cities).toEqual(['bristol']);
    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'a long enough passphrase' })
      .expect(404);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'new.official@example.org', password: 'a long enough passphrase' })
      .expect(200);
  });

  it('refuses invitations that break the role rules, naming the field', async () => {
    const admin = await loginAs(t, 'admin');
    const noCity = await t
      .http()
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'mayor@example.org', displayName: 'Mayor', role: 'mayor', cities: [] })
      .expect(400);
    expect(noCity.body).toMatchObject({
      errors: [{ field: 'cities', message: 'a mayor needs at least one city' }],
    });
    const unknownCity = await t
      .http()
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'x@example.org', displayName: 'X', role: 'official', cities: ['atlantis'] })
      .expect(400);
    expect(unknownCity.body).toMatchObject({
      errors: [{ field: 'cities', message: "no city with slug 'atlantis'" }],
    });
    const badEmail = await t
      .http()
      .post('/api/users/invitations')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'not-an-email', displayName: 'X', role: 'analyst', cities: [] })
      .expect(400);
    expect(badEmail.body).toMatchObject({ errors: [{ field: 'email' }] });
  });

  it('shuts a deactivated user out at once', async () => {
    const admin = await loginAs(t, 'admin');
    const session = await signIn(t, 'analyst');
    const users = (await t.http().get('/api/users').set('Authorization', `Bearer ${admin}`).expect(200))
      .body as UserDto[];
    const target = users.find((u) => u.email === session.user.email)!;
    await t
      .http()
      .patch(`/api/users/${target.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
  });

  it('issues personal API tokens that act as their owner until revoked', async () => {
    const owner = await loginAs(t, 'mayor', 'cork');
    const created = await t
      .http()
      .post('/api/me/tokens')
      .set('Authorization', `Bearer ${owner}`)
      .send({ name: 'Nightly script' })
      .expect(201);
    const apiToken = created.body as CreatedApiTokenResponse;
    expect(apiToken.token.startsWith(apiToken.prefix)).toBe(true);

    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${apiToken.token}`)
      .expect(200);
    expect(me.body as CurrentUser).toMatchObject({ role: 'mayor', cities: ['cork'] });
    await t.http().get('/api/users').set('Authorization', `Bearer ${apiToken.token}`).expect(403);

    await t
      .http()
      .delete(`/api/me/tokens/${apiToken.id}`)
      .set('Authorization', `Bearer ${owner}`)
      .expect(204);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${apiToken.token}`).expect(401);
  });
});
