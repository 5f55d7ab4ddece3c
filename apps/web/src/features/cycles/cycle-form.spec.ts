import { cycleFormValues, nextCycleYear, readCycle } from './cycle-form';

describe('reporting cycle form', () => {
  it('reads a year with its opening day and deadline', () => {
    expect(readCycle({ year: '2025', opensOn: '2026-01-15', deadline: '2026-04-30' })).toEqual({
      ok: true,
      request: { year: 2025, opensOn: '2026-01-15', deadline: '2026-04-30' },
    });
    expect(cycleFormValues({ year: 2025, opensOn: '2026-01-15', deadline: '2026-04-30' })).toEqual({
      year: '2025',
      opensOn: '2026-01-15',
      deadline: '2026-04-30',
    });
  });

  it('refuses a deadline before the opening day, on the deadline', () => {
    expect(readCycle({ year: '2025', opensOn: '2026-01-15', deadline: '2026-01-14' })).toEqual({
      ok: false,
      errors: { deadline: { code: 'deadlineBeforeOpening', values: { opensOn: '2026-01-15' } } },
    });
  });

  it('wants every field, and a year the product accepts', () => {
    expect(readCycle({ year: '1999', opensOn: '', deadline: '' })).toEqual({
      ok: false,
      errors: {
        year: { code: 'between', values: { min: 2000, max: 2100 } },
        opensOn: { code: 'required' },
        deadline: { code: 'required' },
      },
    });
  });

  it('proposes the year after the newest cycle', () => {
    expect(
      nextCycleYear(
        [
          { year: 2024, opensOn: '', deadline: '' },
          { year: 2025, opensOn: '', deadline: '' },
        ],
        '2026-03-01',
      ),
    ).toBe(2026);
    expect(nextCycleYear([], '2026-03-01')).toBe(2025);
  });
});
