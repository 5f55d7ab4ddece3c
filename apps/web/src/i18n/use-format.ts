import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatNumber } from './format';

/** Formatting helpers bound to the active language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      locale,
      number: (value: number, decimals?: number) => formatNumber(value, locale, decimals),
      date: (iso: string) => formatIsoDate(iso, locale),
    }),
    [locale],
  );
}
