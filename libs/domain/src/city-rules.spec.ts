import { citySlug, membershipProblems } from './city-rules';

describe('citySlug', () => {
  it('drops diacritics and apostrophes and joins words with hyphens', () => {
    expect(citySlug("N'Zérékoré")).toBe('nzerekore');
    expect(citySlug('Villa María')).toBe('villa-maria');
    expect(citySlug('Medellín')).toBe('medellin');
    expect(citySlug('Saint-Étienne (Loire)')).toBe('saint-etienne-loire');
  });

  it('spells letters without a decomposition in ASCII', () => {
    expect(citySlug('Ørestad')).toBe('orestad');
    expect(citySlug('Łódź')).toBe('lodz');
    expect(citySlug('Gießen')).toBe('giessen');
  });

  it('is empty when nothing Latin is left', () => {
    expect(citySlug('杭州')).toBe('');
    expect(citySlug(' -- ')).toBe('');
  });
});

describe('membershipProblems', () => {
  it('accepts open, same-day and ordered memberships', () => {
    expect(membershipProblems({ joinedOn: '2016-09-01', leftOn: null })).toEqual([]);
    expect(membershipProblems({ joinedOn: '2016-09-01', leftOn: '2016-09-01' })).toEqual([]);
    expect(membershipProblems({ joinedOn: null, leftOn: '2020-01-01' })).toEqual([]);
  });

  it('refuses leaving before joining, naming both dates', () => {
    expect(membershipProblems({ joinedOn: '2016-09-01', leftOn: '2015-12-31' })).toEqual([
      {
        rule: 'left_before_joined',
        fields: ['leftOn', 'joinedOn'],
        message: 'leftOn (2015-12-31) must not be before joinedOn (2016-09-01)',
      },
    ]);
  });
});
