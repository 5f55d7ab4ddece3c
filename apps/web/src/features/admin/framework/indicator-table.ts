import type { IndicatorDto } from '@lcm/contracts';

/** How a range reads in the table; the words come from the caller, so this stays free of i18n. */
export type RangeText =
  | { kind: 'between'; from: string; to: string }
  | { kind: 'atLeast'; from: string }
  | { kind: 'atMost'; to: string }
  | { kind: 'any' };

type FormatNumber = (value: number, decimals?: number) => string;

/** The valid range of an indicator's values, with its own decimals. */
export function validRange(indicator: IndicatorDto, format: FormatNumber): RangeText {
  const { minValue: min, maxValue: max } = indicator;
  const number = (value: number) => format(value, Number.isInteger(value) ? 0 : indicator.decimals);
  if (min !== null && max !== null) return { kind: 'between', from: number(min), to: number(max) };
  if (min !== null) return { kind: 'atLeast', from: number(min) };
  if (max !== null) return { kind: 'atMost', to: number(max) };
  return { kind: 'any' };
}

/** Indicators in code order, filtered by code or name. */
export function filterIndicators(indicators: readonly IndicatorDto[], text: string): IndicatorDto[] {
  const wanted = text.trim().toLowerCase();
  return indicators
    .filter((i) => i.code.toLowerCase().includes(wanted) || i.name.toLowerCase().includes(wanted))
    .sort((a, b) => a.code.localeCompare(b.code));
}
