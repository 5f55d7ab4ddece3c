import {
  apiRoutes,
  type SaveObservationsRequest,
  type SaveObservationsResponse,
  type SubmissionDetail,
} from '@lcm/contracts';
import type { ValidationContext } from '@lcm/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { requestJson, toApiRequestError, type ApiRequestError } from '../../shared/api/api-client';
import {
  cellsFromObservations,
  dirtyKeys,
  EMPTY_CELL,
  planSave,
  withSaved,
  type CellValue,
} from './cell-state';

/** Pause after the last keystroke before a draft is saved. */
const AUTOSAVE_DELAY_MS = 1200;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Changed values the API would refuse wait until they are fixed. */
  | { kind: 'held'; count: number }
  | { kind: 'failed'; error: ApiRequestError }
  /** Someone else saved first: only a reload can go on. */
  | { kind: 'conflict' };

interface Values {
  saved: ReadonlyMap<string, CellValue>;
  drafts: ReadonlyMap<string, CellValue>;
  version: number;
}

/**
 * The values of an entry grid: what the server holds, what the official typed, and the autosave
 * that brings the two together (debounced, one request at a time, on top of the version last seen).
 * Mount it anew (with a `key`) for a reloaded submission.
 */
export function useEntryState(
  slug: string,
  year: number,
  detail: SubmissionDetail,
  context: ValidationContext,
  decimalsOf: ReadonlyMap<string, number>,
) {
  const [values, setValues] = useState<Values>(() => {
    const saved = cellsFromObservations(detail.observations, (code) => decimalsOf.get(code) ?? 0);
    return { saved, drafts: saved, version: detail.version };
  });
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // The async save reads and writes the newest values, not those of the render it started from.
  const latest = useRef(values);
  const inFlight = useRef<Promise<void> | null>(null);

  const commit = useCallback((next: Values) => {
    latest.current = next;
    setValues(next);
  }, []);

  const edit = useCallback(
    (key: string, change: Partial<CellValue>) => {
      const current = latest.current;
      const drafts = new Map(current.drafts);
      drafts.set(key, { ...(current.drafts.get(key) ?? EMPTY_CELL), ...change });
      commit({ ...current, drafts });
    },
    [commit],
  );

  const saveOnce = useCallback(async (): Promise<void> => {
    const { saved, drafts, version } = latest.current;
    const plan = planSave(drafts, saved, context);
    if (plan.send.length === 0) {
      setStatus(plan.held.length ? { kind: 'held', count: plan.held.length } : { kind: 'saved' });
      return;
    }
    setStatus({ kind: 'saving' });
    const body: SaveObservationsRequest = { version, observations: plan.send.map((s) => s.input) };
    try {
      const response = await requestJson<SaveObservationsResponse>(
        'PUT',
        apiRoutes.cityYearObservations(slug, year),
        body,
      );
      const current = latest.current;
      commit({
        ...current,
        saved: withSaved(current.saved, plan.send),
        version: response.submission.version,
      });
      setStatus(plan.held.length ? { kind: 'held', count: plan.held.length } : { kind: 'saved' });
    } catch (error) {
      const failure = toApiRequestError(error);
      setStatus(failure.code === 'CONFLICT' ? { kind: 'conflict' } : { kind: 'failed', error: failure });
    }
  }, [commit, context, slug, year]);

  /** Saves now, after any save in flight: whether anything is left unsaved, and the version reached. */
  const saveNow = useCallback(async (): Promise<{ clean: boolean; version: number }> => {
    while (inFlight.current) await inFlight.current;
    inFlight.current = saveOnce().finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    const { saved, drafts, version } = latest.current;
    return { clean: dirtyKeys(drafts, saved).length === 0, version };
  }, [saveOnce]);

  const dirty = useMemo(() => dirtyKeys(values.drafts, values.saved), [values]);
  const stopped = status.kind === 'conflict' || status.kind === 'failed';

  useEffect(() => {
    if (dirty.length === 0 || stopped) return undefined;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, stopped, saveNow]);

  /** After a failed save: try again with what is on screen. */
  const retry = useCallback(() => {
    setStatus({ kind: 'idle' });
  }, []);

  return { ...values, dirty, status, edit, saveNow, retry };
}
