import { chooseBaseYear } from './base-year';

describe('base year', () => {
  it('is the preferred year when it has data, under either rule', () => {
    expect(chooseBaseYear([2012, 2015, 2020], 2015, 'next')).toBe(2015);
    expect(chooseBaseYear([2012, 2015, 2020], 2015, 'nearest')).toBe(2015);
  });

  it('Open SDG: else the first later year with data, or none', () => {
    expect(chooseBaseYear([2012, 2014, 2017, 2020], 2015, 'next')).toBe(2017);
    expect(chooseBaseYear([2012, 2014], 2015, 'next')).toBeNull();
  });

  it('UNSD: else the nearest year that leaves a later value, the later one on a tie', () => {
    expect(chooseBaseYear([2010, 2014, 2020], 2015, 'nearest')).toBe(2014);
    expect(chooseBaseYear([2014, 2016, 2020], 2015, 'nearest')).toBe(2016);
    // 2016 is nearer, but it is the latest year and would leave nothing to compare with.
    expect(chooseBaseYear([2011, 2016], 2015, 'nearest')).toBe(2011);
    expect(chooseBaseYear([2016], 2015, 'nearest')).toBeNull();
  });
});
