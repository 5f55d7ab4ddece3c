import type { IndicatorDto, ObservationDto, ReportingCycleDto, ReviewCommentDto } from '@lcm/contracts';
import { cellKey } from './entry-grid';

/** Today's local date as YYYY-MM-DD, the way cycle dates and deadlines are written. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The year being reported: the latest cycle that has opened. Without cycles, last calendar year,
 * since a year's values are reported in the year after.
 */
export function currentReportingYear(cycles: readonly ReportingCycleDto[], todayIso: string): number {
  const open = cycles.filter((c) => c.opensOn <= todayIso).map((c) => c.year);
  return open.length ? Math.max(...open) : Number(todayIso.slice(0, 4)) - 1;
}

/** Indicators without a headline value (absent, or marked missing). */
export function missingIndicatorCount(
  indicators: readonly IndicatorDto[],
  observations: readonly ObservationDto[],
): number {
  const reported = new Set(
    observations
      .filter((o) => o.value !== null && Object.keys(o.disaggregation).length === 0)
      .map((o) => o.indicator),
  );
  return indicators.filter((i) => !reported.has(i.code)).length;
}

/** The latest word in a thread: its last answer, or the comment itself. */
function lastWord(thread: ReviewCommentDto): ReviewCommentDto {
  return thread.answers?.at(-1) ?? thread;
}

/** A thread waits for the city while a reviewer had the last word. */
export function awaitsCityAnswer(thread: ReviewCommentDto): boolean {
  const role = lastWord(thread).author.role;
  return role === 'analyst' || role === 'admin';
}

/** The key of threads about the whole submission rather than one value. */
export const SUBMISSION_THREADS = 'submission';

/** Threads about one value, keyed like the grid's cells; `submission` for the whole submission. */
export function threadsByCell(comments: readonly ReviewCommentDto[]): Map<string, ReviewCommentDto[]> {
  const byCell = new Map<string, ReviewCommentDto[]>();
  for (const thread of comments) {
    const key =
      thread.indicator === null ? SUBMISSION_THREADS : cellKey(thread.indicator, thread.disaggregation ?? {});
    byCell.set(key, [...(byCell.get(key) ?? []), thread]);
  }
  return byCell;
}
