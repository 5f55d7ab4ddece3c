import type { PeerGroupDescription } from '@lcm/contracts';
import type { TFunction } from 'i18next';

/** What a peer group holds, in words: "Cities of Asia and the Pacific", "10 cities most like Cork", … */
export function peerGroupText(
  group: PeerGroupDescription,
  t: TFunction,
  cityName: (slug: string) => string,
  countryName: (iso3: string) => string,
): string {
  const city = group.city ? cityName(group.city) : '';
  switch (group.kind) {
    case 'region':
      return group.region
        ? t('compare.peers.region', { region: t(`regions.${group.region}`) })
        : group.selector;
    case 'country':
      return group.country
        ? t('compare.peers.country', { country: countryName(group.country) })
        : group.selector;
    case 'band':
      return group.band
        ? t('compare.peers.band', { band: t(`plausibility.bands.${group.band}`) })
        : group.selector;
    case 'like-mine':
      return t('compare.peers.likeMine', { count: group.k ?? 0, city });
    case 'set':
      return group.set ? t('compare.peers.set', { name: group.set.name }) : group.selector;
    case 'all':
      return t('compare.peers.all');
  }
}
