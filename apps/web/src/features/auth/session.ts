import {
  apiRoutes,
  type CurrentUser,
  type LoginRequest,
  type Role,
  type SessionResponse,
} from '@lcm/contracts';
import { ApiRequestError, requestJson, setApiAuth } from '../../shared/api/api-client';

/** Readable by the page on purpose: the API sets it beside the httpOnly refresh cookie (double-submit CSRF). */
export const CSRF_COOKIE = 'lcm_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export type SessionState =
  /** Until the first refresh on page load has answered. */
  { status: 'unknown' } | { status: 'signed-out' } | { status: 'signed-in'; user: CurrentUser };

/** The value of one cookie in a `document.cookie` string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const pair of cookies.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * The signed-in user and their access token, kept in memory only. The refresh token lives in an
 * httpOnly cookie; a page load or an expired access token swaps it for a new session.
 */
export class SessionStore {
  private state: SessionState = { status: 'unknown' };
  private session: SessionResponse | null = null;
  private renewal: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly cookies: () => string = () => document.cookie) {
    setApiAuth({ accessToken: () => this.session?.accessToken ?? null, renew: () => this.renew() });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  /** On page load: resumes a session that outlived the page, if its cookie is there. */
  restore(): Promise<boolean> {
    if (this.state.status !== 'unknown') return Promise.resolve(this.state.status === 'signed-in');
    return this.renew();
  }

  /** Signs in; a wrong e-mail or password rejects with an `ApiRequestError` of status 401. */
  async login(credentials: LoginRequest): Promise<CurrentUser> {
    const session = await requestJson<SessionResponse>('POST', apiRoutes.authLogin(), credentials, {
      authenticate: false,
    });
    this.start(session);
    return session.user;
  }

  /** A new access token from the refresh cookie; concurrent callers share one request. */
  renew(): Promise<boolean> {
    this.renewal ??= this.refresh().finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  async logout(): Promise<void> {
    const csrf = this.csrfToken();
    if (csrf) {
      await requestJson('POST', apiRoutes.authLogout(), undefined, {
        authenticate: false,
        headers: { [CSRF_HEADER]: csrf },
      }).catch(() => undefined);
    }
    this.end();
  }

  private async refresh(): Promise<boolean> {
    const csrf = this.csrfToken();
    if (!csrf) {
      this.end();
      return false;
    }
    try {
      this.start(
        await requestJson<SessionResponse>('POST', apiRoutes.authRefresh(), undefined, {
          authenticate: false,
          headers: { [CSRF_HEADER]: csrf },
        }),
      );
      return true;
    } catch (error) {
      // The server said the session is over; a network hiccup mid-session does not sign anyone out.
      const refused = error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
      if (refused || this.state.status === 'unknown') this.end();
      return false;
    }
  }

  private csrfToken(): string | null {
    return this.session?.csrfToken ?? readCookie(this.cookies(), CSRF_COOKIE);
  }

  private start(session: SessionResponse): void {
    this.session = session;
    this.publish({ status: 'signed-in', user: session.user });
  }

  private end(): void {
    this.session = null;
    this.publish({ status: 'signed-out' });
  }

  private publish(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** Where a user starts after signing in. */
export function homePathFor(user: Pick<CurrentUser, 'role' | 'cities'>): string {
  const homes: Record<Role, string> = {
    official: '/reporting',
    analyst: '/review',
    admin: '/admin',
    mayor: user.cities[0] ? `/cities/${encodeURIComponent(user.cities[0])}` : '/',
  };
  return homes[user.role];
}

/** A `next` parameter is followed only to a path of this site, never to another origin. */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next.startsWith('/login') ? null : next;
}
