import type { Role } from '@lcm/contracts';
import { CITIES } from '../reference/cities';

/** Shared password of every demo account, printed at start-up and in the README. Demo mode only. */
export const DEMO_PASSWORD = 'learning-cities-demo';

/** Cities whose officials and mayors have demo accounts. */
export const DEMO_ACCOUNT_CITIES = ['cork', 'bristol', 'hangzhou', 'medellin', 'amman'] as const;

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  citySlug: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.local', displayName: 'Network secretariat (demo)', role: 'admin', citySlug: null },
  { email: 'analyst@demo.local', displayName: 'UIL analyst (demo)', role: 'analyst', citySlug: null },
  ...DEMO_ACCOUNT_CITIES.flatMap((slug): DemoAccount[] => {
    const city = CITIES.find((c) => c.slug === slug)?.name ?? slug;
    return [
      {
        email: `official.${slug}@demo.local`,
        displayName: `City official of ${city} (demo)`,
        role: 'official',
        citySlug: slug,
      },
      {
        email: `mayor.${slug}@demo.local`,
        displayName: `Mayor of ${city} (demo)`,
        role: 'mayor',
        citySlug: slug,
      },
    ];
  }),
];
