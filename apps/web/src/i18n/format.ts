/** Locale-aware formatting of numbers and dates; pure so that it can be tested without a browser. */

/**
 * The Intl locale for a UI language. Arabic keeps Western digits (0–9), as United Nations Arabic
 * documents do: years, codes such as KF.2.4 and values then read alike in the same sentence.
 */
export function formatLocale(language: string): string {
  return language === 'ar' || language.startsWith('ar-') ? 'ar-u-nu-latn' : language;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, decimals: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${decimals ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      decimals === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** Formats a value; with `decimals` it shows exactly that many decimal places. */
export function formatNumber(value: number, locale: string, decimals?: number): string {
  return numberFormat(locale, decimals).format(value);
}

/** A value in percent (29.5 means 29.5 %), with the language's percent sign and spacing. */
export function formatPercent(valuePercent: number, locale: string, decimals?: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 1,
  }).format(valuePercent / 100);
}

/** A moment (ISO timestamp) as a medium date with the time, in the reader's time zone. */
export function formatDateTime(iso: string, locale: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(moment);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Formats an ISO date (YYYY-MM-DD) as a long date, without any time-zone shift. */
export function formatIsoDate(iso: string, locale: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The year of an ISO date, or null when the text is not a date. */
export function yearOfIsoDate(iso: string | null): number | null {
  if (!iso) return null;
  const match = ISO_DATE.exec(iso);
  return match ? Number(match[1]) : null;
}

/** Years as compact ranges, oldest first: [2024, 2016, 2017, 2018, 2021] → "2016–2018, 2021, 2024". */
export function formatYearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start: number | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const year = sorted[i]!;
    start ??= year;
    const next = sorted[i + 1];
    if (next !== year + 1) {
      ranges.push(start === year ? String(year) : `${start}–${year}`);
      start = undefined;
    }
  }
  return ranges.join(', ');
}
