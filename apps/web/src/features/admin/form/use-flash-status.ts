import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Navigation state that carries a message to the next page, e.g. "Cork saved". */
export interface FlashState {
  status: string;
}

function flashOf(state: unknown): string | null {
  const status = (state as Partial<FlashState> | null)?.status;
  return typeof status === 'string' ? status : null;
}

/**
 * The message a form left for this page. It is shown a moment after the page appears, so that screen
 * readers announce it from the live region that is already there; then the history entry forgets it.
 */
export function useFlashStatus(): [string, (status: string) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const flash = flashOf(location.state);

  useEffect(() => {
    if (flash === null) return undefined;
    const timer = window.setTimeout(() => {
      setStatus(flash);
      void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    }, 100);
    return () => window.clearTimeout(timer);
  }, [flash, navigate, location.pathname, location.search]);

  return [status, setStatus];
}
