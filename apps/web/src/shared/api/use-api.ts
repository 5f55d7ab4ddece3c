import { useCallback, useEffect, useState } from 'react';
import { getJson, toApiRequestError, type ApiRequestError } from './api-client';

export interface ApiState<T> {
  /** Data for the current path; undefined while loading or after an error. */
  data: T | undefined;
  /** The last data received, possibly for an earlier path: lets a list stay on screen while it refreshes. */
  latestData: T | undefined;
  error: ApiRequestError | undefined;
  loading: boolean;
  /** Fetches the current path again. */
  reload: () => void;
}

interface Settled<T> {
  path: string;
  attempt: number;
  data?: T;
  error?: ApiRequestError;
}

/**
 * Loads JSON from an API path (built with `apiRoutes`). Pass `null` to load nothing.
 * A new path or an unmount aborts the request in flight. Texts of the framework come in the UI's
 * language unless `language` asks for another (the admin edits the English originals).
 */
export function useApi<T>(path: string | null, language?: string): ApiState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [latestData, setLatestData] = useState<T | undefined>(undefined);

  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    const headers = language ? { 'Accept-Language': language } : undefined;
    getJson<T>(path, { signal: controller.signal, ...(headers ? { headers } : {}) }).then(
      (data) => {
        setSettled({ path, attempt, data });
        setLatestData(data);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled({ path, attempt, error: toApiRequestError(error) });
      },
    );
    return () => controller.abort();
  }, [path, attempt, language]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled !== null && settled.path === path && settled.attempt === attempt;

  return {
    data: current ? settled.data : undefined,
    latestData,
    error: current ? settled.error : undefined,
    loading: path !== null && !current,
    reload,
  };
}
