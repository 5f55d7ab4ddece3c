import type { CitySummary } from '@lcm/contracts';
import { cityFormValues, readCityChanges, readNewCity } from './city-form';

const cork: CitySummary = {
  slug: 'cork',
  name: 'Cork',
  countryIso3: 'IRL',
  countryName: 'Ireland',
  region: 'ENA',
  population: 224_000,
  populationYear: 2022,
  latitude: 51.9,
  longitude: -8.47,
  joinedOn: '2015-09-01',
  leftOn: null,
  isMember: true,
};

describe('new city form', () => {
  const filled = {
    ...cityFormValues(null),
    name: ' Galway ',
    countryIso3: 'irl',
    countryName: 'Ireland',
    region: 'ENA',
    population: '85,000',
    joinedOn: '2016-09-01',
  };

  it('reads a city, with empty optional fields as null', () => {
    expect(readNewCity(filled)).toEqual({
      ok: true,
      request: {
        name: 'Galway',
        countryIso3: 'IRL',
        countryName: 'Ireland',
        region: 'ENA',
        joinedOn: '2016-09-01',
        population: 85_000,
        populationYear: null,
        leftOn: null,
        latitude: null,
        longitude: null,
      },
    });
  });

  it('names each missing or malformed field', () => {
    const result = readNewCity({
      ...cityFormValues(null),
      countryIso3: 'IE',
      latitude: '95',
      population: '12.5',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: { code: 'required' },
        countryIso3: { code: 'countryCode' },
        countryName: { code: 'required' },
        region: { code: 'required' },
        joinedOn: { code: 'required' },
        population: { code: 'wholeNumber' },
        latitude: { code: 'between', values: { min: -90, max: 90 } },
      },
    });
  });

  it('refuses leaving before joining, on the leaving date', () => {
    expect(readNewCity({ ...filled, leftOn: '2016-08-31' })).toEqual({
      ok: false,
      errors: { leftOn: { code: 'left_before_joined', values: { joinedOn: '2016-09-01' } } },
    });
  });
});

describe('city edit form', () => {
  it('starts from the stored city and sends only what changed', () => {
    const values = { ...cityFormValues(cork), population: '230000', latitude: '' };
    expect(readCityChanges(values, cork)).toEqual({
      ok: true,
      request: { population: 230_000, latitude: null },
    });
    expect(readCityChanges(cityFormValues(cork), cork)).toEqual({ ok: true, request: {} });
  });

  it('checks the membership dates together', () => {
    const result = readCityChanges({ ...cityFormValues(cork), leftOn: '2014-01-01' }, cork);
    expect(result).toEqual({
      ok: false,
      errors: { leftOn: { code: 'left_before_joined', values: { joinedOn: '2015-09-01' } } },
    });
  });

  it('blames the joining date when that is what moved past the leaving date', () => {
    const former = { ...cork, leftOn: '2020-01-01' };
    expect(readCityChanges({ ...cityFormValues(former), joinedOn: '2021-09-01' }, former)).toEqual({
      ok: false,
      errors: { joinedOn: { code: 'left_before_joined', values: { joinedOn: '2021-09-01' } } },
    });
  });

  it('does not let the name be emptied', () => {
    expect(readCityChanges({ ...cityFormValues(cork), name: '  ' }, cork)).toEqual({
      ok: false,
      errors: { name: { code: 'required' } },
    });
  });
});
