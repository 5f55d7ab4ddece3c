import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { compareStateQuery, parseCompareState, type CompareState } from './compare-state';

/**
 * The Compare page's state, read from and written to the address, so that the address alone
 * reproduces the view. A change replaces the history entry: tuning a chart is not a page visit.
 */
export function useCompareState(): [CompareState, (change: Partial<CompareState>) => void] {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const state = useMemo(() => parseCompareState(new URLSearchParams(query)), [query]);
  const update = useCallback(
    (change: Partial<CompareState>) => {
      setParams((previous) => compareStateQuery({ ...parseCompareState(previous), ...change }), {
        replace: true,
      });
    },
    [setParams],
  );
  return [state, update];
}
