import { useDebouncedValue } from './use-debounced-value';

/** Long enough for a burst of changes (typing in a search, a chart reloading) to end in one announcement. */
const SETTLE_MS = 400;

interface LiveAnnouncerProps {
  /** What a screen reader should say about the results now, e.g. "Showing 12 of 76 cities"; '' says nothing. */
  message: string;
  testId?: string;
}

/**
 * Tells screen-reader users, politely, what a change of filters did to the results, when sighted users
 * see it in the chart or table. Render it from the first render on, outside any condition: a live
 * region only announces changes made after it is in the page. The text is visually hidden.
 */
export function LiveAnnouncer({ message, testId }: LiveAnnouncerProps) {
  const settled = useDebouncedValue(message, SETTLE_MS);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {settled}
    </p>
  );
}
