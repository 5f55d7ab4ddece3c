import type { PendingLocalTargetDto } from '@lcm/contracts';
import { pendingByCity } from './pending-targets';

let nextId = 1;
function proposal(city: string, indicator: string, proposedAt: string): PendingLocalTargetDto {
  return {
    id: nextId++,
    city,
    cityName: city.toUpperCase(),
    indicator: { code: indicator, name: `Indicator ${indicator}`, unitLabel: '%', decimals: 1 },
    targetValue: 90,
    targetYear: 2030,
    status: 'proposed',
    note: null,
    proposedBy: 'An official',
    proposedAt,
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    inUse: false,
  };
}

describe('pendingByCity', () => {
  it('groups the proposals by city, the city waiting longest first, and each city’s oldest first', () => {
    const grouped = pendingByCity([
      proposal('cork', 'LSEC', '2026-03-02T09:00:00.000Z'),
      proposal('amman', 'PRIM', '2026-03-05T09:00:00.000Z'),
      proposal('cork', 'PRIM', '2026-02-20T09:00:00.000Z'),
      proposal('amman', 'USEC', '2026-03-01T09:00:00.000Z'),
    ]);
    expect(grouped.map((city) => [city.city, city.cityName, city.waitingSince])).toEqual([
      ['cork', 'CORK', '2026-02-20T09:00:00.000Z'],
      ['amman', 'AMMAN', '2026-03-01T09:00:00.000Z'],
    ]);
    expect(grouped.map((city) => city.targets.map((target) => target.indicator.code))).toEqual([
      ['PRIM', 'LSEC'],
      ['USEC', 'PRIM'],
    ]);
  });

  it('has nothing to show without proposals', () => {
    expect(pendingByCity([])).toEqual([]);
  });
});
