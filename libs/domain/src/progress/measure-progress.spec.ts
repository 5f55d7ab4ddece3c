import { measureProgress, progressIndicatorOf, type ProgressIndicator } from './measure-progress';

const participationTo100: ProgressIndicator = { direction: 'higher', targetValue: 100 };

describe('measuring progress: base year and latest year', () => {
  it('starts in 2015 when it has a value, leaving earlier values aside', () => {
    const measure = measureProgress(
      [
        { year: 2022, value: 86 },
        { year: 2012, value: 60 },
        { year: 2015, value: 80 },
        { year: 2018, value: 83 },
      ],
      participationTo100,
    );
    expect(measure).toMatchObject({ baseYear: 2015, baseValue: 80, latestYear: 2022, latestValue: 86 });
    expect(measure.progressValue).toBeCloseTo(0.692919, 6);
  });

  it('starts in the next year with a value when 2015 has none', () => {
    const measure = measureProgress(
      [
        { year: 2014, value: 78 },
        { year: 2017, value: 80 },
        { year: 2022, value: 86 },
      ],
      participationTo100,
    );
    expect(measure).toMatchObject({ baseYear: 2017, baseValue: 80 });
    expect(measure.cagrObserved).toBeCloseTo((86 / 80) ** (1 / 5) - 1, 9);
    expect(measure.cagrRequired).toBeCloseTo((100 / 80) ** (1 / 13) - 1, 9);
  });

  it('takes another preferred base year when asked, and measures as of a chosen year', () => {
    const series = [
      { year: 2015, value: 80 },
      { year: 2018, value: 82 },
      { year: 2022, value: 86 },
    ];
    expect(measureProgress(series, participationTo100, { baseYear: 2018 }).baseYear).toBe(2018);
    const asOf2020 = measureProgress(series, participationTo100, { currentYear: 2020 });
    expect(asOf2020).toMatchObject({ baseYear: 2015, latestYear: 2018, latestValue: 82 });
  });

  it('dates a reporting period by its first year: 2015-16 is 2015, 2021/22 is 2021', () => {
    const measure = measureProgress(
      [
        { year: '2015-16', value: 80 },
        { year: '2021/22', value: 86 },
      ],
      participationTo100,
    );
    expect(measure).toMatchObject({ baseYear: 2015, latestYear: 2021 });
    expect(measure.cagrObserved).toBeCloseTo((86 / 80) ** (1 / 6) - 1, 9);
  });

  it('measures to the target year of a local target', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: 80 },
        { year: 2022, value: 86 },
      ],
      { direction: 'higher', targetValue: 95, targetYear: 2027 },
    );
    expect(measure).toMatchObject({ targetValue: 95, targetYear: 2027 });
    expect(measure.cagrRequired).toBeCloseTo((95 / 80) ** (1 / 12) - 1, 9);
  });
});

describe('measuring progress: not available, and why', () => {
  it('needs values of at least two years', () => {
    const measure = measureProgress([{ year: 2018, value: 80 }], participationTo100);
    expect(measure).toMatchObject({
      status: 'not_available',
      reason: 'fewer_than_two_years',
      score: null,
      latestYear: 2018,
      latestValue: 80,
      baseYear: null,
    });
  });

  it('says so when there is no value, missing values not counting as values', () => {
    expect(measureProgress([], participationTo100).reason).toBe('no_data');
    expect(measureProgress([{ year: 2016, value: Number.NaN }], participationTo100).reason).toBe('no_data');
  });

  it('needs a value in or after the base year', () => {
    const measure = measureProgress(
      [
        { year: 2010, value: 70 },
        { year: 2013, value: 75 },
      ],
      participationTo100,
    );
    expect(measure).toMatchObject({
      status: 'not_available',
      reason: 'no_data_since_base_year',
      latestYear: 2013,
    });
  });

  it('refuses values of both signs', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: -2 },
        { year: 2018, value: 1 },
        { year: 2022, value: -1 },
      ],
      { direction: 'higher', targetValue: null },
    );
    expect(measure).toMatchObject({ status: 'not_available', reason: 'mixed_signs', baseYear: 2015 });
    // A base value of 0 counts as 0.001, so a negative latest value mixes signs too.
    const fromZero = measureProgress(
      [
        { year: 2015, value: 0 },
        { year: 2022, value: -3 },
      ],
      { direction: 'lower', targetValue: null },
    );
    expect(fromZero.reason).toBe('mixed_signs');
  });

  it('refuses two values for one year and labels that are not years', () => {
    const twice = [
      { year: 2015, value: 80 },
      { year: '2015-16', value: 81 },
      { year: 2022, value: 86 },
    ];
    expect(measureProgress(twice, participationTo100).reason).toBe('duplicate_year');
    expect(measureProgress([{ year: 'FY15', value: 80 }], participationTo100).reason).toBe('invalid_year');
  });

  it('needs a target year after the base year', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: 80 },
        { year: 2022, value: 86 },
      ],
      { direction: 'higher', targetValue: 100, targetYear: 2015 },
    );
    expect(measure.reason).toBe('target_year_not_after_base_year');
  });

  it('needs a target value for an indicator that aims at one', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: 40 },
        { year: 2022, value: 45 },
      ],
      { direction: 'target', targetValue: null },
    );
    expect(measure.reason).toBe('target_missing');
  });

  it('still reports an achieved target from a single value', () => {
    const measure = measureProgress([{ year: 2023, value: 100 }], participationTo100);
    expect(measure).toMatchObject({ status: 'target_achieved', score: 5, reason: null, cagrObserved: null });
  });
});

describe('measuring progress of indicators aiming at a target value', () => {
  it('measures a parity index by max(y, 1/y) toward 1, so that 0.8 and 1.25 count alike', () => {
    const girlsBehind = measureProgress(
      [
        { year: 2015, value: 0.8 },
        { year: 2022, value: 0.9 },
      ],
      { direction: 'target', targetValue: 1 },
    );
    const boysBehind = measureProgress(
      [
        { year: 2015, value: 1.25 },
        { year: 2022, value: 1 / 0.9 },
      ],
      { direction: 'target', targetValue: 1 },
    );
    expect(girlsBehind).toMatchObject({
      transform: 'parity',
      targetValue: 1,
      baseValue: 0.8,
      latestValue: 0.9,
    });
    expect(girlsBehind.cagrObserved).toBeCloseTo((1 / 0.9 / 1.25) ** (1 / 7) - 1, 9);
    expect(boysBehind.progressValue).toBeCloseTo(girlsBehind.progressValue ?? NaN, 9);
    // Closing the gap from 1.25 to 1.11 in 7 years is faster than the pace needed to reach 1 by 2030.
    expect(girlsBehind.status).toBe('substantial');
  });

  it('counts a parity index within 0.97–1.03 as parity reached', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: 0.85 },
        { year: 2022, value: 1.02 },
      ],
      { direction: 'target', targetValue: 1 },
    );
    expect(measure).toMatchObject({ status: 'target_achieved', score: 5 });
  });

  it("measures women's share of seats by 50 + |y − 50|, so that 30 % and 70 % count alike", () => {
    const series = (base: number, latest: number) => [
      { year: 2015, value: base },
      { year: 2022, value: latest },
    ];
    const gender: ProgressIndicator = { direction: 'target', targetValue: 50, transform: 'gender_share' };
    const fewWomen = measureProgress(series(30, 40), gender);
    const fewMen = measureProgress(series(70, 60), gender);
    expect(fewWomen.cagrObserved).toBeCloseTo((60 / 70) ** (1 / 7) - 1, 9);
    expect(fewMen.progressValue).toBeCloseTo(fewWomen.progressValue ?? NaN, 9);
    expect(measureProgress(series(30, 50), gender).status).toBe('target_achieved');
  });

  it('measures budget execution by 100 + |y − 100|: overspending and underspending alike', () => {
    const budget: ProgressIndicator = {
      direction: 'target',
      targetValue: 100,
      transform: 'budget_execution',
    };
    const overspent = measureProgress(
      [
        { year: 2015, value: 120 },
        { year: 2022, value: 105 },
      ],
      budget,
    );
    expect(overspent).toMatchObject({ transform: 'budget_execution', targetValue: 100 });
    expect(overspent.cagrObserved).toBeCloseTo((105 / 120) ** (1 / 7) - 1, 9);
    const drifting = measureProgress(
      [
        { year: 2015, value: 95 },
        { year: 2022, value: 80 },
      ],
      budget,
    );
    expect(drifting.status).toBe('deterioration');
  });

  it('measures any other target value by the distance from it', () => {
    const measure = measureProgress(
      [
        { year: 2015, value: 9 },
        { year: 2022, value: 5 },
      ],
      { direction: 'target', targetValue: 3 },
    );
    expect(measure.transform).toBe('distance_from_target');
    expect(measure.cagrObserved).toBeCloseTo((5 / 9) ** (1 / 7) - 1, 9);
  });
});

describe('progress settings of a stored indicator', () => {
  const percentage = { minValue: 0, maxValue: 100, targetValue: null, targetYear: null };

  it('takes the valid bound in the desired direction as natural limit', () => {
    expect(progressIndicatorOf({ ...percentage, direction: 'higher' }).naturalLimit).toBe(100);
    expect(progressIndicatorOf({ ...percentage, direction: 'lower' }).naturalLimit).toBe(0);
  });

  it("uses a city's local target and year instead of the global target", () => {
    const indicator = { ...percentage, direction: 'higher' as const, targetValue: 100, targetYear: 2030 };
    expect(progressIndicatorOf(indicator)).toMatchObject({ targetValue: 100, targetYear: 2030 });
    expect(progressIndicatorOf(indicator, { value: 90, year: 2028 })).toMatchObject({
      targetValue: 90,
      targetYear: 2028,
    });
  });
});
