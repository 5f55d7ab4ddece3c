import {
  createRowMapper,
  DEFAULT_LABEL_MAPPINGS,
  parseImportText,
  type ExchangeContext,
  type ExchangeIndicator,
  type ParsedImport,
} from '.';

const indicator = (
  code: string,
  sdg: string,
  series: string | null,
  dimensions: ExchangeIndicator['dimensions'],
  unit = 'PT',
): ExchangeIndicator => ({
  code,
  unit,
  minValue: 0,
  maxValue: unit === 'PT' ? 100 : null,
  aggregation: unit === 'PT' ? 'share' : 'sum',
  dimensions,
  sdgIndicatorCodes: [sdg],
  sdgSeriesCode: series,
});

const CONTEXT: ExchangeContext = {
  indicators: [
    indicator('SDG_4_3_1', '4.3.1', 'SE_ADT_EDUCTRN', ['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS']),
    indicator('SDG_8_6_1', '8.6.1', 'SL_TLF_NEET', ['SEX', 'AGE', 'URBANISATION']),
    indicator('LC_2_2_ENR', '4.3.1', null, ['SEX'], 'NUMBER'),
  ],
  dimensionCodes: {
    SEX: ['F', 'M', '_T'],
    AGE: ['Y15T24', 'Y25T64', '_T'],
    URBANISATION: ['U', 'R', '_T'],
    DISABILITY_STATUS: ['PD', 'PWD', '_T'],
  },
  labelMappings: DEFAULT_LABEL_MAPPINGS,
  city: { slug: 'cork', name: 'Cork', countryIso3: 'IRL' },
};

const parse = (lines: string[], extra: Partial<ExchangeContext> = {}): ParsedImport =>
  parseImportText(lines.join('\r\n') + '\r\n', { ...CONTEXT, ...extra });

const TEMPLATE_HEADER =
  'city,indicator,indicator_name,year,time_detail,sex,age,urbanisation,disability_status,value,unit,status,source,comment';

describe('our template', () => {
  it('maps a filled row to an observation and skips rows left blank', () => {
    const outcome = parse([
      TEMPLATE_HEADER,
      'cork,SDG_4_3_1,Participation,2018,2018/2019,F,Y25T64,,,30.1,PT,E,Labour force survey,"\'=not a formula"',
      'cork,SDG_4_3_1,Participation,2018,,M,Y25T64,,,,PT,,,',
      'Cork,LC_2_2_ENR,Enrolled,2018,,,,,,,NUMBER,M,,closed',
    ]);
    expect(outcome.problems).toEqual([]);
    expect(outcome.emptyRows).toEqual([3]);
    expect(outcome.observations).toEqual([
      {
        row: 2,
        indicatorCode: 'SDG_4_3_1',
        year: 2018,
        timeDetail: '2018/2019',
        sex: 'F',
        age: 'Y25T64',
        urbanisation: '_T',
        disabilityStatus: '_T',
        value: 30.1,
        status: 'E',
        unit: 'PT',
        source: 'Labour force survey',
        comment: '=not a formula',
        action: 'M',
      },
      expect.objectContaining({
        row: 4,
        indicatorCode: 'LC_2_2_ENR',
        value: null,
        status: 'M',
        comment: 'closed',
      }),
    ]);
  });

  it('applies the rules of form entry and names the column', () => {
    const outcome = parse([
      TEMPLATE_HEADER,
      'cork,SDG_4_3_1,,2020,,F,,,,120,,,,',
      'cork,LC_2_2_ENR,,2020,,,Y15T24,,,5,,,,',
      'cork,SDG_4_3_1,,2020,,X,,,,5,,,,',
      'cork,SDG_4_3_1,,2020,,,,,,5,,Z,,',
      'cork,SDG_4_3_1,,2020,,,,,,5,NUMBER,,,',
      'dublin,SDG_4_3_1,,2020,2019/20,,,,,5,,,,',
      'cork,SDG_9_9_9,,2020,,,,,,5,,,,',
    ]);
    expect(outcome.observations).toEqual([]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.code, p.message])).toEqual([
      [2, 'value', 'INVALID', '120 is not a percentage between 0 and 100'],
      [3, 'age', 'INVALID', 'LC_2_2_ENR is not disaggregated by AGE'],
      [4, 'sex', 'INVALID', "unknown SEX code 'X'"],
      [5, 'status', 'INVALID', 'status must be one of A, E, P, M'],
      [
        6,
        'unit',
        'UNIT_MISMATCH',
        "The unit 'NUMBER' is not the unit of SDG_4_3_1 (PT): convert the values or check the indicator.",
      ],
      [
        7,
        'time_detail',
        'BAD_YEAR',
        "The time detail '2019/20' does not describe a period starting in 2020.",
      ],
      [
        7,
        'city',
        'WRONG_CITY',
        "This row is about 'dublin', but the file is imported for Cork: only rows about Cork can be imported here.",
      ],
      [
        8,
        'indicator',
        'UNKNOWN_INDICATOR',
        "'SDG_9_9_9' is not an indicator of the framework: give its code, such as SDG_4_3_1.",
      ],
    ]);
  });

  it('uses the default year for rows that leave the year blank', () => {
    const outcome = parse(['city,indicator,year,value', 'cork,SDG_4_3_1,,12'], { defaultYear: 2022 });
    expect(outcome.observations.map((o) => o.year)).toEqual([2022]);
  });

  it('treats an XLSX sheet’s rows like the CSV template', () => {
    const prepared = createRowMapper('template-xlsx', ['city', 'indicator', 'year', 'value'], CONTEXT);
    if (!prepared.ok) throw new Error('expected a mapper');
    expect(prepared.mapper.format).toBe('template-csv');
    expect(
      prepared.mapper.map({ row: 2, line: 2, fields: ['cork', 'SDG_4_3_1', '2021', '7'] }),
    ).toMatchObject({
      kind: 'observation',
      observation: { value: 7, year: 2021 },
    });
  });
});

describe('SDMX-CSV', () => {
  it('1.0: reads codes, the city as REF_AREA and the SDG series', () => {
    const outcome = parse([
      'DATAFLOW,FREQ,REF_AREA,SERIES,SEX,AGE,URBANISATION,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS',
      'UIL:DF_GNLC_CITY(1.0),A,IRL-CORK,SE_ADT_EDUCTRN,_T,Y25T64,_T,2022,28.4,PT,A,',
      'UIL:DF_GNLC_CITY(1.0),A,IRL-CORK,SE_ADT_EDUCTRN,M,Y25T64,_T,2022,26.6,PT,E,survey',
      'UIL:DF_GNLC_CITY(1.0),Q,IRL-CORK,SE_ADT_EDUCTRN,F,Y25T64,_T,2022-Q1,26.6,PT,A,',
      'UIL:DF_GNLC_CITY(1.0),A,COL-MEDELLIN,SE_ADT_EDUCTRN,F,Y25T64,_T,2022,26.6,PT,A,',
    ]);
    expect(outcome.format).toBe('sdmx-csv-1');
    expect(
      outcome.observations.map((o) => [o.row, o.indicatorCode, o.sex, o.age, o.value, o.status, o.comment]),
    ).toEqual([
      [2, 'SDG_4_3_1', '_T', 'Y25T64', 28.4, 'A', null],
      [3, 'SDG_4_3_1', 'M', 'Y25T64', 26.6, 'E', 'survey'],
    ]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'TIME_PERIOD', 'QUARTER'],
      [4, 'FREQ', 'BAD_FREQUENCY'],
      [5, 'REF_AREA', 'WRONG_CITY'],
    ]);
  });

  it('1.0 with labels: `ID: Name` headers and cells', () => {
    const outcome = parse([
      'DATAFLOW,INDICATOR: Indicator,SEX: Sex,TIME_PERIOD: Time,OBS_VALUE: Value,EDUCATION_LEV: Education level',
      'UIL:DF_GNLC_CITY(1.0),SDG_8_6_1: NEET rate,F: Female,2021,19.7,_T: Total',
      'UIL:DF_GNLC_CITY(1.0),SDG_8_6_1: NEET rate,F: Female,2020,19.7,ISCED11_3: Upper secondary',
    ]);
    expect(outcome.observations.map((o) => [o.indicatorCode, o.sex, o.year])).toEqual([
      ['SDG_8_6_1', 'F', 2021],
    ]);
    expect(outcome.problems).toEqual([
      {
        row: 3,
        column: 'EDUCATION_LEV: Education level',
        code: 'UNKNOWN_COLUMN',
        message:
          "The framework has no breakdown by EDUCATION_LEV: Education level: only totals (_T or blank) can be imported, not 'ISCED11_3'.",
      },
    ]);
  });

  it('2.0: merge, replace and delete; NaN is a missing value; the series must match the indicator', () => {
    const outcome = parse([
      'STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,SERIES,AGE,URBANISATION,TIME_PERIOD,OBS_VALUE,OBS_STATUS',
      'dataflow,UIL:DF_GNLC_CITY(1.0.0),M,IRL-CORK,SDG_8_6_1,SL_TLF_NEET,Y15T24,U,2023,19.7,A',
      'dataflow,UIL:DF_GNLC_CITY(1.0.0),R,IRL-CORK,SDG_8_6_1,,Y15T24,R,2023,NaN,',
      'dataflow,UIL:DF_GNLC_CITY(1.0.0),D,IRL-CORK,SDG_8_6_1,,Y15T24,_T,2019,,',
      'dataflow,UIL:DF_GNLC_CITY(1.0.0),X,IRL-CORK,SDG_8_6_1,,,,2019,1,',
      'dataflow,UIL:DF_GNLC_CITY(1.0.0),M,IRL-CORK,SDG_8_6_1,SE_ADT_EDUCTRN,,,2019,1,',
    ]);
    expect(outcome.observations.map((o) => [o.action, o.urbanisation, o.year, o.value, o.status])).toEqual([
      ['M', 'U', 2023, 19.7, 'A'],
      ['R', 'R', 2023, null, 'M'],
      ['D', '_T', 2019, null, 'M'],
    ]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [5, 'ACTION', "'X' is not an SDMX action: use M (merge), R (replace) or D (delete)."],
      [
        6,
        'SERIES',
        "The series 'SE_ADT_EDUCTRN' does not belong to the indicator SDG_8_6_1 (series SL_TLF_NEET).",
      ],
    ]);
  });

  it('needs the period, the value and the indicator', () => {
    expect(parse(['DATAFLOW,REF_AREA,OBS_VALUE', 'x,IRL-CORK,1']).problems.map((p) => p.message)).toEqual([
      'The column TIME_PERIOD is missing from the first row.',
      'The column INDICATOR (our indicator code) or SERIES (SDG series code) is missing from the first row.',
    ]);
  });
});

describe('Open SDG CSV', () => {
  const header = 'Year,Series,Sex,Age,Observation status,Units,Value';

  it('reads a blank value marked `Missing data` as missing, and refuses a value marked missing', () => {
    const outcome = parse(
      [
        header,
        '2011,,,,Missing data,Percentage (%),',
        '2012,,,,,,',
        '2013,,,,Missing data,,12',
        '2014,,,,Normal value,,',
      ],
      { fileName: 'uploads/indicator_8-6-1.csv' },
    );
    expect(outcome.observations.map((o) => [o.row, o.indicatorCode, o.year, o.value, o.status])).toEqual([
      [2, 'SDG_8_6_1', 2011, null, 'M'],
      [3, 'SDG_8_6_1', 2012, null, 'M'],
    ]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [4, 'Value', 'a value marked M (missing) must be empty'],
      [5, 'Value', 'a value is required unless the status is M (missing)'],
    ]);
  });

  it('refuses a series of another indicator than the file name’s', () => {
    const outcome = parse([header, '2020,SL_TLF_NEET,,,,,18.5'], { fileName: 'indicator_4-3-1.csv' });
    expect(outcome.problems.map((p) => p.message)).toEqual([
      "The series 'SL_TLF_NEET' belongs to the indicator SDG_8_6_1, but this file is for SDG_4_3_1.",
    ]);
  });

  it('finds the indicator from a series text, an SDG series code or our own code', () => {
    const outcome = parse(
      [
        header,
        '2020,"Proportion of youth not in education, employment or training",Girls,15 to 24,,,20.5',
        '2020,SL_TLF_NEET,Boys,15 to 24,,,18.5',
        '2020,SDG_4_3_1,,,,,30',
        '2020,Proportion of youth (quarterly),,,,,30',
        '2020,,,,,,30',
      ],
      { fileName: 'upload.csv' },
    );
    expect(outcome.observations.map((o) => [o.indicatorCode, o.sex, o.age])).toEqual([
      ['SDG_8_6_1', 'F', 'Y15T24'],
      ['SDG_8_6_1', 'M', 'Y15T24'],
      ['SDG_4_3_1', '_T', '_T'],
    ]);
    expect(outcome.problems.map((p) => [p.row, p.code])).toEqual([
      [5, 'UNKNOWN_LABEL'],
      [6, 'NO_INDICATOR'],
    ]);
  });

  it('reports two labels of one code as a conflict when their values differ', () => {
    const outcome = parse(
      ['Year,Sex,Value', '2020,Boys,10', '2020,Male,11', '2020,Girls,12', '2020,Female,12'],
      {
        fileName: 'indicator_4-3-1.csv',
      },
    );
    expect(outcome.conflicts).toEqual([
      {
        conflictKey: 'SDG_4_3_1|2020|M|_T|_T|_T',
        rows: [
          { row: 2, value: '10' },
          { row: 3, value: '11' },
        ],
        indicatorCode: 'SDG_4_3_1',
        year: 2020,
        disaggregation: { SEX: 'M', AGE: '_T', URBANISATION: '_T', DISABILITY_STATUS: '_T' },
      },
    ]);
  });

  it('refuses a file whose indicator it cannot tell, unless the user chose one', () => {
    expect(parse(['Year,Value', '2020,1'], { fileName: 'upload.csv' }).problems.map((p) => p.code)).toEqual([
      'NO_INDICATOR',
    ]);
    expect(
      parse(['Year,Value', '2020,1'], { fileName: 'upload.csv', indicatorCode: 'SDG_4_3_1' }).observations,
    ).toHaveLength(1);
  });

  it('refuses two columns for the same dimension and repeated column names', () => {
    const context = { ...CONTEXT, fileName: 'indicator_4-3-1.csv' };
    expect(createRowMapper('open-sdg-csv', ['Year', 'Sex', 'Gender', 'Value'], context)).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          column: null,
          code: 'DUPLICATE_COLUMN',
          message: "The columns 'Sex' and 'Gender' both give the sex: keep one.",
        },
      ],
    });
    expect(createRowMapper('open-sdg-csv', ['Year', 'Group', 'group ', 'Value'], context)).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'DUPLICATE_COLUMN',
          message: "The columns 'Group' and 'group' have the same name: keep one.",
        },
      ],
    });
  });
});

describe('bad input', () => {
  const template = (value: string) => parse(['city,indicator,year,value', `cork,SDG_4_3_1,2020,${value}`]);

  it('an empty file', () => {
    expect(parseImportText('', CONTEXT).problems).toEqual([
      { row: null, column: null, code: 'EMPTY_FILE', message: 'The file is empty.' },
    ]);
    expect(parseImportText('\uFEFF\r\n\r\n', CONTEXT).problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
  });

  it('a header only', () => {
    expect(parseImportText('city,indicator,year,value\r\n', CONTEXT)).toEqual({
      format: 'template-csv',
      rows: 0,
      observations: [],
      problems: [
        {
          row: null,
          column: null,
          code: 'HEADER_ONLY',
          message: 'The file has a first row of column names but no data rows.',
        },
      ],
      emptyRows: [],
      conflicts: [],
    });
  });

  it('a 2 MB line', () => {
    const outcome = parseImportText(
      `city,indicator,year,value\ncork,SDG_4_3_1,2020,${'1'.repeat(2_200_000)}\n`,
      CONTEXT,
    );
    expect(outcome.observations).toEqual([]);
    expect(outcome.problems.map((p) => [p.row, p.code])).toEqual([[2, 'RECORD_TOO_LONG']]);
  });

  it('broken quoting', () => {
    const outcome = parseImportText(
      'city,indicator,year,value\ncork,"SDG_4_3_1,2020,12\ncork,SDG_4_3_1,2021,13\n',
      CONTEXT,
    );
    expect(outcome.observations).toEqual([]);
    expect(outcome.problems.map((p) => [p.row, p.code])).toEqual([[2, 'BROKEN_QUOTING']]);
  });

  it('a row with too few or too many cells', () => {
    expect(
      parse(['city,indicator,year,value', 'cork,SDG_4_3_1,2020', 'cork,SDG_4_3_1,2020,1,2']).problems,
    ).toEqual([
      {
        row: 2,
        column: null,
        code: 'WRONG_CELL_COUNT',
        message: 'This row has 3 cells but the first row has 4 columns.',
      },
      {
        row: 3,
        column: null,
        code: 'WRONG_CELL_COUNT',
        message: 'This row has 5 cells but the first row has 4 columns.',
      },
    ]);
  });

  it.each([
    ['1e309', 'NOT_FINITE'],
    ['NaN', 'NOT_FINITE'],
    ['"12,5"', 'DECIMAL_COMMA'],
    ['1 234', 'THOUSANDS_SEPARATOR'],
  ])('the number %s', (value, code) => {
    const outcome = template(value);
    expect(outcome.observations).toEqual([]);
    expect(outcome.problems).toEqual([expect.objectContaining({ row: 2, column: 'value', code })]);
  });

  it('a first row that matches no format', () => {
    expect(parse(['a;b;c', '1;2;3']).problems.map((p) => p.code)).toEqual(['UNKNOWN_FORMAT']);
  });
});
