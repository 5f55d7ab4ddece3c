import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR } from '@lcm/contracts';
import type { ImportProblemCode } from './types';

export type YearParse =
  | { ok: true; year: number; timeDetail: string | null }
  | { ok: false; code: Extract<ImportProblemCode, 'BAD_YEAR' | 'QUARTER'>; message: string };

export type NumberParse =
  | { ok: true; value: number | null }
  | {
      ok: false;
      code: Extract<ImportProblemCode, 'BAD_NUMBER' | 'NOT_FINITE' | 'DECIMAL_COMMA' | 'THOUSANDS_SEPARATOR'>;
      message: string;
    };

const PLAIN_YEAR = /^\d{4}$/;
/** `2009/10`, `2018/2019`, `2009-10` is not accepted (it reads as October 2009). */
const ACADEMIC_YEAR = /^(\d{4})\s*\/\s*(\d{2}|\d{4})$/;
/** `2010 to 2011`, `2010-2011`, `2010 – 2011`. */
const YEAR_RANGE = /^(\d{4})\s*(?:to|-|–|—)\s*(\d{4})$/i;
/** `2001 Q3`, `2001-Q3`, `2001Q3`, `Q3 2001`. */
const QUARTER = /^(?:(\d{4})\s*-?\s*Q([1-4])|Q([1-4])\s*-?\s*(\d{4}))$/i;
/** `2020-03`, `2020-M03`, `2020-W12`, `2020-03-31`, `2020-S1`: periods shorter than a year. */
const SUB_YEAR = /^(\d{4})-(?:M?\d{2}|W\d{2}|S[12]|\d{2}-\d{2})$/i;
/** SDMX writes a yearly period as `2020-A1`. */
const SDMX_YEAR = /^(\d{4})-A1$/i;

const YEAR_FORMS = 'a year such as 2021, an academic year such as 2020/21, or a range such as 2020 to 2021';

/**
 * Reads the period of a yearly value. Academic years and ranges count for their first year, and the
 * text as written is kept as time detail; quarters and shorter periods are refused, since every
 * indicator of the framework takes one value per year.
 */
export function parseYear(raw: string): YearParse {
  const text = raw.trim();
  if (text === '')
    return { ok: false, code: 'BAD_YEAR', message: `The year is missing: write ${YEAR_FORMS}.` };
  let start: number;
  let timeDetail: string | null = null;
  // Plain years first: nearly every row of a big file has one.
  const plain = PLAIN_YEAR.test(text);
  const sdmxYear = plain ? null : SDMX_YEAR.exec(text);
  const academic = plain || sdmxYear ? null : ACADEMIC_YEAR.exec(text);
  const range = plain || sdmxYear || academic ? null : YEAR_RANGE.exec(text);
  if (plain) {
    start = Number(text);
  } else if (sdmxYear) {
    start = Number(sdmxYear[1]);
  } else if (academic) {
    start = Number(academic[1]);
    const endText = academic[2] ?? '';
    if (endText.length === 4 && Number(endText) <= start) {
      return {
        ok: false,
        code: 'BAD_YEAR',
        message: `'${text}' is not an academic year: the second year must follow the first.`,
      };
    }
    timeDetail = text;
  } else if (range) {
    start = Number(range[1]);
    if (Number(range[2]) <= start) {
      return {
        ok: false,
        code: 'BAD_YEAR',
        message: `'${text}' is not a range of years: the second year must follow the first.`,
      };
    }
    timeDetail = text;
  } else {
    const quarter = QUARTER.exec(text);
    if (quarter) {
      const year = quarter[1] ?? quarter[4];
      return {
        ok: false,
        code: 'QUARTER',
        message: `'${text}' is a quarter, but indicators take one value per year: give the value for the whole year ${year} instead.`,
      };
    }
    const subYear = SUB_YEAR.exec(text);
    if (subYear) {
      return {
        ok: false,
        code: 'QUARTER',
        message: `'${text}' is a period shorter than a year, but indicators take one value per year: give the value for the whole year ${subYear[1]} instead.`,
      };
    }
    return { ok: false, code: 'BAD_YEAR', message: `'${text}' is not a year: write ${YEAR_FORMS}.` };
  }
  if (start < FIRST_REPORTING_YEAR || start > LAST_REPORTING_YEAR) {
    return {
      ok: false,
      code: 'BAD_YEAR',
      message: `${text} is outside the reporting years ${FIRST_REPORTING_YEAR} to ${LAST_REPORTING_YEAR}.`,
    };
  }
  return { ok: true, year: start, timeDetail };
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** `1,234`, `1,234,567.5`: commas every three digits. */
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** `1 234`, `1 234 567,5` with ordinary, no-break or thin spaces, or apostrophes (`1'234`). */
const SPACE_THOUSANDS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009']\d{3})+(?:[.,]\d+)?$/;
/** `1.234.567`: dots every three digits, more than once. */
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
const NOT_A_NUMBER = /^[+-]?(?:nan|inf|infinity)$/i;

/**
 * Reads a value cell: a plain number with a dot as decimal mark (surrounding spaces ignored);
 * blank means missing (null). Decimal commas and thousands separators are refused with words that
 * say how to write the number, since `1,234` could mean either.
 */
export function parseNumber(raw: string): NumberParse {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (PLAIN_NUMBER.test(text)) {
    const value = Number(text);
    if (!Number.isFinite(value)) {
      return { ok: false, code: 'NOT_FINITE', message: `'${text}' is too large to be stored as a number.` };
    }
    return { ok: true, value };
  }
  if (NOT_A_NUMBER.test(text)) {
    return {
      ok: false,
      code: 'NOT_FINITE',
      message: `'${text}' is not a number. Leave the value empty and mark it missing (status M) if there is none.`,
    };
  }
  if (DECIMAL_COMMA.test(text)) {
    if (COMMA_THOUSANDS.test(text)) return ambiguousComma(text);
    return {
      ok: false,
      code: 'DECIMAL_COMMA',
      message: `'${text}' uses a decimal comma: write it with a dot, as ${text.replace(',', '.')}.`,
    };
  }
  if (COMMA_THOUSANDS.test(text) || SPACE_THOUSANDS.test(text) || DOT_THOUSANDS.test(text)) {
    return {
      ok: false,
      code: 'THOUSANDS_SEPARATOR',
      message: `'${text}' has a thousands separator: write the number without it, as ${withoutSeparators(text)}.`,
    };
  }
  return { ok: false, code: 'BAD_NUMBER', message: `'${text}' is not a number.` };
}

function ambiguousComma(text: string): NumberParse {
  return {
    ok: false,
    code: 'THOUSANDS_SEPARATOR',
    message:
      `'${text}' has a comma, which may be a thousands separator or a decimal comma: write the number ` +
      'without thousands separators and with a dot as decimal mark.',
  };
}

function withoutSeparators(text: string): string {
  if (COMMA_THOUSANDS.test(text)) return text.replace(/,/g, '');
  // With dots or spaces as separators, the decimal mark (if any) is a comma.
  const grouped = DOT_THOUSANDS.test(text)
    ? text.replace(/\./g, '')
    : text.replace(/[ \u00a0\u202f\u2009']/g, '');
  return grouped.replace(',', '.');
}
