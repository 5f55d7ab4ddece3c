import {
  combineSeriesProgress,
  naturalLimitScaling,
  openSdgScoreWithTarget,
  openSdgScoreWithoutTarget,
  progressStatusFromScore,
} from './open-sdg-progress';
import { measureProgress, type ProgressIndicator } from './measure-progress';

/** Base year 2015, latest year 2022, as in every worked example of the reference. */
const from2015To2022 = (base: number, latest: number) => [
  { year: 2015, value: base },
  { year: 2022, value: latest },
];
const participationTo100: ProgressIndicator = { direction: 'higher', targetValue: 100, targetYear: 2030 };
const neetHalvedTo10: ProgressIndicator = { direction: 'lower', targetValue: 10, targetYear: 2030 };
const neetWithoutTarget: ProgressIndicator = { direction: 'lower', targetValue: null };

describe('Open SDG progress with a numeric target (Method 2, worked examples A–A4)', () => {
  it('A: 80 → 86 toward 100 is progress that needs acceleration', () => {
    const measure = measureProgress(from2015To2022(80, 86), participationTo100);
    expect(measure.method).toBe('open-sdg');
    expect(measure.basis).toBe('target');
    expect(measure.cagrObserved).toBeCloseTo(0.010385, 6);
    expect(measure.cagrRequired).toBeCloseTo(0.014987, 6);
    expect(measure.progressValue).toBeCloseTo(0.692919, 6);
    expect(measure.score).toBeCloseTo(0.6637, 4);
    expect(measure.status).toBe('moderate');
    expect(measure).toMatchObject({ baseYear: 2015, baseValue: 80, latestYear: 2022, latestValue: 86 });
  });

  it('A2: falling from 80 to 78 is deterioration', () => {
    const measure = measureProgress(from2015To2022(80, 78), participationTo100);
    expect(measure.cagrRequired).toBeCloseTo(0.014987, 6);
    expect(measure.progressValue).toBeCloseTo(-0.240888, 6);
    expect(measure.score).toBeCloseTo(-3.5037, 4);
    expect(measure.status).toBe('deterioration');
  });

  it('A3: rising to 92 is on track, its score capped at 5, though the target is not yet achieved', () => {
    const measure = measureProgress(from2015To2022(80, 92), participationTo100);
    expect(measure.progressValue).toBeCloseTo(1.34557, 6);
    expect(measure.score).toBeCloseTo(5, 4);
    expect(measure.status).toBe('substantial');
    expect(measure.targetAchieved).toBe(false);
  });

  it('A4: lower is better: NEET 20 → 17 toward 10 is limited progress', () => {
    const measure = measureProgress(from2015To2022(20, 17), neetHalvedTo10);
    expect(measure.cagrObserved).toBeCloseTo(-0.02295, 6);
    expect(measure.cagrRequired).toBeCloseTo(-0.045158, 6);
    expect(measure.progressValue).toBeCloseTo(0.508201, 6);
    expect(measure.score).toBeCloseTo(-0.3825, 4);
    expect(measure.status).toBe('limited');
  });

  it('a latest value at or beyond the target is achieved, with score 5, whatever the trend', () => {
    const reached = measureProgress(from2015To2022(80, 100), participationTo100);
    expect(reached).toMatchObject({ status: 'target_achieved', score: 5, targetAchieved: true });
    const neetBelowTarget = measureProgress(from2015To2022(20, 9.5), neetHalvedTo10);
    expect(neetBelowTarget).toMatchObject({ status: 'target_achieved', score: 5 });
    // Still achieved after a fall, as long as the latest value meets the target.
    const fellButAbove = measureProgress(from2015To2022(8, 9), neetHalvedTo10);
    expect(fellButAbove.status).toBe('target_achieved');
  });

  it('measures a base value of 0 from 0.001 and a target of 0 as 0.001', () => {
    const fromZero = measureProgress(from2015To2022(0, 40), participationTo100);
    // Growth from 0.001 to 40 in 7 years far outpaces the growth needed from 0.001 to 100 in 15.
    expect(fromZero.cagrObserved).toBeCloseTo((40 / 0.001) ** (1 / 7) - 1, 9);
    expect(fromZero.cagrRequired).toBeCloseTo((100 / 0.001) ** (1 / 15) - 1, 9);
    expect(fromZero.baseValue).toBe(0);
    expect(fromZero.status).toBe('substantial');

    const towardZero = measureProgress(from2015To2022(10, 5), { direction: 'lower', targetValue: 0 });
    expect(towardZero.cagrRequired).toBeCloseTo((0.001 / 10) ** (1 / 15) - 1, 9);
    expect(towardZero.targetValue).toBe(0);
    expect(towardZero.status).toBe('limited');
  });

  it('scores a base value already equal to the target, then left, as deterioration without a ratio', () => {
    const measure = measureProgress(from2015To2022(100, 97), participationTo100);
    expect(measure).toMatchObject({ status: 'deterioration', score: -5, progressValue: null });
  });
});

describe('Open SDG progress without a target (Method 1, worked examples B–B4)', () => {
  it('B: NEET 20 → 17 is substantial progress, score capped at 5', () => {
    const measure = measureProgress(from2015To2022(20, 17), neetWithoutTarget);
    expect(measure.basis).toBe('trend');
    expect(measure.cagrObserved).toBeCloseTo(-0.02295, 6);
    expect(measure.cagrRequired).toBeNull();
    expect(measure.progressValue).toBeCloseTo(0.02295, 6);
    expect(measure.score).toBeCloseTo(5, 4);
    expect(measure.status).toBe('substantial');
  });

  it('B3: NEET 20 → 19.2 is moderate progress', () => {
    const measure = measureProgress(from2015To2022(20, 19.2), neetWithoutTarget);
    expect(measure.cagrObserved).toBeCloseTo(-0.005815, 6);
    expect(measure.progressValue).toBeCloseTo(0.005815, 6);
    expect(measure.score).toBeCloseTo(0.2037, 4);
    expect(measure.status).toBe('moderate');
  });

  it('B4: NEET 20 → 21 is deterioration', () => {
    const measure = measureProgress(from2015To2022(20, 21), neetWithoutTarget);
    expect(measure.cagrObserved).toBeCloseTo(0.006994, 6);
    expect(measure.progressValue).toBeCloseTo(-0.006994, 6);
    expect(measure.score).toBeCloseTo(-3.3743, 4);
    expect(measure.status).toBe('deterioration');
  });

  it('B2: 95 → 97 near the natural limit of 100 counts as moderate progress thanks to limit scaling', () => {
    const measure = measureProgress(from2015To2022(95, 97), {
      direction: 'higher',
      targetValue: null,
      naturalLimit: 100,
    });
    expect(measure.cagrObserved).toBeCloseTo(0.002981, 6);
    expect(measure.limitScaling).toBeCloseTo(0.20367, 6);
    expect(0.015 * (measure.limitScaling ?? NaN)).toBeCloseTo(0.003055, 6);
    expect(0.005 * (measure.limitScaling ?? NaN)).toBeCloseTo(0.001018, 6);
    expect(measure.score).toBeCloseTo(2.4088, 4);
    expect(measure.status).toBe('moderate');
    // Without the limit the same growth is only limited progress.
    const unscaled = measureProgress(from2015To2022(95, 97), { direction: 'higher', targetValue: null });
    expect(unscaled.status).toBe('limited');
    expect(unscaled.limitScaling).toBeNull();
  });

  it('ignores a natural limit when a target is given', () => {
    const measure = measureProgress(from2015To2022(80, 86), { ...participationTo100, naturalLimit: 100 });
    expect(measure.limitScaling).toBeNull();
    expect(measure.progressValue).toBeCloseTo(0.692919, 6);
  });

  it('flips the desired direction for a series of negative values', () => {
    // −20 → −17 is a rise; for a lower-is-better indicator that is a move the wrong way.
    const rising = measureProgress(from2015To2022(-20, -17), neetWithoutTarget);
    expect(rising.cagrObserved).toBeCloseTo(-0.02295, 6);
    expect(rising.progressValue).toBeCloseTo(-0.02295, 6);
    expect(rising.status).toBe('deterioration');
  });
});

describe('Open SDG scores and natural-limit scaling', () => {
  it('maps R linearly: 0.6 → 0, 0.95 → 2.5, 1.3 → 5, −0.6 → −5, and caps beyond', () => {
    expect(openSdgScoreWithTarget(0.6)).toBeCloseTo(0, 3);
    expect(openSdgScoreWithTarget(0.95)).toBeCloseTo(2.5, 3);
    expect(openSdgScoreWithTarget(1.3)).toBeCloseTo(5, 3);
    expect(openSdgScoreWithTarget(0)).toBeCloseTo(-2.5, 6);
    expect(openSdgScoreWithTarget(-0.6)).toBeCloseTo(-5, 3);
    expect(openSdgScoreWithTarget(3)).toBe(5);
    expect(openSdgScoreWithTarget(-3)).toBe(-5);
  });

  it('maps growth piecewise: −2 % → −5, 0 → −2.5, 0.5 % → 0, 1.5 % → 2.5, 2 % → 5', () => {
    expect(openSdgScoreWithoutTarget(-0.02)).toBeCloseTo(-5, 9);
    expect(openSdgScoreWithoutTarget(0)).toBeCloseTo(-2.5, 9);
    expect(openSdgScoreWithoutTarget(0.005)).toBeCloseTo(0, 9);
    expect(openSdgScoreWithoutTarget(0.015)).toBeCloseTo(2.5, 9);
    expect(openSdgScoreWithoutTarget(0.02)).toBeCloseTo(5, 9);
    expect(openSdgScoreWithoutTarget(0.05)).toBe(5);
  });

  it('scales thresholds by C: halfway to the limit barely, near it strongly, beyond twice it not at all', () => {
    expect(naturalLimitScaling(50, 100)).toBeCloseTo(1 - 0.5 ** 4.44, 9);
    expect(naturalLimitScaling(100, 100)).toBe(0);
    // A minimum limit: 12 against a limit of 10 is as close as 8 would be to a maximum of 10.
    expect(naturalLimitScaling(12, 10)).toBeCloseTo(naturalLimitScaling(8, 10), 9);
    expect(naturalLimitScaling(25, 10)).toBe(1);
    expect(naturalLimitScaling(0, 0)).toBe(1);
  });

  it('gives 5 to a series holding its natural limit, and the usual score when it falls away', () => {
    const held = measureProgress(from2015To2022(100, 100), {
      direction: 'higher',
      targetValue: null,
      naturalLimit: 100,
    });
    expect(held).toMatchObject({ limitScaling: 0, score: 5, status: 'substantial' });
    const fell = measureProgress(from2015To2022(100, 98), {
      direction: 'higher',
      targetValue: null,
      naturalLimit: 100,
    });
    expect(fell.status).toBe('deterioration');
    expect(fell.score).toBeCloseTo(125 * (0.98 ** (1 / 7) - 1) - 2.5, 9);
  });
});

describe('Open SDG progress of an indicator with several series', () => {
  it('averages the scores and takes the status from the mean', () => {
    const combined = combineSeriesProgress([
      { score: 5, targetAchieved: true },
      { score: -1, targetAchieved: false },
      { score: null, targetAchieved: false },
    ]);
    expect(combined).toEqual({ score: 2, status: 'moderate' });
  });

  it('is achieved only when every scored series achieved its target', () => {
    expect(
      combineSeriesProgress([
        { score: 5, targetAchieved: true },
        { score: 5, targetAchieved: true },
      ]),
    ).toEqual({
      score: 5,
      status: 'target_achieved',
    });
    expect(combineSeriesProgress([{ score: null, targetAchieved: false }])).toEqual({
      score: null,
      status: 'not_available',
    });
  });

  it('reads status bands from a score: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited', () => {
    expect([2.5, 2.49, 0, -0.01, -2.5, -2.51].map(progressStatusFromScore)).toEqual([
      'substantial',
      'moderate',
      'moderate',
      'limited',
      'limited',
      'deterioration',
    ]);
  });
});
