import {
  checkPlausibility,
  peerPosition,
  populationBand,
  resolvePlausibilityThresholds,
  robustZScore,
  summarisePeers,
} from './plausibility';

/** 2021 is an outlier the robust score must shrug off; 2024 is the previous value. */
const history = [
  { year: 2020, value: 10 },
  { year: 2021, value: 30 },
  { year: 2022, value: 11 },
  { year: 2023, value: 12 },
  { year: 2024, value: 13 },
];

describe('plausibility against the city’s own history', () => {
  // Median 12; absolute deviations 2, 18, 1, 0, 1 → MAD 1; so z = 0.6745·(x − 12).

  it('accepts a value in line with the past, reporting change and robust z-score', () => {
    const check = checkPlausibility({ value: 16, year: 2025, history });
    expect(check.previous).toEqual({ year: 2024, value: 13 });
    expect(check.change).toBe(3);
    expect(check.changePercent).toBeCloseTo(23.08, 2);
    expect(check.robustZ).toBeCloseTo(2.698, 3);
    expect(check.warnings).toEqual([]);
  });

  it('warns when the value is far from the city’s usual values even though the change is moderate', () => {
    const check = checkPlausibility({ value: 18, year: 2025, history });
    expect(check.changePercent).toBeCloseTo(38.46, 2);
    expect(check.robustZ).toBeCloseTo(4.047, 3);
    expect(check.warnings).toEqual([
      { kind: 'unusual-for-city', measure: expect.closeTo(4.047, 3) as number, threshold: 3.5 },
    ]);
  });

  it('warns about a large change and an unusual value together', () => {
    const check = checkPlausibility({ value: 20, year: 2025, history });
    expect(check.changePercent).toBeCloseTo(53.85, 2);
    expect(check.warnings.map((w) => w.kind)).toEqual(['unusual-for-city', 'large-change']);
  });

  it('warns about falls as well as rises', () => {
    const check = checkPlausibility({ value: 5, year: 2025, history });
    expect(check.change).toBe(-8);
    expect(check.changePercent).toBeCloseTo(-61.54, 2);
    expect(check.robustZ).toBeCloseTo(-4.7215, 3);
    expect(check.warnings.map((w) => w.kind)).toEqual(['unusual-for-city', 'large-change']);
  });

  it('does not warn about a change of exactly the threshold', () => {
    const check = checkPlausibility({ value: 15, year: 2025, history: [{ year: 2024, value: 10 }] });
    expect(check.changePercent).toBe(50);
    expect(check.warnings).toEqual([]);
  });

  it('uses the thresholds it is given', () => {
    const check = checkPlausibility({
      value: 16,
      year: 2025,
      history,
      thresholds: { maxRobustZ: 2, maxChangePercent: 20 },
    });
    expect(check.warnings.map((w) => [w.kind, w.threshold])).toEqual([
      ['unusual-for-city', 2],
      ['large-change', 20],
    ]);
  });

  it('ignores values of the reporting year and later', () => {
    const check = checkPlausibility({
      value: 16,
      year: 2024,
      history: [...history, { year: 2025, value: 99 }],
    });
    expect(check.previous).toEqual({ year: 2023, value: 12 });
  });

  it('compares with the latest earlier value when the previous year is missing', () => {
    const check = checkPlausibility({ value: 14, year: 2025, history: [{ year: 2022, value: 10 }] });
    expect(check.previous).toEqual({ year: 2022, value: 10 });
    expect(check.changePercent).toBeCloseTo(40, 6);
  });

  it('has no change and no z-score for a first value', () => {
    const check = checkPlausibility({ value: 14, year: 2025, history: [] });
    expect(check).toMatchObject({ previous: null, change: null, changePercent: null, robustZ: null });
    expect(check.warnings).toEqual([]);
  });

  it('gives no percentage change from zero, but still the absolute change', () => {
    const check = checkPlausibility({ value: 3, year: 2025, history: [{ year: 2024, value: 0 }] });
    expect(check.change).toBe(3);
    expect(check.changePercent).toBeNull();
  });

  it('measures the change from a negative value against its size', () => {
    const check = checkPlausibility({ value: -2, year: 2025, history: [{ year: 2024, value: -4 }] });
    expect(check.changePercent).toBe(50);
  });
});

describe('robust z-score', () => {
  it('needs at least three past values', () => {
    expect(robustZScore(50, [10, 12])).toBeNull();
    expect(robustZScore(50, [10, 12, 11])).not.toBeNull();
  });

  it('falls back to the mean absolute deviation when most past values are equal', () => {
    // Median 5, deviations 0, 0, 0, 3: MAD 0, mean deviation 0.75 → z = (x − 5)/(1.2533·0.75).
    expect(robustZScore(8, [5, 5, 5, 8])).toBeCloseTo(3.1916, 4);
    expect(robustZScore(9, [5, 5, 5, 8])).toBeCloseTo(4.2554, 4);
  });

  it('is undefined when every past value is the same, leaving the change rule to judge', () => {
    expect(robustZScore(7, [5, 5, 5])).toBeNull();
    const check = checkPlausibility({
      value: 9,
      year: 2025,
      history: [2022, 2023, 2024].map((year) => ({ year, value: 5 })),
    });
    expect(check.robustZ).toBeNull();
    expect(check.warnings.map((w) => w.kind)).toEqual(['large-change']);
  });
});

describe('peers', () => {
  const peers = [8, 1, 7, 2, 6, 3, 5, 4];

  it('summarises peer values with median and quartiles', () => {
    expect(summarisePeers(peers, 2024)).toEqual({
      year: 2024,
      count: 8,
      median: 4.5,
      q1: 2.75,
      q3: 6.25,
      values: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    expect(summarisePeers([], 2024)).toBeNull();
  });

  it('places a value among its peers, ties counting half', () => {
    // Five peers below 6, one equal, two above: (5 + 0.5)/8 = 68.75 %, third highest of nine cities.
    expect(peerPosition(6, [1, 2, 3, 4, 5, 6, 7, 8])).toEqual({
      percentile: 68.75,
      rank: 3,
      of: 9,
      median: 4.5,
    });
    expect(peerPosition(0, [1, 2, 3])).toEqual({ percentile: 0, rank: 4, of: 4, median: 2 });
    expect(peerPosition(9, [1, 2, 3])).toEqual({ percentile: 100, rank: 1, of: 4, median: 2 });
    expect(peerPosition(5, [])).toBeNull();
  });

  it('is part of the check, whatever the order of the peer values', () => {
    expect(
      checkPlausibility({ value: 6, year: 2025, history, peerValues: peers }).peerPosition,
    ).toMatchObject({
      percentile: 68.75,
      rank: 3,
    });
  });

  it('groups cities by population band', () => {
    expect(populationBand(249_999)).toBe('LT_250K');
    expect(populationBand(250_000)).toBe('250K_1M');
    expect(populationBand(999_999)).toBe('250K_1M');
    expect(populationBand(1_000_000)).toBe('1M_5M');
    expect(populationBand(5_000_000)).toBe('1M_5M');
    expect(populationBand(5_000_001)).toBe('GE_5M');
    expect(populationBand(null)).toBeNull();
  });
});

describe('thresholds from the stored setting', () => {
  it('default to robust z 3.5 and change 50 %', () => {
    expect(resolvePlausibilityThresholds(undefined)).toEqual({ maxRobustZ: 3.5, maxChangePercent: 50 });
  });

  it('take each valid stored number and keep the default for the rest', () => {
    expect(resolvePlausibilityThresholds({ maxRobustZ: 3 })).toEqual({ maxRobustZ: 3, maxChangePercent: 50 });
    expect(resolvePlausibilityThresholds({ maxRobustZ: 'high', maxChangePercent: -5 })).toEqual({
      maxRobustZ: 3.5,
      maxChangePercent: 50,
    });
  });
});
