import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Warns before leaving with unsaved changes: the browser asks on reload and tab close, and the
 * returned blocker holds an in-app navigation until the user confirms or stays.
 */
export function useLeaveGuard(unsaved: boolean): Blocker {
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );
}
