import type { Response } from 'express';
import type { IssuedSession } from './auth.service';

export const REFRESH_COOKIE = 'lcm_refresh';
export const CSRF_COOKIE = 'lcm_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** The refresh cookie is only ever sent to the session endpoints. */
const REFRESH_PATH = '/api/auth';

export function setSessionCookies(response: Response, issued: IssuedSession, secure: boolean): void {
  response.cookie(REFRESH_COOKIE, issued.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_PATH,
    expires: issued.refreshExpiresAt,
  });
  // Readable by the page on purpose: it is echoed in a header (double-submit CSRF protection).
  response.cookie(CSRF_COOKIE, issued.session.csrfToken, {
    httpOnly: false,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: issued.refreshExpiresAt,
  });
}

export function clearSessionCookies(response: Response): void {
  response.clearCookie(REFRESH_COOKIE, { path: REFRESH_PATH });
  response.clearCookie(CSRF_COOKIE, { path: '/' });
}
