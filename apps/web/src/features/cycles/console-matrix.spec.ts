import type { CycleConsoleResponse, CycleConsoleRow, ReminderDto, ReportingStatus } from '@lcm/contracts';
import { REPORTING_STATUSES } from '@lcm/contracts';
import { consoleMatrix, lastReminders, matrixYears, reminderOutcome, selectedShown } from './console-matrix';
import { STATUS_STYLES } from './status-style';

const row = (city: string, status: ReportingStatus): CycleConsoleRow => ({
  city,
  name: city.toUpperCase(),
  region: 'ENA',
  status,
  updatedAt: null,
  missingIndicators: 0,
});

const consoleOf = (year: number, rows: CycleConsoleRow[]): CycleConsoleResponse => {
  const counts = Object.fromEntries(REPORTING_STATUSES.map((s) => [s, 0])) as Record<ReportingStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return { year, deadline: `${year + 1}-04-30`, counts, rows };
};

describe('cycle console matrix', () => {
  const consoles = [
    consoleOf(2025, [row('cork', 'submitted'), row('bristol', 'draft'), row('newtown', 'not_started')]),
    consoleOf(2024, [row('cork', 'approved'), row('bristol', 'returned')]),
  ];

  it('puts the cities of the chosen year in rows and the years, oldest first, in columns', () => {
    const matrix = consoleMatrix(consoles, 2025, null)!;
    expect(matrix.years).toEqual([2024, 2025]);
    expect(matrix.deadline).toBe('2026-04-30');
    expect(matrix.rows.map((r) => [r.city, r.cells.map((cell) => cell?.status ?? null)])).toEqual([
      ['cork', ['approved', 'submitted']],
      ['bristol', ['returned', 'draft']],
      ['newtown', [null, 'not_started']],
    ]);
  });

  it('filters by the status in the chosen year and keeps counting all statuses', () => {
    const matrix = consoleMatrix(consoles, 2025, 'draft')!;
    expect(matrix.rows.map((r) => r.city)).toEqual(['bristol']);
    expect(matrix.counts).toMatchObject({ draft: 1, submitted: 1, not_started: 1, approved: 0 });
    expect(consoleMatrix(consoles, 2024, 'approved')!.rows.map((r) => r.city)).toEqual(['cork']);
  });

  it('has nothing to show before the chosen year has answered', () => {
    expect(consoleMatrix(consoles, 2023, null)).toBeNull();
  });

  it('shows up to five cycles ending with the chosen year', () => {
    expect(matrixYears([2019, 2020, 2021, 2022, 2023, 2024, 2025], 2024)).toEqual([
      2020, 2021, 2022, 2023, 2024,
    ]);
    expect(matrixYears([2025], 2026)).toEqual([2025, 2026]);
    expect(matrixYears([], 2025)).toEqual([2025]);
  });

  it('sends reminders only to chosen cities still on screen', () => {
    const matrix = consoleMatrix(consoles, 2025, 'draft')!;
    expect(selectedShown(new Set(['cork', 'bristol']), matrix.rows)).toEqual(['bristol']);
  });

  it('gives every status its own mark and tone, so colour is never the only cue', () => {
    const styles = Object.values(STATUS_STYLES);
    expect(new Set(styles.map((s) => s.mark)).size).toBe(REPORTING_STATUSES.length);
    expect(new Set(styles.map((s) => s.tone)).size).toBe(REPORTING_STATUSES.length);
  });
});

describe('reminders', () => {
  const reminder = (
    city: string,
    sentAt: string,
    channel: ReminderDto['channel'],
    recipients: string[],
  ): ReminderDto => ({
    id: `${city}-${sentAt}`,
    city,
    year: 2025,
    sentAt,
    sentBy: 'Admin',
    channel,
    recipients,
  });

  it('keeps the newest reminder of each city', () => {
    const last = lastReminders([
      reminder('cork', '2026-03-02', 'email', ['a@x.org']),
      reminder('cork', '2026-02-01', 'recorded', []),
      reminder('bristol', '2026-01-05', 'recorded', []),
    ]);
    expect([...last.values()].map((r) => r.id)).toEqual(['cork-2026-03-02', 'bristol-2026-01-05']);
  });

  it('sums up how reminders went out and who had nobody to remind', () => {
    expect(
      reminderOutcome([
        reminder('cork', 'x', 'email', ['a@x.org']),
        reminder('bristol', 'x', 'recorded', []),
        reminder('amman', 'x', 'recorded', ['b@x.org']),
      ]),
    ).toEqual({ byChannel: { email: 1, recorded: 2 }, withoutRecipients: ['bristol'] });
  });
});
