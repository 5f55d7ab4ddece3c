import {
  FIRST_POPULATION_YEAR,
  LAST_REPORTING_YEAR,
  REGION_CODES,
  type CitySummary,
  type CreateCityRequest,
  type RegionCode,
  type UpdateCityRequest,
} from '@lcm/contracts';
import { membershipProblems } from '@lcm/domain';
import { changedFields, fieldText, FormReader, type FormResult, type FormValues } from '../form/form-model';

/** The fields of the city form, in the order it shows them. */
export const CITY_FIELDS = [
  'name',
  'countryIso3',
  'countryName',
  'region',
  'joinedOn',
  'leftOn',
  'population',
  'populationYear',
  'latitude',
  'longitude',
] as const;
export type CityField = (typeof CITY_FIELDS)[number];

/** Country and region are fixed once a city exists (they place its history); the rest can be edited. */
export const EDITABLE_CITY_FIELDS: readonly CityField[] = CITY_FIELDS.filter(
  (field) => field !== 'countryIso3' && field !== 'countryName' && field !== 'region',
);

export function cityFormValues(city: CitySummary | null): FormValues<CityField> {
  return {
    name: fieldText(city?.name),
    countryIso3: fieldText(city?.countryIso3),
    countryName: fieldText(city?.countryName),
    region: fieldText(city?.region),
    population: fieldText(city?.population),
    populationYear: fieldText(city?.populationYear),
    joinedOn: fieldText(city?.joinedOn),
    leftOn: fieldText(city?.leftOn),
    latitude: fieldText(city?.latitude),
    longitude: fieldText(city?.longitude),
  };
}

function isRegion(text: string): text is RegionCode {
  return (REGION_CODES as readonly string[]).includes(text);
}

/** The facts both forms share, read and checked across fields. */
function readFacts(form: FormReader<CityField>) {
  return {
    population: form.number('population', { whole: true, min: 0 }),
    populationYear: form.number('populationYear', {
      whole: true,
      min: FIRST_POPULATION_YEAR,
      max: LAST_REPORTING_YEAR,
    }),
    leftOn: form.date('leftOn'),
    latitude: form.number('latitude', { min: -90, max: 90 }),
    longitude: form.number('longitude', { min: -180, max: 180 }),
  };
}

export function readNewCity(values: FormValues<CityField>): FormResult<CityField, CreateCityRequest> {
  const form = new FormReader(values);
  const name = form.requiredText('name');
  const countryIso3 = form.requiredText('countryIso3').toUpperCase();
  if (countryIso3 !== '' && !/^[A-Z]{3}$/.test(countryIso3))
    form.fail('countryIso3', { code: 'countryCode' });
  const countryName = form.requiredText('countryName');
  const region = values.region;
  if (!isRegion(region)) form.fail('region', { code: 'required' });
  const joinedOn = form.requiredDate('joinedOn');
  const facts = readFacts(form);
  form.failAll(membershipProblems({ joinedOn: joinedOn || null, leftOn: facts.leftOn }), { joinedOn });
  return form.result({ name, countryIso3, countryName, region: region as RegionCode, joinedOn, ...facts });
}

/** Only what differs from the stored city, so an unchanged field is never written back. */
export function readCityChanges(
  values: FormValues<CityField>,
  city: CitySummary,
): FormResult<CityField, UpdateCityRequest> {
  const form = new FormReader(values);
  const name = form.requiredText('name');
  const joinedOn = form.date('joinedOn');
  const facts = readFacts(form);
  const changes = changedFields({ name, joinedOn, ...facts }, city);
  form.failAll(membershipProblems({ joinedOn, leftOn: facts.leftOn }), { joinedOn: joinedOn ?? '' }, changes);
  return form.result(changes);
}
