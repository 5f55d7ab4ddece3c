import { compactDisaggregation, disaggregationKey, normaliseDisaggregation } from './disaggregation';

describe('disaggregation keys', () => {
  it('names the headline value "total" and lists only real breakdowns', () => {
    expect(disaggregationKey({})).toBe('total');
    expect(disaggregationKey({ URBANISATION: 'R', SEX: 'F', AGE: '_T' })).toBe('SEX=F;URBANISATION=R');
  });

  it('round-trips between the full and the compact form', () => {
    const full = normaliseDisaggregation({ SEX: 'M' });
    expect(full).toEqual({ SEX: 'M', AGE: '_T', URBANISATION: '_T', DISABILITY_STATUS: '_T' });
    expect(compactDisaggregation(full)).toEqual({ SEX: 'M' });
  });
});
