import { Zip, ZipDeflate } from 'fflate';
import {
  TOTAL_CODE,
  type DimensionCode,
  type ExportedObservation,
  type ExportFormat,
  type ExportMetadata,
  type ObservationStatus,
} from '@lcm/contracts';
import {
  cityRefArea,
  labelsForCodes,
  OPEN_SDG_COLUMNS,
  SDMX_CSV_2_COLUMNS,
  SDMX_DATAFLOW_2,
  TEMPLATE_COLUMNS,
  toCsv,
  type CsvCell,
  type LabelConcept,
  type LabelMapping,
} from '@lcm/domain';
import { DATA_SHEET_NAME } from '../xlsx/xlsx-reader';
import { xlsxBytes, type XlsxCell } from '../xlsx/xlsx-writer';

/** An indicator as the export's metadata lists it. */
export interface ExportIndicator {
  code: string;
  name: string;
  unit: string;
  unitLabel: string;
  series: string;
}

export interface ExportContext {
  metadata: ExportMetadata;
  /** Indicators the filter covers, for the units table of the front sheet and the README. */
  indicators: readonly ExportIndicator[];
  /** Open SDG files write labels (`Female`), taken from this table so they map back on import. */
  labelMappings: readonly LabelMapping[];
  /** Country of each city slug, for SDMX REF_AREA and Open SDG GeoCode. */
  countryOf: ReadonlyMap<string, string>;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: AsyncIterable<Uint8Array | string> | Iterable<string>;
}

const DIMENSIONS: readonly {
  code: DimensionCode;
  field: 'sex' | 'age' | 'urbanisation' | 'disabilityStatus';
}[] = [
  { code: 'SEX', field: 'sex' },
  { code: 'AGE', field: 'age' },
  { code: 'URBANISATION', field: 'urbanisation' },
  { code: 'DISABILITY_STATUS', field: 'disabilityStatus' },
];

/** What a template row holds; a blank template row has neither value nor status. */
export type TemplateRowSource = Pick<
  ExportedObservation,
  | 'city'
  | 'indicator'
  | 'indicatorName'
  | 'year'
  | 'timeDetail'
  | 'sex'
  | 'age'
  | 'urbanisation'
  | 'disabilityStatus'
  | 'value'
  | 'unit'
  | 'source'
  | 'comment'
> & { status: ObservationStatus | null };

/** Our template's cells for one observation; a total is left blank, as the template reads it. */
function templateCells(o: TemplateRowSource): Record<(typeof TEMPLATE_COLUMNS)[number], CsvCell> {
  const code = (value: string) => (value === TOTAL_CODE ? '' : value);
  return {
    city: o.city,
    indicator: o.indicator,
    indicator_name: o.indicatorName,
    year: o.year,
    time_detail: o.timeDetail,
    sex: code(o.sex),
    age: code(o.age),
    urbanisation: code(o.urbanisation),
    disability_status: code(o.disabilityStatus),
    value: o.value,
    unit: o.unit,
    status: o.status,
    source: o.source,
    comment: o.comment,
  };
}

export function templateRow(o: TemplateRowSource): CsvCell[] {
  const cells = templateCells(o);
  return TEMPLATE_COLUMNS.map((column) => cells[column]);
}

function sdmxRow(o: ExportedObservation, context: ExportContext): CsvCell[] {
  const cells: Record<(typeof SDMX_CSV_2_COLUMNS)[number], CsvCell> = {
    STRUCTURE: 'dataflow',
    STRUCTURE_ID: SDMX_DATAFLOW_2,
    ACTION: 'M',
    FREQ: 'A',
    REF_AREA: cityRefArea({ slug: o.city, countryIso3: context.countryOf.get(o.city) ?? '' }),
    INDICATOR: o.indicator,
    SERIES: o.series,
    SEX: o.sex,
    AGE: o.age,
    URBANISATION: o.urbanisation,
    DISABILITY_STATUS: o.disabilityStatus,
    TIME_PERIOD: o.year,
    OBS_VALUE: o.value,
    UNIT_MEASURE: o.unit,
    UNIT_MULT: 0,
    OBS_STATUS: o.status,
    TIME_DETAIL: o.timeDetail,
    SOURCE_DETAIL: o.source,
    COMMENT_OBS: o.comment,
  };
  return SDMX_CSV_2_COLUMNS.map((column) => cells[column]);
}

const OPEN_SDG_HEADER = [
  OPEN_SDG_COLUMNS.year,
  OPEN_SDG_COLUMNS.series,
  OPEN_SDG_COLUMNS.units,
  OPEN_SDG_COLUMNS.unitMultiplier,
  OPEN_SDG_COLUMNS.sex,
  OPEN_SDG_COLUMNS.age,
  OPEN_SDG_COLUMNS.urbanisation,
  OPEN_SDG_COLUMNS.disabilityStatus,
  OPEN_SDG_COLUMNS.observationStatus,
  OPEN_SDG_COLUMNS.source,
  OPEN_SDG_COLUMNS.comment,
  // Open SDG's rule: GeoCode, when present, is second to last.
  'GeoCode',
  OPEN_SDG_COLUMNS.value,
];

/** An Open SDG row: labels instead of codes, a blank category for the total, the period as reported. */
function openSdgRow(
  o: ExportedObservation,
  context: ExportContext,
  label: (concept: LabelConcept, code: string) => string,
): CsvCell[] {
  return [
    o.timeDetail ?? o.year,
    label('SERIES', o.series),
    label('UNIT_MEASURE', o.unit),
    label('UNIT_MULT', '0'),
    ...DIMENSIONS.map(({ code, field }) => (o[field] === TOTAL_CODE ? '' : label(code, o[field]))),
    label('OBS_STATUS', o.status),
    o.source,
    o.comment,
    cityRefArea({ slug: o.city, countryIso3: context.countryOf.get(o.city) ?? '' }),
    o.value,
  ];
}

const csvLine = (cells: readonly CsvCell[]) => toCsv([cells]);

async function* csvText(
  header: readonly string[],
  rows: AsyncIterable<ExportedObservation>,
  toCells: (o: ExportedObservation) => CsvCell[],
  forSpreadsheets: boolean,
): AsyncGenerator<string> {
  // A byte-order mark makes spreadsheets read the file as UTF-8; SDMX tools expect none.
  let text = (forSpreadsheets ? '\uFEFF' : '') + csvLine(header);
  let count = 0;
  for await (const row of rows) {
    text += csvLine(toCells(row));
    if (++count % 500 === 0) {
      yield text;
      text = '';
    }
  }
  yield text;
}

/** The front sheet, README and JSON metadata say the same things. */
export function metadataRows(context: ExportContext): XlsxCell[][] {
  const { metadata } = context;
  return [
    [metadata.title],
    [],
    ['Exported at', metadata.exportedAt],
    ['Filter', metadata.filter],
    ['Values', metadata.includesUnapproved ? 'Approved and not yet approved (drafts)' : 'Approved only'],
    ['Source', metadata.source],
    ['Licence', metadata.licence],
    ['Observation status', 'A normal, E estimated, P provisional, M missing (SDMX OBS_STATUS)'],
    ['Disaggregation codes', 'SDG SDMX codes; blank or _T is the total'],
    [],
    ['Indicator', 'Name', 'Unit', 'Unit label', 'Series'],
    ...context.indicators.map((i) => [i.code, i.name, i.unit, i.unitLabel, i.series]),
  ];
}

async function* xlsxRows(rows: AsyncIterable<ExportedObservation>): AsyncGenerator<XlsxCell[]> {
  yield [...TEMPLATE_COLUMNS];
  for await (const row of rows) yield templateRow(row);
}

interface OpenSdgFile {
  indicator: string;
  file: ZipDeflate;
  text: string;
  count: number;
}

/** One Open SDG CSV per indicator, zipped as they stream by (rows arrive ordered by indicator). */
async function* openSdgZip(
  rows: AsyncIterable<ExportedObservation>,
  context: ExportContext,
  fileNameOf: (indicator: string) => string,
): AsyncGenerator<Uint8Array> {
  const output: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    output.push(chunk);
  });
  const encoder = new TextEncoder();
  const readme = new ZipDeflate('README.txt');
  zip.add(readme);
  readme.push(
    encoder.encode(
      metadataRows(context)
        .map((r) => r.join('\t'))
        .join('\r\n'),
    ),
    true,
  );
  const label = labelsForCodes(context.labelMappings);
  let current = null as OpenSdgFile | null;
  for await (const row of rows) {
    if (current?.indicator !== row.indicator) {
      current?.file.push(encoder.encode(current.text), true);
      const file = new ZipDeflate(fileNameOf(row.indicator));
      zip.add(file);
      current = { indicator: row.indicator, file, text: csvLine(OPEN_SDG_HEADER), count: 0 };
    }
    current.text += csvLine(openSdgRow(row, context, label));
    if (++current.count % 500 === 0) {
      current.file.push(encoder.encode(current.text));
      current.text = '';
      yield* output.splice(0);
    }
  }
  current?.file.push(encoder.encode(current.text), true);
  zip.end();
  yield* output.splice(0);
}

async function* jsonText(
  rows: AsyncIterable<ExportedObservation>,
  context: ExportContext,
): AsyncGenerator<string> {
  let text = `{"metadata":${JSON.stringify(context.metadata)},"observations":[`;
  let count = 0;
  for await (const row of rows) {
    text += (count > 0 ? ',' : '') + JSON.stringify(row);
    if (++count % 500 === 0) {
      yield text;
      text = '';
    }
  }
  yield `${text}]}`;
}

/** The file of one export: name, media type and a body streamed from the rows as they are read. */
export function exportFile(
  format: ExportFormat,
  baseName: string,
  rows: AsyncIterable<ExportedObservation>,
  context: ExportContext,
  openSdgFileNameOf: (indicator: string) => string,
): ExportFile {
  switch (format) {
    case 'csv':
      return {
        fileName: `${baseName}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: csvText(TEMPLATE_COLUMNS, rows, templateRow, true),
      };
    case 'xlsx':
      return {
        fileName: `${baseName}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: xlsxBytes([
          { name: 'About this file', rows: metadataRows(context) },
          { name: DATA_SHEET_NAME, rows: xlsxRows(rows), headerRow: true },
        ]),
      };
    case 'open-sdg-zip':
      return {
        fileName: `${baseName}-open-sdg.zip`,
        contentType: 'application/zip',
        body: openSdgZip(rows, context, openSdgFileNameOf),
      };
    case 'sdmx-csv':
      return {
        fileName: `${baseName}-sdmx.csv`,
        contentType: 'application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8',
        body: csvText(SDMX_CSV_2_COLUMNS, rows, (o) => sdmxRow(o, context), false),
      };
    case 'json':
      return {
        fileName: `${baseName}.json`,
        contentType: 'application/json; charset=utf-8',
        body: jsonText(rows, context),
      };
  }
}
