import type { SessionResponse } from '@lcm/contracts';
import { getJson } from '../../shared/api/api-client';
import { homePathFor, readCookie, safeNextPath, SessionStore } from './session';

const session = (token: string, csrf = `csrf-${token}`): SessionResponse => ({
  accessToken: token,
  expiresIn: 900,
  csrfToken: csrf,
  user: {
    id: 'u1',
    email: 'official.cork@demo.local',
    displayName: 'Official',
    role: 'official',
    cities: ['cork'],
  },
});

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** A fake server: answers each call with the next response for its path, records what was sent. */
function fakeServer(routes: Record<string, { status: number; body?: unknown }[]>) {
  const calls: Call[] = [];
  const fetchMock = jest.fn((url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? 'GET', url, headers: init.headers as Record<string, string> });
    const next = routes[url]?.shift();
    if (!next) throw new Error(`unexpected call to ${url}`);
    return Promise.resolve(
      new Response(next.body === undefined ? null : JSON.stringify(next.body), { status: next.status }),
    );
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return calls;
}

describe('session', () => {
  it('signs in and sends the access token with later requests', async () => {
    const calls = fakeServer({
      '/api/auth/login': [{ status: 200, body: session('a1') }],
      '/api/cities/cork': [{ status: 200, body: {} }],
    });
    const store = new SessionStore(() => '');
    await store.login({ email: 'official.cork@demo.local', password: 'secret' });
    expect(store.getState()).toMatchObject({ status: 'signed-in', user: { role: 'official' } });
    await getJson('/api/cities/cork');
    expect(calls[0]!.headers.Authorization).toBeUndefined();
    expect(calls[1]!.headers.Authorization).toBe('Bearer a1');
  });

  it('renews an expired token once, with the CSRF token, and repeats the request', async () => {
    const calls = fakeServer({
      '/api/auth/login': [{ status: 200, body: session('old', 'csrf-1') }],
      '/api/auth/refresh': [{ status: 200, body: session('new', 'csrf-2') }],
      '/api/a': [
        { status: 401, body: { code: 'UNAUTHORIZED', message: 'expired' } },
        { status: 200, body: { a: 1 } },
      ],
      '/api/b': [
        { status: 401, body: { code: 'UNAUTHORIZED', message: 'expired' } },
        { status: 200, body: { b: 2 } },
      ],
    });
    const store = new SessionStore(() => '');
    await store.login({ email: 'x', password: 'y' });
    await expect(Promise.all([getJson('/api/a'), getJson('/api/b')])).resolves.toEqual([{ a: 1 }, { b: 2 }]);
    const refreshes = calls.filter((c) => c.url === '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.headers['X-CSRF-Token']).toBe('csrf-1');
    expect(calls.filter((c) => c.url === '/api/a').map((c) => c.headers.Authorization)).toEqual([
      'Bearer old',
      'Bearer new',
    ]);
  });

  it('resumes a session on page load from the CSRF cookie', async () => {
    const calls = fakeServer({ '/api/auth/refresh': [{ status: 200, body: session('t') }] });
    const store = new SessionStore(() => 'theme=dark; lcm_csrf=from%20cookie');
    await expect(store.restore()).resolves.toBe(true);
    expect(calls[0]!.headers['X-CSRF-Token']).toBe('from cookie');
    expect(store.getState().status).toBe('signed-in');
  });

  it('knows nobody is signed in without a session cookie, without asking the server', async () => {
    const calls = fakeServer({});
    const store = new SessionStore(() => '');
    await expect(store.restore()).resolves.toBe(false);
    expect(calls).toEqual([]);
    expect(store.getState().status).toBe('signed-out');
  });

  it('signs out when the server refuses to renew, and the failed request reports 401', async () => {
    fakeServer({
      '/api/auth/login': [{ status: 200, body: session('t') }],
      '/api/auth/refresh': [{ status: 401, body: { code: 'UNAUTHORIZED', message: 'ended' } }],
      '/api/a': [{ status: 401, body: { code: 'UNAUTHORIZED', message: 'expired' } }],
    });
    const store = new SessionStore(() => '');
    await store.login({ email: 'x', password: 'y' });
    await expect(getJson('/api/a')).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(store.getState().status).toBe('signed-out');
  });

  it('signs out through the API with the CSRF token', async () => {
    const calls = fakeServer({
      '/api/auth/login': [{ status: 200, body: session('t', 'csrf-x') }],
      '/api/auth/logout': [{ status: 204 }],
    });
    const store = new SessionStore(() => '');
    await store.login({ email: 'x', password: 'y' });
    await store.logout();
    expect(calls[1]).toMatchObject({ method: 'POST', headers: { 'X-CSRF-Token': 'csrf-x' } });
    expect(store.getState().status).toBe('signed-out');
  });
});

describe('session helpers', () => {
  it('reads one cookie', () => {
    expect(readCookie('a=1; lcm_csrf=abc=; b=2', 'lcm_csrf')).toBe('abc=');
    expect(readCookie('a=1', 'lcm_csrf')).toBeNull();
  });

  it('follows only paths of this site after signing in', () => {
    expect(safeNextPath('/reporting/cork/2025')).toBe('/reporting/cork/2025');
    expect(safeNextPath('//evil.example')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/login')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });

  it('sends each role to its own start page', () => {
    expect(homePathFor({ role: 'official', cities: ['cork'] })).toBe('/reporting');
    expect(homePathFor({ role: 'analyst', cities: [] })).toBe('/review');
    expect(homePathFor({ role: 'admin', cities: [] })).toBe('/admin');
    expect(homePathFor({ role: 'mayor', cities: ['cork'] })).toBe('/cities/cork');
  });
});
