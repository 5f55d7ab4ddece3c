import { normaliseScore, scoreBand, scoreBandThresholdsFor, scoreTrend } from './normalisation';

const participation = { best: 100, worst: 30 };
const neet = { best: 5, worst: 40 };

describe('0–100 scores', () => {
  it('places a value between the worst and best bounds: 80 → 71.4286, 86 → 80', () => {
    expect(normaliseScore(80, participation)).toBeCloseTo(71.4286, 4);
    expect(normaliseScore(86, participation)).toBeCloseTo(80, 4);
  });

  it('swaps the bounds for lower-is-better indicators: NEET 17 with best 5, worst 40 → 65.7143', () => {
    expect(normaliseScore(17, neet)).toBeCloseTo(65.7143, 4);
  });

  it('censors values beyond the bounds to 0 and 100', () => {
    expect(normaliseScore(20, participation)).toBe(0);
    expect(normaliseScore(100, participation)).toBe(100);
    expect(normaliseScore(2, neet)).toBe(100);
    expect(normaliseScore(55, neet)).toBe(0);
  });

  it('scores overshooting a target value like falling short of it', () => {
    const seats = { best: 50, worst: 10 };
    expect(normaliseScore(60, seats, 'target')).toBeCloseTo(normaliseScore(40, seats, 'target') ?? NaN, 12);
    expect(normaliseScore(40, seats, 'target')).toBeCloseTo(75, 12);
    expect(normaliseScore(60, seats)).toBe(100);
  });

  it('has no score without a span between the bounds or without a value', () => {
    expect(normaliseScore(50, { best: 50, worst: 50 })).toBeNull();
    expect(normaliseScore(Number.NaN, participation)).toBeNull();
  });
});

describe('colour bands', () => {
  it('defaults: achieved at 100, yellow from 66.7, orange from 33.3, red below', () => {
    expect([100, 99.9, 66.7, 66.6, 33.4, 33.3, 0].map((score) => scoreBand(score))).toEqual([
      'achieved',
      'yellow',
      'yellow',
      'orange',
      'orange',
      'red',
      'red',
    ]);
  });

  it('uses an indicator’s own thresholds', () => {
    expect(scoreBand(85, { achieved: 90, yellow: 80, orange: 50 })).toBe('yellow');
    expect(scoreBand(92, { achieved: 90, yellow: 80, orange: 50 })).toBe('achieved');
  });

  it('starts "achieved" at the score of the target, the yellow/orange cut halfway down to red', () => {
    // Bounds reach beyond the target: a target of 80 on [30, 100] scores 71.43.
    const thresholds = scoreBandThresholdsFor(participation, 80);
    expect(thresholds.achieved).toBeCloseTo(71.4286, 4);
    expect(thresholds.orange).toBeCloseTo(33.3333, 4);
    expect(thresholds.yellow).toBeCloseTo((71.4286 + 33.3333) / 2, 4);
    expect(scoreBandThresholdsFor(participation, null)).toEqual({
      achieved: 100,
      yellow: 200 / 3,
      orange: 100 / 3,
    });
  });

  it('uses the thresholds stored for the indicator instead of the defaults', () => {
    const stored = { achieved: 90, yellow: 75, orange: 50 };
    const thresholds = scoreBandThresholdsFor(participation, 80, 'higher', stored);
    expect(thresholds).toEqual(stored);
    // 60 on [30, 100] scores 42.86: orange with the defaults, red with the stored thresholds.
    expect(scoreBand(normaliseScore(60, participation) ?? 0, thresholds)).toBe('red');
    expect(scoreBandThresholdsFor(participation, 80, 'higher', null).achieved).toBeCloseTo(71.4286, 4);
  });
});

describe('trend arrows', () => {
  it('2015 → 2022 at 1.2245 pts/yr against 1.9048 needed (ratio 0.6429) is moderately improving', () => {
    const trend = scoreTrend({ baseYear: 2015, baseScore: 71.4286, latestYear: 2022, latestScore: 80 });
    expect(trend?.requiredPerYear).toBeCloseTo(1.9048, 4);
    expect(trend?.actualPerYear).toBeCloseTo(1.2245, 4);
    expect(trend?.ratio).toBeCloseTo(0.6429, 4);
    expect(trend?.arrow).toBe('moderately_improving');
  });

  it('is on track at the pace needed, and when the goal is reached and held', () => {
    expect(scoreTrend({ baseYear: 2015, baseScore: 70, latestYear: 2020, latestScore: 80 })?.arrow).toBe(
      'on_track',
    );
    expect(scoreTrend({ baseYear: 2015, baseScore: 100, latestYear: 2022, latestScore: 100 })?.arrow).toBe(
      'on_track',
    );
  });

  it('is stagnating up to half the pace and decreasing when the score falls', () => {
    expect(scoreTrend({ baseYear: 2015, baseScore: 70, latestYear: 2020, latestScore: 72 })?.arrow).toBe(
      'stagnating',
    );
    expect(scoreTrend({ baseYear: 2015, baseScore: 70, latestYear: 2020, latestScore: 70 })?.arrow).toBe(
      'stagnating',
    );
    expect(scoreTrend({ baseYear: 2015, baseScore: 70, latestYear: 2020, latestScore: 65 })?.arrow).toBe(
      'decreasing',
    );
    expect(scoreTrend({ baseYear: 2015, baseScore: 100, latestYear: 2020, latestScore: 95 })?.arrow).toBe(
      'decreasing',
    );
  });

  it('needs two different years', () => {
    expect(scoreTrend({ baseYear: 2020, baseScore: 70, latestYear: 2020, latestScore: 75 })).toBeNull();
  });
});
