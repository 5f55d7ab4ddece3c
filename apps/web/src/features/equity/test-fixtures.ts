/** Cork's participation by group, for the equity specs; each spec gives the groups' values it tests. */
import type { CityEquityResponse } from '@lcm/contracts';
import { city, participation } from '../compare/test-fixtures';
import type { EquityLabels } from './equity-model';

/** Cork, 2022 to 2024, the total missing in 2023, broken down as given. */
export function corkEquity(dimensions: CityEquityResponse['dimensions']): CityEquityResponse {
  return {
    city: city('cork', 'Cork'),
    indicator: participation,
    preview: false,
    years: [2022, 2023, 2024],
    total: [30, null, 34],
    availability: { status: 'available', reason: null },
    dimensions,
  };
}

const GROUP_WORDS: Record<string, string> = { F: 'Women', M: 'Men', Y_GE65: '65+' };

/** Names of the groups as the page words them, which differ from the API's labels. */
export const groupWords: EquityLabels = {
  total: 'Total',
  group: (_dimension, code) => GROUP_WORDS[code] ?? code,
};
