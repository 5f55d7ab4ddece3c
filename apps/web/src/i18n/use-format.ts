import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatIsoDate, formatLocale, formatNumber, formatPercent } from './format';

/** Formatting helpers bound to the active language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(
    () => ({
      locale,
      number: (value: number, decimals?: number) => formatNumber(value, locale, decimals),
      /** A value in percent: 29.5 → "29.5%" (English), "29,5 %" (French). */
      percent: (valuePercent: number, decimals?: number) => formatPercent(valuePercent, locale, decimals),
      date: (iso: string) => formatIsoDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
    }),
    [locale],
  );
}
