import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorDto } from '@lcm/contracts';
import {
  DEFAULT_LABEL_MAPPINGS,
  exchangeIndicator,
  parseImportText,
  type ExchangeContext,
  type ImportProblem,
  type ParsedImport,
} from '.';

/*
 * Every real file of the UK (ONS) and Bristol Open SDG platforms, read from disk as published, imported
 * into Bristol with the default label mappings and the framework's indicators as seeded
 * (apps/api/src/seed/reference/indicators.ts): the SDG 4, 5.b, 8.6 and 11.6 indicators these files touch.
 */

type Seeded = Pick<
  IndicatorDto,
  | 'code'
  | 'unit'
  | 'minValue'
  | 'maxValue'
  | 'dimensions'
  | 'aggregation'
  | 'sdgSeriesCode'
  | 'frameworkNodes'
>;
const percent = (
  code: string,
  sdg: string,
  series: string | null,
  dimensions: Seeded['dimensions'],
): Seeded => ({
  code,
  unit: 'PT',
  minValue: 0,
  maxValue: 100,
  aggregation: 'share',
  dimensions,
  sdgSeriesCode: series,
  frameworkNodes: [`SDG.${sdg}`],
});
const parity = (code: string, series: string): Seeded => ({
  code,
  unit: 'RATIO',
  minValue: 0,
  maxValue: 2,
  aggregation: 'none',
  dimensions: [],
  sdgSeriesCode: series,
  frameworkNodes: ['SDG.4.5.1'],
});
const SEX_URB: Seeded['dimensions'] = ['SEX', 'URBANISATION'];
const SEX_AGE_URB: Seeded['dimensions'] = ['SEX', 'AGE', 'URBANISATION'];

const SEEDED: Seeded[] = [
  percent('SDG_4_1_1_PRIM_READ', '4.1.1', 'SE_TOT_PRFL', SEX_URB),
  percent('SDG_4_1_1_PRIM_MATH', '4.1.1', 'SE_TOT_PRFL', SEX_URB),
  percent('SDG_4_1_1_LSEC_READ', '4.1.1', 'SE_TOT_PRFL', SEX_URB),
  percent('SDG_4_1_1_LSEC_MATH', '4.1.1', 'SE_TOT_PRFL', SEX_URB),
  percent('SDG_4_1_2_PRIM', '4.1.2', 'SE_TOT_CPLR', SEX_URB),
  percent('SDG_4_1_2_LSEC', '4.1.2', 'SE_TOT_CPLR', SEX_URB),
  percent('SDG_4_1_2_USEC', '4.1.2', 'SE_TOT_CPLR', SEX_URB),
  percent('SDG_4_2_2', '4.2.2', 'SE_PRE_PARTN', SEX_URB),
  percent('SDG_4_3_1', '4.3.1', 'SE_ADT_EDUCTRN', ['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS']),
  {
    code: 'LC_2_2_ENR',
    unit: 'NUMBER',
    minValue: 0,
    maxValue: null,
    aggregation: 'sum',
    dimensions: SEX_URB,
    sdgSeriesCode: null,
    frameworkNodes: ['KF.2.2', 'SDG.4.3.1'],
  },
  percent('LC_2_3_JTR', '4.3.1', null, SEX_AGE_URB),
  percent('SDG_4_4_1', '4.4.1', 'SE_ADT_ACTS', SEX_AGE_URB),
  parity('SDG_4_5_1_LSEC_GPI', 'SE_AGP_CPRA'),
  parity('SDG_4_5_1_LSEC_LPI', 'SE_ALP_CPLR'),
  percent('SDG_4_6_1_LIT', '4.6.1', 'SE_ADT_FUNS', SEX_AGE_URB),
  percent('SDG_4_6_1_NUM', '4.6.1', 'SE_ADT_FUNS', SEX_AGE_URB),
  percent('SDG_5_B_1', '5.b.1', 'IT_MOB_OWN', SEX_AGE_URB),
  percent('SDG_8_6_1', '8.6.1', 'SL_TLF_NEET', SEX_URB),
  {
    code: 'SDG_11_6_2',
    unit: 'UG_M3',
    minValue: 0,
    maxValue: 250,
    aggregation: 'share',
    dimensions: [],
    sdgSeriesCode: 'EN_ATM_PM25',
    frameworkNodes: ['KF.1.3', 'SDG.11.6.2', 'ISO.8'],
  },
];

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'fixtures');

function importFile(
  folder: 'ons-sdg-data' | 'bristol-sdg-data',
  fileName: string,
  extra: Partial<ExchangeContext> = {},
) {
  const context: ExchangeContext = {
    indicators: SEEDED.map(exchangeIndicator),
    dimensionCodes: {
      SEX: ['F', 'M', '_T'],
      AGE: ['Y15T24', 'Y25T64', 'Y_GE65', '_T'],
      URBANISATION: ['U', 'R', '_T'],
      DISABILITY_STATUS: ['PD', 'PWD', '_T'],
    },
    labelMappings: DEFAULT_LABEL_MAPPINGS,
    city: { slug: 'bristol', name: 'Bristol', countryIso3: 'GBR' },
    fileName,
    ...extra,
  };
  return parseImportText(readFileSync(join(FIXTURES, folder, 'data', fileName), 'utf8'), context);
}

/** How many problems of each code, and how many distinct rows were refused. */
function summary(outcome: ParsedImport) {
  const codes: Record<string, number> = {};
  for (const problem of outcome.problems) codes[problem.code] = (codes[problem.code] ?? 0) + 1;
  const rejected = new Set(outcome.problems.flatMap((p) => (p.row === null ? [] : [p.row]))).size;
  return {
    format: outcome.format,
    rows: outcome.rows,
    accepted: outcome.observations.length,
    rejected,
    codes,
  };
}

const problemsOfRow = (outcome: ParsedImport, row: number): Omit<ImportProblem, 'row'>[] =>
  outcome.problems
    .filter((p) => p.row === row)
    .map(({ column, code, message }) => ({ column, code, message }));

const sum = (values: (number | null)[]) =>
  Math.round(values.reduce<number>((a, b) => a + (b ?? 0), 0) * 1e6) / 1e6;

const TESTED = {
  'ons-sdg-data': [
    'indicator_11-6-2.csv',
    'indicator_2-2-1.csv',
    'indicator_4-1-2.csv',
    'indicator_4-2-2.csv',
    'indicator_4-3-1.csv',
    'indicator_4-4-1.csv',
    'indicator_4-6-1.csv',
    'indicator_5-b-1.csv',
    'indicator_8-6-1.csv',
  ],
  'bristol-sdg-data': [
    'indicator_11-6-2.csv',
    'indicator_4-1-1.csv',
    'indicator_4-2-2.csv',
    'indicator_4-3-1.csv',
    'indicator_4-4-1.csv',
    'indicator_4-5-1.csv',
    'indicator_4-6-1.csv',
    'indicator_8-6-1.csv',
  ],
};

it('covers every fixture file on disk', () => {
  for (const [folder, files] of Object.entries(TESTED)) {
    expect(readdirSync(join(FIXTURES, folder, 'data')).sort()).toEqual([...files].sort());
  }
});

describe('Bristol’s own Open SDG files imported into Bristol', () => {
  it('4-3-1: all 16 yearly values, as written', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_4-3-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 16,
      accepted: 16,
      rejected: 0,
      codes: {},
    });
    expect(outcome.observations.map((o) => o.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2004 + i));
    expect(sum(outcome.observations.map((o) => o.value))).toBe(669.8);
    expect(outcome.observations[0]).toEqual({
      row: 2,
      indicatorCode: 'SDG_4_3_1',
      year: 2004,
      timeDetail: null,
      sex: '_T',
      age: '_T',
      urbanisation: '_T',
      disabilityStatus: '_T',
      value: 34.3,
      status: 'A',
      unit: 'PT',
      source: null,
      comment: null,
      action: 'M',
    });
  });

  it('4-6-1: `Gender` is the sex column and `Boy`/`Girl` its labels, once the indicator is chosen', () => {
    const unchosen = importFile('bristol-sdg-data', 'indicator_4-6-1.csv');
    expect(unchosen.problems).toEqual([
      {
        row: 1,
        column: null,
        code: 'AMBIGUOUS_INDICATOR',
        message:
          'SDG indicator 4.6.1 is measured by several indicators of the framework (SDG_4_6_1_LIT, SDG_4_6_1_NUM): ' +
          'choose the one this file is for.',
      },
    ]);
    expect(unchosen.observations).toEqual([]);

    const outcome = importFile('bristol-sdg-data', 'indicator_4-6-1.csv', { indicatorCode: 'SDG_4_6_1_LIT' });
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 27,
      accepted: 27,
      rejected: 0,
      codes: {},
    });
    expect(outcome.observations.slice(0, 3).map((o) => [o.year, o.timeDetail, o.sex, o.value])).toEqual([
      [2018, '2018/2019', 'M', 55.6],
      [2018, '2018/2019', 'F', 63.9],
      [2018, '2018/2019', '_T', 59.7],
    ]);
    expect(outcome.observations.filter((o) => o.sex === 'M')).toHaveLength(9);
    expect(outcome.observations.filter((o) => o.sex === 'F')).toHaveLength(9);
    expect(sum(outcome.observations.map((o) => o.value))).toBe(1529.5);
    expect(outcome.conflicts).toEqual([]);
  });

  it('4-2-2: the trailing space of `70 ` is no problem, the age labels are', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_4-2-2.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 32,
      accepted: 0,
      rejected: 32,
      codes: { UNKNOWN_LABEL: 32 },
    });
    // Row 4 is `2017,2 year olds,Percentage,70 `: its only problem is the age label.
    expect(problemsOfRow(outcome, 4)).toEqual([
      {
        column: 'Age',
        code: 'UNKNOWN_LABEL',
        message:
          "'2 year olds' is not a known age group (AGE) label: use a known one, or an administrator can add it under label mappings.",
      },
    ]);
  });

  it('8-6-1: rows in descending year order keep their order; `Age 16` is not an age group', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_8-6-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 21,
      accepted: 3,
      rejected: 18,
      codes: { UNKNOWN_LABEL: 18 },
    });
    expect(outcome.observations.map((o) => [o.row, o.indicatorCode, o.year, o.value])).toEqual([
      [2, 'SDG_8_6_1', 2020, 82.6],
      [3, 'SDG_8_6_1', 2019, 90],
      [4, 'SDG_8_6_1', 2018, 88.7],
    ]);
    expect(problemsOfRow(outcome, 5)[0]?.message).toContain("'Age 16' is not a known age group (AGE) label");
  });

  it('11-6-2: the totals are imported; the anthropogenic split is an unknown column', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_11-6-2.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 30,
      accepted: 10,
      rejected: 20,
      codes: { UNKNOWN_COLUMN: 20 },
    });
    expect(outcome.observations.map((o) => o.year)).toEqual(Array.from({ length: 10 }, (_, i) => 2010 + i));
    expect(outcome.observations.every((o) => o.indicatorCode === 'SDG_11_6_2' && o.unit === 'UG_M3')).toBe(
      true,
    );
    expect(sum(outcome.observations.map((o) => o.value))).toBe(105.8036);
    expect(problemsOfRow(outcome, 3)).toEqual([
      {
        column: 'Anthropogenic component',
        code: 'UNKNOWN_COLUMN',
        message:
          "The column 'Anthropogenic component' is not one the importer knows, so this row's 'non-anthropogenic' " +
          'cannot be imported: remove the column or leave it blank, or an administrator can add it under label mappings.',
      },
    ]);
  });

  it('4-4-1: the `Group` column is unknown, so no row is imported', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_4-4-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 18,
      accepted: 0,
      rejected: 18,
      codes: { UNKNOWN_COLUMN: 18 },
    });
  });

  it('4-1-1: `Units` and `Unit measure` both claim the unit, and 4.1.1 names four indicators', () => {
    const outcome = importFile('bristol-sdg-data', 'indicator_4-1-1.csv');
    expect(outcome.rows).toBe(102);
    expect(outcome.observations).toEqual([]);
    expect(outcome.problems).toEqual([
      {
        row: 1,
        column: null,
        code: 'DUPLICATE_COLUMN',
        message: "The columns 'Units' and 'Unit measure' both give the unit: keep one.",
      },
      {
        row: 1,
        column: null,
        code: 'AMBIGUOUS_INDICATOR',
        message:
          'SDG indicator 4.1.1 is measured by several indicators of the framework (SDG_4_1_1_PRIM_READ, ' +
          'SDG_4_1_1_PRIM_MATH, SDG_4_1_1_LSEC_READ, SDG_4_1_1_LSEC_MATH): choose the one this file is for.',
      },
    ]);
  });

  it('4-5-1: blank values are missing, not errors; Level and Subject are unknown columns', () => {
    const unchosen = importFile('bristol-sdg-data', 'indicator_4-5-1.csv');
    expect(unchosen.problems.map((p) => p.code)).toEqual(['AMBIGUOUS_INDICATOR']);

    const outcome = importFile('bristol-sdg-data', 'indicator_4-5-1.csv', {
      indicatorCode: 'SDG_4_5_1_LSEC_GPI',
    });
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 90,
      accepted: 0,
      rejected: 90,
      codes: { UNKNOWN_COLUMN: 72 + 72, UNKNOWN_LABEL: 90 },
    });
    // Row 2 has a blank value: only its columns and unit are reported, never the value.
    expect(problemsOfRow(outcome, 2).map((p) => p.column)).toEqual(['Unit', 'Level', 'Subject']);
  });
});

describe('UK national (ONS) Open SDG files imported into Bristol', () => {
  it('4-3-1: reports its two groups of 11 rows with the same key and different values', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-3-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 90,
      accepted: 0,
      rejected: 90,
      codes: { UNKNOWN_LABEL: 90 + 4 + 4, UNKNOWN_COLUMN: 50, WRONG_CITY: 90 },
    });
    expect(outcome.conflicts.map((c) => c.rows.map((r) => r.row))).toEqual([
      [40, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65],
      [66, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91],
    ]);
    expect(outcome.conflicts[0]?.rows.map((r) => r.value)).toEqual([
      '10.4 (Normal value)',
      '14.5 (Normal value)',
      '14.0 (Normal value)',
      '9.2 (Normal value)',
      '90.1 (Normal value)',
      '0.7 (Normal value)',
      '1.6 (Normal value)',
      '3.3 (Normal value)',
      '8.3 (Normal value)',
      '7.5 (Normal value)',
      '12.0 (Normal value)',
    ]);
    // `£` and commas inside quoted cells are read as text of one cell.
    expect(problemsOfRow(outcome, 47).map((p) => p.message)).toContainEqual(
      expect.stringContaining("'Less than £14,999' cannot be imported"),
    );
  });

  it('2-2-1: the indicator is not in the framework', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_2-2-1.csv');
    expect(outcome.rows).toBe(429);
    expect(outcome.problems).toEqual([
      {
        row: 1,
        column: null,
        code: 'INDICATOR_NOT_IN_FRAMEWORK',
        message: 'SDG indicator 2.2.1 is not in the framework, so its values cannot be imported.',
      },
    ]);
  });

  it('4-1-2: its series texts are not linked to indicators', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-1-2.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 46,
      accepted: 0,
      rejected: 46,
      codes: { UNKNOWN_LABEL: 46 },
    });
    expect(problemsOfRow(outcome, 2)).toEqual([
      {
        column: 'Series',
        code: 'UNKNOWN_LABEL',
        message:
          "The series 'Primary education' is not linked to an indicator of the framework: an administrator can add " +
          'it under label mappings (series → SDG series code or indicator code).',
      },
    ]);
  });

  it('4-2-2: blank values marked `Missing data` are understood; other areas and ages are refused', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-2-2.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 5190,
      accepted: 0,
      rejected: 5190,
      codes: { UNKNOWN_LABEL: 4215, WRONG_CITY: 5190 },
    });
    // Row 2: `2011,2,,,Percentage (%),Missing data,,` — no complaint about its blank value or status.
    expect(problemsOfRow(outcome, 2).map((p) => p.column)).toEqual(['Age', 'Region']);
    expect(outcome.problems.filter((p) => p.column === 'Observation status')).toHaveLength(7);
    expect(problemsOfRow(outcome, 867)).toEqual([
      {
        column: 'Region',
        code: 'WRONG_CITY',
        message:
          "This row is about 'South West' / 'Bristol, City of' / 'E12000009', but the file is imported for Bristol: " +
          'only rows about Bristol can be imported here.',
      },
    ]);
  });

  it('4-2-2: with the local authority name as one of Bristol’s area codes, Bristol’s totals are imported', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-2-2.csv', {
      city: { slug: 'bristol', name: 'Bristol', countryIso3: 'GBR', areaCodes: ['Bristol, City of'] },
    });
    expect(outcome.observations.map((o) => [o.row, o.year, o.value, o.status])).toEqual([
      [867, 2018, 90.1, 'A'],
      [1687, 2019, 88.7, 'A'],
      [2507, 2020, 87.3, 'A'],
      [3322, 2021, 83.4, 'A'],
      [4142, 2022, 87.8, 'A'],
      [4962, 2023, 85.1, 'A'],
    ]);
  });

  it('4-4-1: skills are an unknown column and the GSS disability labels are not mapped', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-4-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 278,
      accepted: 0,
      rejected: 278,
      codes: { UNKNOWN_COLUMN: 278, UNKNOWN_LABEL: 75 },
    });
  });

  it('4-6-1: 4.6.1 names two indicators', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-6-1.csv');
    expect(outcome.rows).toBe(117);
    expect(outcome.problems.map((p) => p.code)).toEqual(['AMBIGUOUS_INDICATOR']);
  });

  it('4-6-1 with the literacy indicator chosen: `2009/10` is a year, the subject column is unknown', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_4-6-1.csv', { indicatorCode: 'SDG_4_6_1_LIT' });
    expect(summary(outcome).codes).toEqual({ UNKNOWN_COLUMN: 117 });
    expect(new Set(outcome.problems.map((p) => p.column))).toEqual(new Set(['Educational subject']));
  });

  it('5-b-1: series, overlapping age bands and areas are reported', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_5-b-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 828,
      accepted: 0,
      rejected: 828,
      codes: { UNKNOWN_LABEL: 828 + 29 + 12 + 17, UNKNOWN_COLUMN: 260, WRONG_CITY: 828 },
    });
    // `55 to 64` and `55 and over` overlap: neither is an age group of the framework.
    const ages = outcome.problems.filter((p) => p.column === 'Age').map((p) => p.message.split("'")[1]);
    expect([...new Set(ages)].sort()).toEqual(['35 to 54', '55 and over', '55 to 64']);
  });

  it('8-6-1: quarters are refused for a yearly indicator', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_8-6-1.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 1917,
      accepted: 0,
      rejected: 1917,
      codes: { QUARTER: 1539, UNKNOWN_LABEL: 1539 + 1278, UNKNOWN_COLUMN: 1917 },
    });
    expect(problemsOfRow(outcome, 341)).toContainEqual({
      column: 'Year',
      code: 'QUARTER',
      message:
        "'2001 Q3' is a quarter, but indicators take one value per year: give the value for the whole year 2001 instead.",
    });
  });

  it('11-6-2: only Bristol’s PM2.5 rows are imported; `City`/`city` are not urbanisation labels', () => {
    const outcome = importFile('ons-sdg-data', 'indicator_11-6-2.csv');
    expect(summary(outcome)).toEqual({
      format: 'open-sdg-csv',
      rows: 842,
      accepted: 7,
      rejected: 835,
      codes: { WRONG_CITY: 827, UNKNOWN_LABEL: 361 + 20 },
    });
    expect(outcome.observations.map((o) => [o.row, o.year, o.value])).toEqual([
      [57, 2010, 14.21],
      [58, 2013, 12.81],
      [59, 2015, 10.25],
      [60, 2016, 11.66],
      [61, 2017, 9.65],
      [62, 2018, 12.04],
      [63, 2019, 10.76],
    ]);
    const urbanisation = outcome.problems
      .filter((p) => p.column === 'Urbanisation')
      .map((p) => p.message.split("'")[1]);
    expect(urbanisation.filter((label) => label === 'City')).toHaveLength(9);
    expect(urbanisation.filter((label) => label === 'city')).toHaveLength(1);
    expect(urbanisation.filter((label) => label === 'Town')).toHaveLength(10);
  });
});
