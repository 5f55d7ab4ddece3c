import { measureProgress, type ProgressIndicator } from './measure-progress';
import { unsdTargetAchieved } from './unsd-progress';

const unsd = { method: 'unsd' } as const;
const from2015To2022 = (base: number, latest: number) => [
  { year: 2015, value: base },
  { year: 2022, value: latest },
];
const participationTo100: ProgressIndicator = { direction: 'higher', targetValue: 100 };

describe('UNSD progress chart with a numeric target', () => {
  it('80 → 86 toward 100, projected to 93.41 in 2030, is fair progress needing acceleration (level 2)', () => {
    const measure = measureProgress(from2015To2022(80, 86), participationTo100, unsd);
    expect(measure.method).toBe('unsd');
    expect(measure.cagrObserved).toBeCloseTo(0.010385, 6);
    expect(measure.projectedValue).toBeCloseTo(93.4101, 4);
    expect(measure.progressValue).toBeCloseTo(0.670505, 6);
    expect(measure).toMatchObject({ score: 2, status: 'moderate', cagrRequired: null });
  });

  it('NEET halving 20 → 10, at 17 in 2022 and projected to 14.12, needs acceleration (level 2)', () => {
    const measure = measureProgress(from2015To2022(20, 17), { direction: 'lower', targetValue: 10 }, unsd);
    expect(measure.cagrObserved).toBeCloseTo(-0.02295, 6);
    expect(measure.projectedValue).toBeCloseTo(14.1184, 4);
    expect(measure.progressValue).toBeCloseTo(0.588162, 6);
    expect(measure).toMatchObject({ score: 2, status: 'moderate' });
  });

  it('is on track (level 3) when the projection covers 95 % of the change needed', () => {
    const measure = measureProgress(from2015To2022(80, 92), participationTo100, unsd);
    expect(measure.progressValue).toBeGreaterThanOrEqual(0.95);
    expect(measure).toMatchObject({ score: 3, status: 'substantial' });
  });

  it('is stagnation (level 1) below 10 %, and deterioration when moving away from the target', () => {
    const stagnating = measureProgress(from2015To2022(80, 80.5), participationTo100, unsd);
    expect(stagnating.progressValue).toBeLessThan(0.1);
    expect(stagnating).toMatchObject({ score: 1, status: 'limited' });
    const falling = measureProgress(from2015To2022(80, 78), participationTo100, unsd);
    expect(falling).toMatchObject({ score: 1, status: 'deterioration' });
  });

  it('counts a latest value meeting the target as achieved whatever the trend', () => {
    const measure = measureProgress(from2015To2022(100, 100), participationTo100, unsd);
    expect(measure).toMatchObject({ status: 'target_achieved', score: 3, targetAchieved: true });
  });

  it('counts a value within 1 point of a target of 0 % or 100 % as achieved', () => {
    expect(measureProgress(from2015To2022(90, 99.2), participationTo100, unsd).status).toBe(
      'target_achieved',
    );
    expect(measureProgress(from2015To2022(8, 0.9), { direction: 'lower', targetValue: 0 }, unsd).status).toBe(
      'target_achieved',
    );
    expect(unsdTargetAchieved(98.9, 100, 1)).toBe(false);
    expect(unsdTargetAchieved(50.5, 50, -1)).toBe(false);
  });

  it('is deterioration, without a ratio, when the base year met the target and the latest value no longer does', () => {
    const measure = measureProgress(from2015To2022(105, 97), participationTo100, unsd);
    expect(measure).toMatchObject({ score: 1, status: 'deterioration', progressValue: null });
  });

  it('cannot grow from a base value of 0', () => {
    const measure = measureProgress(from2015To2022(0, 40), participationTo100, unsd);
    expect(measure).toMatchObject({ status: 'not_available', reason: 'base_value_zero', score: null });
  });
});

describe('UNSD progress chart without a numeric target', () => {
  const higher: ProgressIndicator = { direction: 'higher', targetValue: null };
  const lower: ProgressIndicator = { direction: 'lower', targetValue: null };
  const growingBy = (rate: number) => from2015To2022(100, 100 * (1 + rate) ** 7);

  it('grades an increase: ≥ 2 % a year level 3, 0.5–2 % level 2, below 0.5 % level 1', () => {
    expect(measureProgress(growingBy(0.02), higher, unsd).score).toBe(3);
    expect(measureProgress(growingBy(0.01), higher, unsd).score).toBe(2);
    expect(measureProgress(growingBy(0.004), higher, unsd)).toMatchObject({ score: 1, status: 'limited' });
    expect(measureProgress(growingBy(-0.01), higher, unsd)).toMatchObject({
      score: 1,
      status: 'deterioration',
    });
  });

  it('grades a decrease the other way round: ≤ −2 % level 3, −2 % to −0.5 % level 2, above level 1', () => {
    const neet = measureProgress(from2015To2022(20, 17), lower, unsd);
    expect(neet.progressValue).toBeCloseTo(0.02295, 6);
    expect(neet).toMatchObject({ score: 3, status: 'substantial', basis: 'trend' });
    expect(measureProgress(growingBy(-0.01), lower, unsd).score).toBe(2);
    expect(measureProgress(growingBy(-0.004), lower, unsd).score).toBe(1);
    expect(measureProgress(growingBy(0.01), lower, unsd).status).toBe('deterioration');
  });
});

describe('UNSD base year', () => {
  it('uses the year nearest to 2015 that still leaves a later value, even an earlier one', () => {
    const series = [
      { year: 2012, value: 70 },
      { year: 2014, value: 75 },
      { year: 2022, value: 86 },
    ];
    expect(measureProgress(series, participationTo100, unsd).baseYear).toBe(2014);
    // The Open SDG rule only looks forward: 2022 becomes the base year and leaves no trend.
    expect(measureProgress(series, participationTo100)).toMatchObject({
      status: 'not_available',
      reason: 'fewer_than_two_years',
      baseYear: null,
      latestYear: 2022,
    });
  });
});
