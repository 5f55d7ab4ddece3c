import type { ReviewCommentDto, Role } from '@lcm/contracts';
import {
  awaitsCityAnswer,
  currentReportingYear,
  missingIndicatorCount,
  SUBMISSION_THREADS,
  threadsByCell,
} from './reporting-status';
import { indicator } from './test-fixtures';

const comment = (role: Role, extra: Partial<ReviewCommentDto> = {}): ReviewCommentDto => ({
  id: `${role}-${Math.random()}`,
  indicator: 'A',
  disaggregation: {},
  body: 'Please check',
  author: { displayName: role, role },
  createdAt: '2026-03-01T10:00:00Z',
  parentId: null,
  ...extra,
});

describe('reporting status', () => {
  it('reports the latest cycle that has opened, else last calendar year', () => {
    const cycles = [
      { year: 2024, opensOn: '2025-01-15', deadline: '2025-04-30' },
      { year: 2025, opensOn: '2026-01-15', deadline: '2026-04-30' },
      { year: 2026, opensOn: '2027-01-15', deadline: '2027-04-30' },
    ];
    expect(currentReportingYear(cycles, '2026-03-02')).toBe(2025);
    expect(currentReportingYear(cycles, '2026-01-15')).toBe(2025);
    expect(currentReportingYear([], '2026-03-02')).toBe(2025);
  });

  it('counts indicators without a headline value, whatever their breakdowns hold', () => {
    const observation = (code: string, value: number | null, disaggregation = {}) => ({
      indicator: code,
      year: 2025,
      disaggregation,
      value,
      status: value === null ? ('M' as const) : ('A' as const),
      source: null,
      comment: null,
    });
    expect(
      missingIndicatorCount(
        [indicator('A'), indicator('B'), indicator('C'), indicator('D')],
        [observation('A', 1), observation('B', null), observation('C', 2, { SEX: 'F' })],
      ),
    ).toBe(3);
  });

  it('waits for the city while a reviewer had the last word', () => {
    expect(awaitsCityAnswer(comment('analyst'))).toBe(true);
    expect(awaitsCityAnswer(comment('analyst', { answers: [comment('official')] }))).toBe(false);
    expect(awaitsCityAnswer(comment('admin', { answers: [comment('official'), comment('admin')] }))).toBe(
      true,
    );
    expect(awaitsCityAnswer(comment('official'))).toBe(false);
  });

  it('files threads under their value or the whole submission', () => {
    const onValue = comment('analyst', { indicator: 'A', disaggregation: { SEX: 'F' } });
    const onSubmission = comment('analyst', { indicator: null, disaggregation: null });
    const threads = threadsByCell([onValue, onSubmission]);
    expect(threads.get('A|SEX=F')).toEqual([onValue]);
    expect(threads.get(SUBMISSION_THREADS)).toEqual([onSubmission]);
  });
});
