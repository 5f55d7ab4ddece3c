import type { RegionCode, SubmissionStatus } from '@lcm/contracts';
import type { DataSource } from 'typeorm';
import { CityEntity } from '../cities/city.entity';
import { SubmissionEntity } from '../observations/submission.entity';

let sequence = 0;

/** A minimal valid city with a unique slug; override what the test cares about. */
export async function newCity(
  dataSource: DataSource,
  overrides: Partial<CityEntity> = {},
): Promise<CityEntity> {
  sequence += 1;
  const region: RegionCode = 'ENA';
  return dataSource.getRepository(CityEntity).save({
    slug: `test-city-${sequence}`,
    name: `Test City ${sequence}`,
    countryIso3: 'IRL',
    countryName: 'Ireland',
    region,
    population: 100000,
    populationYear: 2023,
    latitude: 51.9,
    longitude: -8.47,
    joinedOn: '2016-09-01',
    leftOn: null,
    ...overrides,
  });
}

export async function newSubmission(
  dataSource: DataSource,
  values: { cityId: number; year: number; status?: SubmissionStatus },
): Promise<SubmissionEntity> {
  return dataSource.getRepository(SubmissionEntity).save({
    cityId: values.cityId,
    year: values.year,
    status: values.status ?? 'draft',
    submittedAt: null,
    approvedAt: null,
  });
}
