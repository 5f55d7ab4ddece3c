import type { CycleConsoleRow, ObservationDto, PlausibilityResponse } from '@lcm/contracts';
import { buildEntryGrid } from '../reporting/entry-grid';
import { DIMENSIONS, indicator } from '../reporting/test-fixtures';
import { buildReviewSections, queueOrder } from './review-rows';

const observation = (code: string, value: number | null, disaggregation = {}): ObservationDto => ({
  indicator: code,
  year: 2025,
  disaggregation,
  value,
  status: value === null ? 'M' : 'A',
  source: null,
  comment: null,
});

describe('review rows', () => {
  const grid = buildEntryGrid(
    [
      { code: 'KF.1', label: 'Area one', indicators: [indicator('A', ['SEX']), indicator('B')] },
      { code: 'KF.2', label: 'Area two', indicators: [indicator('C')] },
    ],
    DIMENSIONS,
  );
  const plausibility: PlausibilityResponse = {
    city: 'cork',
    year: 2025,
    peerGroup: { kind: 'region', region: 'ENA' },
    thresholds: { maxRobustZ: 3.5, maxChangePercent: 50 },
    rows: [
      {
        indicator: 'A',
        disaggregation: {},
        history: [
          { year: 2023, value: 18 },
          { year: 2024, value: 20 },
        ],
        current: 31,
        peers: null,
        check: {
          value: 31,
          previous: { year: 2024, value: 20 },
          change: 11,
          changePercent: 55,
          robustZ: null,
          peerPosition: null,
          warnings: [{ kind: 'large-change', measure: 55, threshold: 50 }],
        },
      },
      {
        indicator: 'B',
        disaggregation: {},
        history: [{ year: 2023, value: 4 }],
        current: 5,
        peers: null,
        check: null,
      },
    ],
  };

  it('shows each reported value beside last year’s, in grid order, areas without values left out', () => {
    const sections = buildReviewSections(
      grid,
      [observation('B', 5), observation('A', 29, { SEX: 'F' }), observation('A', 30)],
      plausibility,
    );
    expect(sections.map((s) => s.label)).toEqual(['Area one']);
    expect(sections[0]!.rows.map((r) => [r.key, r.value, r.lastYear, r.change, r.changePercent])).toEqual([
      ['A|total', 30, 20, 10, 50],
      ['A|SEX=F', 29, null, null, null],
      // 2023 is not last year: no comparison.
      ['B|total', 5, null, null, null],
    ]);
    expect(sections[0]!.rows[0]!.warnings.map((w) => w.kind)).toEqual(['large-change']);
  });

  it('lists the longest-waiting submissions first', () => {
    const row = (city: string, updatedAt: string | null): CycleConsoleRow => ({
      city,
      name: city,
      region: 'ENA',
      status: 'submitted',
      updatedAt,
      missingIndicators: 0,
    });
    expect(
      queueOrder([row('b', '2026-03-02T10:00:00Z'), row('c', null), row('a', '2026-02-01T10:00:00Z')]).map(
        (r) => r.city,
      ),
    ).toEqual(['a', 'b', 'c']);
  });
});
