import type { CitySummary } from '@lcm/contracts';

/** Lower case without accents, so "medellin" finds Medellín. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The cities whose name or country contains the typed text, by name. */
export function filterCities(cities: readonly CitySummary[], text: string, locale: string): CitySummary[] {
  const wanted = folded(text.trim());
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return cities
    .filter((city) => folded(city.name).includes(wanted) || folded(city.countryName).includes(wanted))
    .sort((a, b) => collator.compare(a.name, b.name));
}
