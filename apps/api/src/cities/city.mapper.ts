import type { CitySummary } from '@lcm/contracts';
import type { CityEntity } from './city.entity';

/** Membership is judged on the given day, so it changes when a `left_on` date passes. */
export function toCitySummary(city: CityEntity, today: string): CitySummary {
  return {
    slug: city.slug,
    name: city.name,
    countryIso3: city.countryIso3,
    countryName: city.countryName,
    region: city.region,
    population: city.population,
    populationYear: city.populationYear,
    latitude: city.latitude,
    longitude: city.longitude,
    joinedOn: city.joinedOn,
    leftOn: city.leftOn,
    isMember:
      (city.joinedOn === null || city.joinedOn <= today) && (city.leftOn === null || city.leftOn > today),
  };
}

export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
