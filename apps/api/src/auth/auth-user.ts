import type { Role } from '@lcm/contracts';

/** The caller as the guards established it, attached to the request. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  /** Ids of the cities an official or mayor is assigned to. */
  cityIds: readonly number[];
  /** How the caller proved who they are. */
  via: 'session' | 'api-token';
}
