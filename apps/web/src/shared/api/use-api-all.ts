import { useCallback, useEffect, useState } from 'react';
import { getJson, toApiRequestError, type ApiRequestError } from './api-client';

interface Settled<T> {
  key: string;
  attempt: number;
  data?: T[];
  error?: ApiRequestError;
}

/**
 * Like `useApi`, for several paths at once (e.g. one console per year): all of them, in order, or
 * the first error. The last complete answer stays available while new paths load.
 */
export function useApiAll<T>(paths: readonly string[]) {
  const key = paths.join('\n');
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [latestData, setLatestData] = useState<T[] | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const list = key === '' ? [] : key.split('\n');
    Promise.all(list.map((path) => getJson<T>(path, { signal: controller.signal }))).then(
      (data) => {
        setSettled({ key, attempt, data });
        setLatestData(data);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, error: toApiRequestError(error) });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled !== null && settled.key === key && settled.attempt === attempt;
  return {
    data: current ? settled.data : undefined,
    latestData,
    error: current ? settled.error : undefined,
    loading: !current,
    reload,
  };
}
