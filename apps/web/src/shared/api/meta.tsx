import { apiRoutes, type MetaResponse } from '@lcm/contracts';
import { createContext, use, type ReactNode } from 'react';
import { useApi } from './use-api';

/** What `/api/meta` says, or null until it has answered (or when it failed). */
const MetaContext = createContext<MetaResponse | null>(null);

/** Loads `/api/meta` once for the whole app. */
export function MetaProvider({ children }: { children: ReactNode }) {
  const { data } = useApi<MetaResponse>(apiRoutes.meta());
  return <MetaContext value={data ?? null}>{children}</MetaContext>;
}

export function useMeta(): MetaResponse | null {
  return use(MetaContext);
}
