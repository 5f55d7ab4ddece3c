import type { DimensionCode, DimensionDto } from '@lcm/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createDimensionLookup, type DimensionLookup } from './indicator-series';

/** Dimension value labels in the user's language where the locale has them, else the API's labels. */
export function useDimensionLookup(dimensions: readonly DimensionDto[] | undefined): DimensionLookup {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const translate = (dimension: DimensionCode, code: string): string | null => {
      const key = `dimensionValues.${dimension}.${code}`;
      // Codes come from the API, so the key is only known at run time.
      return i18n.exists(key) ? (t as (key: string) => string)(key) : null;
    };
    return createDimensionLookup(dimensions ?? [], translate);
  }, [dimensions, t, i18n]);
}
