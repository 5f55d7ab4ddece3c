import type { CitySummary } from '@lcm/contracts';
import { filterCities } from './city-list';

const city = (slug: string, name: string, countryName: string) =>
  ({ slug, name, countryName }) as CitySummary;

describe('city picker filter', () => {
  const cities = [
    city('medellin', 'Medellín', 'Colombia'),
    city('cork', 'Cork', 'Ireland'),
    city('amman', 'Amman', 'Jordan'),
  ];

  it('finds cities by name or country, ignoring accents and case, sorted by name', () => {
    expect(filterCities(cities, 'MEDELLIN', 'en').map((c) => c.slug)).toEqual(['medellin']);
    expect(filterCities(cities, 'ireland', 'en').map((c) => c.slug)).toEqual(['cork']);
    expect(filterCities(cities, ' ', 'en').map((c) => c.slug)).toEqual(['amman', 'cork', 'medellin']);
  });
});
