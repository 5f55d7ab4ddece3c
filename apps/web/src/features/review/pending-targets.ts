import type { PendingLocalTargetDto } from '@lcm/contracts';

/** A city's proposed targets awaiting a decision, decided together on the city's review page. */
export interface PendingCity {
  city: string;
  cityName: string;
  /** When its oldest proposal was made. */
  waitingSince: string;
  targets: PendingLocalTargetDto[];
}

/** The proposals grouped by city, the city waiting longest first; each city's proposals oldest first. */
export function pendingByCity(targets: readonly PendingLocalTargetDto[]): PendingCity[] {
  const cities = new Map<string, PendingCity>();
  const oldestFirst = [...targets].sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id - b.id);
  for (const target of oldestFirst) {
    const city = cities.get(target.city);
    if (city) city.targets.push(target);
    else
      cities.set(target.city, {
        city: target.city,
        cityName: target.cityName,
        waitingSince: target.proposedAt,
        targets: [target],
      });
  }
  return [...cities.values()];
}
