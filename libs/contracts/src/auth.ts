/** Accounts, roles and sessions. */

export const ROLES = ['admin', 'analyst', 'official', 'mayor'] as const;
/**
 * `admin` network secretariat (users, cities, framework, cycles); `analyst` reads everything and reviews;
 * `official` edits and submits drafts of their assigned cities; `mayor` reads everything of their own city.
 * Anonymous visitors see approved data only.
 */
export type Role = (typeof ROLES)[number];

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Slugs of the cities an official or mayor is assigned to (empty for admins and analysts). */
  cities: string[];
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** The access token goes in `Authorization: Bearer …`; the refresh token travels in an httpOnly cookie. */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Send back as `X-CSRF-Token` on cookie-authenticated calls (refresh, logout). */
  csrfToken: string;
  user: CurrentUser;
}

export interface InvitationRequest {
  email: string;
  displayName: string;
  role: Role;
  cities: string[];
}

export interface InvitationResponse {
  user: UserDto;
  /** One-time link; shown to the admin when no SMTP server is configured. */
  inviteUrl: string;
  emailed: boolean;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  cities: string[];
  active: boolean;
  /** False until the invitation was accepted and a password set. */
  activated: boolean;
  lastLoginAt: string | null;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  cities?: string[];
  active?: boolean;
}

export interface ApiTokenDto {
  id: string;
  name: string;
  /** First characters of the token, to recognise it in a list. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreateApiTokenRequest {
  name: string;
}

export interface CreatedApiTokenResponse extends ApiTokenDto {
  /** The secret, shown once. Send as `Authorization: Bearer <token>`. */
  token: string;
}

/** Minimum length of a password; long passphrases beat composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
