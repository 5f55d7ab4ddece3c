import type {
  CycleConsoleResponse,
  CycleConsoleRow,
  RegionCode,
  ReminderChannel,
  ReminderDto,
  ReportingStatus,
} from '@lcm/contracts';

export interface ConsoleMatrixRow {
  city: string;
  name: string;
  region: RegionCode;
  /** The city in the chosen year. */
  focus: CycleConsoleRow;
  /** One cell per year of the matrix; null where the city was not expected to report. */
  cells: (CycleConsoleRow | null)[];
}

export interface ConsoleMatrix {
  /** Oldest first. */
  years: number[];
  focusYear: number;
  deadline: string | null;
  /** Cities per status in the chosen year (within the region, whatever the status filter). */
  counts: Record<ReportingStatus, number>;
  rows: ConsoleMatrixRow[];
}

/**
 * The years the matrix shows: up to `span` reporting cycles ending with the chosen year, oldest
 * first; the chosen year is always there, cycle or not.
 */
export function matrixYears(cycleYears: readonly number[], focusYear: number, span = 5): number[] {
  const earlier = [...new Set(cycleYears)].filter((year) => year < focusYear).sort((a, b) => b - a);
  return [...earlier.slice(0, span - 1).reverse(), focusYear];
}

/**
 * Cities × years: the cities expected to report in the chosen year (with that year's status, if
 * filtered), each with its status in every year shown.
 */
export function consoleMatrix(
  consoles: readonly CycleConsoleResponse[],
  focusYear: number,
  status: ReportingStatus | null,
): ConsoleMatrix | null {
  const focus = consoles.find((console) => console.year === focusYear);
  if (!focus) return null;
  const ordered = [...consoles].sort((a, b) => a.year - b.year);
  const byYear = ordered.map((console) => new Map(console.rows.map((row) => [row.city, row])));
  return {
    years: ordered.map((console) => console.year),
    focusYear,
    deadline: focus.deadline,
    counts: focus.counts,
    rows: focus.rows
      .filter((row) => status === null || row.status === status)
      .map((row) => ({
        city: row.city,
        name: row.name,
        region: row.region,
        focus: row,
        cells: byYear.map((rows) => rows.get(row.city) ?? null),
      })),
  };
}

/** The chosen cities that are still on screen: a filter changed after ticking hides the rest. */
export function selectedShown(selection: ReadonlySet<string>, rows: readonly ConsoleMatrixRow[]): string[] {
  return rows.filter((row) => selection.has(row.city)).map((row) => row.city);
}

/** The newest reminder of each city (the API lists them newest first). */
export function lastReminders(reminders: readonly ReminderDto[]): Map<string, ReminderDto> {
  const last = new Map<string, ReminderDto>();
  for (const reminder of reminders) if (!last.has(reminder.city)) last.set(reminder.city, reminder);
  return last;
}

export interface ReminderOutcome {
  /** Cities per way the reminder went out. */
  byChannel: Record<ReminderChannel, number>;
  /** Cities without an official to remind: the reminder was only recorded. */
  withoutRecipients: string[];
}

export function reminderOutcome(sent: readonly ReminderDto[]): ReminderOutcome {
  return {
    byChannel: {
      email: sent.filter((reminder) => reminder.channel === 'email').length,
      recorded: sent.filter((reminder) => reminder.channel === 'recorded').length,
    },
    withoutRecipients: sent
      .filter((reminder) => reminder.recipients.length === 0)
      .map((reminder) => reminder.city),
  };
}
