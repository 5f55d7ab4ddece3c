import type { CurrentUser } from '@lcm/contracts';
import { useSyncExternalStore } from 'react';
import { SessionStore, type SessionState } from './session';

/** The one session of the page. */
export const sessionStore = new SessionStore();

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

/** The signed-in user, or null (also while the session is still being resumed). */
export function useCurrentUser(): CurrentUser | null {
  const state = useSession();
  return state.status === 'signed-in' ? state.user : null;
}
