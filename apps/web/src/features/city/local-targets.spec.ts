import type { CityProgressRow, LocalTargetDto, ProgressMeasure } from '@lcm/contracts';
import { awaitingConfirmation, checkTargetProposal, targetProgressOf } from './local-targets';

const measure = (status: ProgressMeasure['status'], targetYear: number): ProgressMeasure =>
  ({ method: 'open-sdg', status, reason: null, targetYear }) as ProgressMeasure;

const row = (localProgress: CityProgressRow['localProgress']): CityProgressRow =>
  ({
    indicator: { code: 'SDG_4_3_1', targetValue: 60, targetYear: 2030 },
    globalProgress: measure('moderate', 2030),
    localProgress,
  }) as CityProgressRow;

const indicator = { code: 'SDG_4_3_1', minValue: 0, maxValue: 100 };
const input = { targetValue: '45.5', targetYear: '2028', note: '' };

const target = (id: number, status: LocalTargetDto['status'], proposedAt: string): LocalTargetDto =>
  ({ id, status, proposedAt }) as LocalTargetDto;

describe('targetProgressOf', () => {
  it('shows progress against the global target only when the city has no confirmed target', () => {
    expect(targetProgressOf(row(null))).toEqual([
      { kind: 'global', targetValue: 60, targetYear: 2030, measure: measure('moderate', 2030) },
    ]);
  });

  it('adds the city target after the global one', () => {
    const local = { targetId: 7, targetValue: 50, targetYear: 2028, measure: measure('substantial', 2028) };
    expect(
      targetProgressOf(row(local)).map((p) => [p.kind, p.targetValue, p.targetYear, p.measure.status]),
    ).toEqual([
      ['global', 60, 2030, 'moderate'],
      ['local', 50, 2028, 'substantial'],
    ]);
  });
});

describe('checkTargetProposal', () => {
  it('turns a valid proposal into the request, without an empty note', () => {
    expect(checkTargetProposal(indicator, input)).toEqual({
      ok: true,
      request: { indicator: 'SDG_4_3_1', targetValue: 45.5, targetYear: 2028 },
    });
    expect(checkTargetProposal(indicator, { ...input, note: '  Council decision 14 ' })).toMatchObject({
      request: { note: 'Council decision 14' },
    });
  });

  it('names each field that is missing', () => {
    expect(checkTargetProposal(indicator, { targetValue: ' ', targetYear: '', note: '' })).toEqual({
      ok: false,
      errors: { targetValue: { code: 'required' }, targetYear: { code: 'required' } },
    });
  });

  it('rejects values that are not numbers or lie outside the indicator range', () => {
    const errorOf = (targetValue: string) => {
      const check = checkTargetProposal(indicator, { ...input, targetValue });
      return check.ok ? null : check.errors;
    };
    expect(errorOf('12,5')).toEqual({ targetValue: { code: 'number' } });
    expect(errorOf('-1')).toEqual({ targetValue: { code: 'atLeast', values: { min: 0 } } });
    expect(errorOf('100.1')).toEqual({ targetValue: { code: 'atMost', values: { max: 100 } } });
  });

  it('accepts only whole years after the base year', () => {
    for (const targetYear of ['2015', '2030.5', 'next year', '2101']) {
      expect(checkTargetProposal(indicator, { ...input, targetYear })).toEqual({
        ok: false,
        errors: { targetYear: { code: 'year', values: { min: 2016, max: 2100 } } },
      });
    }
  });

  it('rejects a note longer than the API keeps', () => {
    expect(checkTargetProposal(indicator, { ...input, note: 'x'.repeat(2001) })).toEqual({
      ok: false,
      errors: { note: { code: 'noteTooLong', values: { max: 2000 } } },
    });
  });
});

describe('awaitingConfirmation', () => {
  it('keeps the proposals only, the longest waiting first', () => {
    const targets = [
      target(3, 'proposed', '2026-03-02T10:00:00Z'),
      target(1, 'confirmed', '2026-01-01T10:00:00Z'),
      target(2, 'proposed', '2026-02-01T10:00:00Z'),
      target(4, 'rejected', '2026-01-05T10:00:00Z'),
    ];
    expect(awaitingConfirmation(targets).map((t) => t.id)).toEqual([2, 3]);
  });
});
