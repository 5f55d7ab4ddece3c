import {
  OBSERVATION_STATUSES,
  TOTAL_CODE,
  type ApiErrorDetail,
  type DimensionCode,
  type ImportFormat,
  type ObservationStatus,
} from '@lcm/contracts';
import {
  rangeProblems,
  validateObservations,
  type IndicatorRules,
  type ValidationContext,
} from '../observation-rules';
import { observationKey } from './conflicts';
import { cityRefArea } from './formats';
import { IndicatorCatalogue, type IndicatorResolution } from './indicators';
import { LabelIndex, normaliseLabel } from './labels';
import { fileProblem, rowProblem } from './problems';
import type {
  CandidateObservation,
  CsvRecord,
  ExchangeContext,
  ExchangeIndicator,
  ImportAction,
  ImportProblem,
  LabelConcept,
  MappedRow,
  RecordFormat,
  RowMapper,
  RowMapperResult,
} from './types';
import { parseNumber, parseYear } from './values';

type Role =
  | 'year'
  | 'value'
  | 'dimension'
  | 'status'
  | 'unit'
  | 'unitMultiplier'
  | 'series'
  | 'indicator'
  | 'area'
  | 'comment'
  | 'source'
  | 'timeDetail'
  | 'action'
  | 'frequency'
  /** An SDMX dimension the framework does not break down by: only totals are accepted. */
  | 'totalOnly'
  /** Read by people, not by the importer (e.g. `indicator_name`, `DATAFLOW`). */
  | 'ignored'
  | 'unknown';

interface Column {
  index: number;
  name: string;
  role: Role;
  dimension?: DimensionCode;
}

/** Roles a file may give in one column only. */
const SINGLE_ROLES: readonly Role[] = [
  'year',
  'value',
  'status',
  'unit',
  'unitMultiplier',
  'series',
  'indicator',
  'comment',
  'source',
  'timeDetail',
  'action',
  'frequency',
];
/** Cells that identify a row in the file's own terms (everything but the value and its attributes). */
const IDENTITY_ROLES: ReadonlySet<Role> = new Set<Role>([
  'year',
  'dimension',
  'series',
  'indicator',
  'area',
  'frequency',
  'totalOnly',
  'unknown',
]);

const DIMENSION_NAMES: Record<DimensionCode, string> = {
  SEX: 'sex',
  AGE: 'age group',
  URBANISATION: 'urban/rural location',
  DISABILITY_STATUS: 'disability status',
};

const TEMPLATE_ROLES: Record<string, { role: Role; dimension?: DimensionCode }> = {
  city: { role: 'area' },
  indicator: { role: 'indicator' },
  indicator_name: { role: 'ignored' },
  year: { role: 'year' },
  time_detail: { role: 'timeDetail' },
  sex: { role: 'dimension', dimension: 'SEX' },
  age: { role: 'dimension', dimension: 'AGE' },
  urbanisation: { role: 'dimension', dimension: 'URBANISATION' },
  disability_status: { role: 'dimension', dimension: 'DISABILITY_STATUS' },
  value: { role: 'value' },
  unit: { role: 'unit' },
  status: { role: 'status' },
  source: { role: 'source' },
  comment: { role: 'comment' },
};

const SDMX_ROLES: Record<string, { role: Role; dimension?: DimensionCode }> = {
  DATAFLOW: { role: 'ignored' },
  STRUCTURE: { role: 'ignored' },
  STRUCTURE_ID: { role: 'ignored' },
  STRUCTURE_NAME: { role: 'ignored' },
  SERIESKEY: { role: 'ignored' },
  SERIES_KEY: { role: 'ignored' },
  OBS_KEY: { role: 'ignored' },
  REPORTING_TYPE: { role: 'ignored' },
  ACTION: { role: 'action' },
  FREQ: { role: 'frequency' },
  REF_AREA: { role: 'area' },
  INDICATOR: { role: 'indicator' },
  SERIES: { role: 'series' },
  SEX: { role: 'dimension', dimension: 'SEX' },
  AGE: { role: 'dimension', dimension: 'AGE' },
  URBANISATION: { role: 'dimension', dimension: 'URBANISATION' },
  DISABILITY_STATUS: { role: 'dimension', dimension: 'DISABILITY_STATUS' },
  TIME_PERIOD: { role: 'year' },
  OBS_VALUE: { role: 'value' },
  UNIT_MEASURE: { role: 'unit' },
  UNIT_MULT: { role: 'unitMultiplier' },
  OBS_STATUS: { role: 'status' },
  TIME_DETAIL: { role: 'timeDetail' },
  SOURCE_DETAIL: { role: 'source' },
  COMMENT_OBS: { role: 'comment' },
  // Further dimensions of the SDG data structure that the framework does not break down by.
  INCOME_WEALTH_QUANTILE: { role: 'totalOnly' },
  EDUCATION_LEV: { role: 'totalOnly' },
  OCCUPATION: { role: 'totalOnly' },
  CUST_BREAKDOWN: { role: 'totalOnly' },
  COMPOSITE_BREAKDOWN: { role: 'totalOnly' },
  ACTIVITY: { role: 'totalOnly' },
  PRODUCT: { role: 'totalOnly' },
};

const CONCEPT_ROLES: Record<LabelConcept, { role: Role; dimension?: DimensionCode }> = {
  SEX: { role: 'dimension', dimension: 'SEX' },
  AGE: { role: 'dimension', dimension: 'AGE' },
  URBANISATION: { role: 'dimension', dimension: 'URBANISATION' },
  DISABILITY_STATUS: { role: 'dimension', dimension: 'DISABILITY_STATUS' },
  OBS_STATUS: { role: 'status' },
  UNIT_MEASURE: { role: 'unit' },
  UNIT_MULT: { role: 'unitMultiplier' },
  SERIES: { role: 'series' },
  COMMENT: { role: 'comment' },
  SOURCE: { role: 'source' },
  REF_AREA: { role: 'area' },
};

const ASK_ADMIN = 'an administrator can add it under label mappings';
/** Text a spreadsheet would run as a formula gets an apostrophe on export (see neutraliseCell); undo it. */
const NEUTRALISED = /^'[=+\-@\t\r]/;
/** Distinct validation outcomes kept per file; a file with more combinations starts over. */
const VALIDATION_CACHE_SIZE = 10_000;
const ACTIONS: Record<string, ImportAction> = { M: 'M', R: 'R', D: 'D', I: 'M', A: 'M' };

/**
 * Prepares the mapping of one file's data rows: reads the header once (columns, indicator from the
 * file name), then maps each record to a validated candidate observation, a list of problems, or
 * (templates only) an empty row. Header problems that make every row unreadable come back as `ok: false`.
 */
export function createRowMapper(
  format: ImportFormat,
  header: readonly string[],
  context: ExchangeContext,
): RowMapperResult {
  const recordFormat: RecordFormat = format === 'template-xlsx' ? 'template-csv' : format;
  const names = header.map((cell) => cell.trim());
  const labels = new LabelIndex(context.labelMappings);
  const columns = planColumns(recordFormat, names, labels);
  const problems = headerProblems(recordFormat, columns);
  const catalogue = new IndicatorCatalogue(context.indicators);
  const has = (role: Role) => columns.some((c) => c.role === role);

  let fileIndicator: IndicatorResolution | null = null;
  if (recordFormat === 'open-sdg-csv') {
    fileIndicator = indicatorOfFile(context, catalogue);
    if (!fileIndicator.ok && !has('series'))
      problems.push(fileProblem(fileIndicator.code, fileIndicator.message, 1));
  }
  if (problems.length > 0) return { ok: false, problems };

  const mapper = new RecordMapper(recordFormat, names, columns, context, labels, catalogue, fileIndicator);
  return { ok: true, mapper };
}

function planColumns(format: RecordFormat, names: readonly string[], labels: LabelIndex): Column[] {
  return names.map((name, index): Column => {
    if (format === 'open-sdg-csv') {
      if (index === 0) return { index, name, role: 'year' };
      if (index === names.length - 1) return { index, name, role: 'value' };
      if (index === names.length - 2 && name === 'GeoCode') return { index, name, role: 'area' };
      const concept = labels.conceptOfColumn(name);
      return { index, name, ...(concept ? CONCEPT_ROLES[concept] : { role: 'unknown' }) };
    }
    if (format === 'template-csv') {
      return { index, name, ...(TEMPLATE_ROLES[name.toLowerCase()] ?? { role: 'unknown' }) };
    }
    // SDMX-CSV with `labels=both` writes headers as `ID: Name`.
    const id = sdmxCode(name).toUpperCase();
    return { index, name, ...(SDMX_ROLES[id] ?? { role: 'unknown' }) };
  });
}

function headerProblems(format: RecordFormat, columns: readonly Column[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byName = new Map<string, string>();
  for (const column of columns) {
    const key = normaliseLabel(column.name);
    const earlier = byName.get(key);
    if (earlier !== undefined) {
      problems.push(
        fileProblem(
          'DUPLICATE_COLUMN',
          `The columns '${earlier}' and '${column.name}' have the same name: keep one.`,
          1,
        ),
      );
    }
    byName.set(key, column.name);
  }
  const byRole = new Map<string, Column>();
  for (const column of columns) {
    const role = column.role === 'dimension' ? `dimension:${column.dimension}` : column.role;
    if (column.role !== 'dimension' && !SINGLE_ROLES.includes(column.role)) continue;
    const earlier = byRole.get(role);
    if (earlier && normaliseLabel(earlier.name) !== normaliseLabel(column.name)) {
      problems.push(
        fileProblem(
          'DUPLICATE_COLUMN',
          `The columns '${earlier.name}' and '${column.name}' both give the ${describeRole(column)}: keep one.`,
          1,
        ),
      );
    }
    byRole.set(role, column);
  }
  const has = (role: Role) => columns.some((c) => c.role === role);
  const missing = (name: string) =>
    problems.push(fileProblem('MISSING_COLUMN', `The column ${name} is missing from the first row.`, 1));
  if (format === 'sdmx-csv-1' || format === 'sdmx-csv-2') {
    if (!has('year')) missing('TIME_PERIOD');
    if (!has('value')) missing('OBS_VALUE');
    if (!has('indicator') && !has('series'))
      missing('INDICATOR (our indicator code) or SERIES (SDG series code)');
  }
  return problems;
}

function describeRole(column: Column): string {
  switch (column.role) {
    case 'dimension':
      return DIMENSION_NAMES[column.dimension ?? 'SEX'];
    case 'unitMultiplier':
      return 'unit multiplier';
    case 'timeDetail':
      return 'time detail';
    default:
      return column.role;
  }
}

/** Open SDG: the indicator the user chose, or the one the file name gives (`indicator_4-3-1.csv`). */
function indicatorOfFile(context: ExchangeContext, catalogue: IndicatorCatalogue): IndicatorResolution {
  if (context.indicatorCode !== undefined) {
    const chosen = catalogue.get(context.indicatorCode);
    return chosen
      ? { ok: true, indicator: chosen }
      : {
          ok: false,
          code: 'UNKNOWN_INDICATOR',
          message: `'${context.indicatorCode}' is not an indicator of the framework.`,
        };
  }
  const match = /^indicator_(.+)\.csv$/i.exec(baseName(context.fileName ?? ''));
  if (!match?.[1]) {
    return {
      ok: false,
      code: 'NO_INDICATOR',
      message:
        'An Open SDG file names its indicator in its file name (e.g. indicator_4-3-1.csv) or in a Series ' +
        'column; this one does neither: choose the indicator for this file.',
    };
  }
  return catalogue.resolve(match[1]);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** SDMX-CSV `labels=both` writes coded cells as `ID: Name`; the code is the part before the colon. */
function sdmxCode(text: string): string {
  const colon = text.indexOf(': ');
  return colon > 0 ? text.slice(0, colon).trim() : text;
}

function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

class RecordMapper implements RowMapper {
  private readonly validation: ValidationContext;
  private readonly validated = new Map<string, ApiErrorDetail[]>();
  private readonly cityNames: ReadonlySet<string>;
  private readonly identity: readonly Column[];
  private readonly single: Partial<Record<Role, Column>> = {};
  private readonly dimensions: readonly Column[];
  private readonly areas: readonly Column[];
  private readonly totalOnly: readonly Column[];
  private readonly unknown: readonly Column[];

  constructor(
    readonly format: RecordFormat,
    readonly header: readonly string[],
    columns: readonly Column[],
    private readonly context: ExchangeContext,
    private readonly labels: LabelIndex,
    private readonly catalogue: IndicatorCatalogue,
    private readonly fileIndicator: IndicatorResolution | null,
  ) {
    for (const column of columns) if (SINGLE_ROLES.includes(column.role)) this.single[column.role] = column;
    this.dimensions = columns.filter((c) => c.role === 'dimension');
    this.areas = columns.filter((c) => c.role === 'area');
    this.totalOnly = columns.filter((c) => c.role === 'totalOnly');
    this.unknown = columns.filter((c) => c.role === 'unknown');
    this.identity = columns.filter((c) => IDENTITY_ROLES.has(c.role));
    this.validation = {
      indicators: new Map<string, IndicatorRules>(context.indicators.map((i) => [i.code, i])),
      dimensionCodes: context.dimensionCodes,
    };
    const city = context.city;
    this.cityNames = new Set(
      [city.slug, city.name, cityRefArea(city), ...(city.areaCodes ?? [])].map((name) =>
        normaliseLabel(name),
      ),
    );
  }

  map(record: CsvRecord): MappedRow {
    const { row, fields } = record;
    const cell = (column: Column | undefined) => (column ? (fields[column.index] ?? '').trim() : '');
    const rawStatus = cell(this.single.status);
    const rawValue = cell(this.single.value);
    const rejected = (problems: ImportProblem[]): MappedRow => ({
      kind: 'rejected',
      row,
      problems,
      // The file's own key, built only for refused rows (most rows of a big file are accepted).
      conflictKey: `file|${this.identity.map((c) => cell(c)).join('\u001f')}`,
      conflictValue: (rawValue || 'empty') + (rawStatus ? ` (${rawStatus})` : ''),
    });

    if (fields.length !== this.header.length) {
      return {
        kind: 'rejected',
        row,
        problems: [
          rowProblem(
            row,
            null,
            'WRONG_CELL_COUNT',
            `This row has ${fields.length} cells but the first row has ${this.header.length} columns.`,
          ),
        ],
        conflictKey: `row|${row}`,
        conflictValue: '',
      };
    }
    if (this.format === 'template-csv' && rawValue === '' && rawStatus === '') {
      return { kind: 'empty', row, conflictKey: `row|${row}`, conflictValue: '' };
    }

    const problems: ImportProblem[] = [];
    const report = (column: Column | undefined, code: ImportProblem['code'], message: string) =>
      problems.push(rowProblem(row, column?.name ?? null, code, message));

    const period = this.readYear(cell, report);
    const indicator = this.readIndicator(cell, report);
    const disaggregation = this.readDimensions(cell, report);
    this.checkArea(cell, report);
    const status = this.readStatus(cell, report);
    const action = this.readAction(cell, report);
    this.checkFrequency(cell, report);
    this.checkUnit(cell, indicator, report);
    this.checkUnitMultiplier(cell, report);
    for (const column of this.totalOnly) {
      const text = sdmxCode(cell(column));
      if (text !== '' && text !== TOTAL_CODE) {
        report(
          column,
          'UNKNOWN_COLUMN',
          `The framework has no breakdown by ${column.name}: only totals (${TOTAL_CODE} or blank) can be imported, not '${text}'.`,
        );
      }
    }
    for (const column of this.unknown) {
      const text = cell(column);
      if (text !== '') {
        report(
          column,
          'UNKNOWN_COLUMN',
          `The column '${column.name}' is not one the importer knows, so this row's '${text}' cannot be imported: ` +
            `remove the column or leave it blank, or ${ASK_ADMIN}.`,
        );
      }
    }

    let value: number | null = null;
    const valueColumn = this.single.value;
    if (action !== 'D') {
      const isSdmxMissing = this.format === 'sdmx-csv-2' && rawValue === 'NaN';
      const parsed = isSdmxMissing ? ({ ok: true, value: null } as const) : parseNumber(rawValue);
      if (parsed.ok) value = parsed.value;
      else report(valueColumn, parsed.code, parsed.message);
    }
    const source = this.readText(cell(this.single.source));
    const comment = this.readText(cell(this.single.comment));

    if (problems.length > 0 || !indicator || !period) return rejected(problems);

    // A blank value is a missing one (Open SDG, SDMX); its status says so unless the file gives another.
    const finalStatus: string = action === 'D' ? 'M' : (status ?? (value === null ? 'M' : 'A'));
    const errors = this.validate(
      indicator,
      disaggregation,
      action === 'D' ? null : value,
      finalStatus,
      source,
      comment,
    );
    if (errors.length > 0) {
      return rejected(
        errors.map((error) =>
          rowProblem(
            row,
            this.columnOfField(error.field ?? ''),
            'INVALID',
            this.explain(error.message, error.field, cell, disaggregation),
          ),
        ),
      );
    }

    const observation: CandidateObservation = {
      row,
      indicatorCode: indicator.code,
      year: period.year,
      timeDetail: period.timeDetail,
      sex: disaggregation.SEX,
      age: disaggregation.AGE,
      urbanisation: disaggregation.URBANISATION,
      disabilityStatus: disaggregation.DISABILITY_STATUS,
      value: action === 'D' ? null : value,
      status: finalStatus as ObservationStatus,
      unit: indicator.unit,
      source,
      comment,
      action,
    };
    return {
      kind: 'observation',
      row,
      observation,
      conflictKey: observationKey(observation),
      conflictValue: describeValue(observation),
    };
  }

  /**
   * The rules of form entry (validateObservations) for one row. Apart from the range of the value, their
   * outcome depends only on the indicator, codes, status, whether there is a value, and the texts, which
   * repeat across the rows of a big file: that outcome is computed once per combination with an in-range
   * stand-in value, and the range is checked per row with the same rangeProblems form entry uses.
   */
  private validate(
    indicator: ExchangeIndicator,
    codes: Record<DimensionCode, string>,
    value: number | null,
    status: string,
    source: string | null,
    comment: string | null,
  ): ApiErrorDetail[] {
    const key =
      `${indicator.code}\u001f${codes.SEX}\u001f${codes.AGE}\u001f${codes.URBANISATION}\u001f` +
      `${codes.DISABILITY_STATUS}\u001f${status}\u001f${value === null ? 'missing' : 'value'}\u001f` +
      `${source ?? ''}\u001f${comment ?? ''}`;
    let errors = this.validated.get(key);
    if (!errors) {
      const standIn = value === null ? null : (indicator.minValue ?? indicator.maxValue ?? 0);
      errors = validateObservations(
        [{ indicator: indicator.code, disaggregation: codes, value: standIn, status, source, comment }],
        this.validation,
      ).errors;
      if (this.validated.size >= VALIDATION_CACHE_SIZE) this.validated.clear();
      this.validated.set(key, errors);
    }
    if (value === null || status === 'M') return errors;
    const range = rangeProblems(value, indicator).map((message): ApiErrorDetail => ({
      field: 'observations[0].value',
      message,
    }));
    return range.length === 0 ? errors : [...errors, ...range];
  }

  private readYear(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): { year: number; timeDetail: string | null } | null {
    const column = this.single.year;
    let text = cell(column);
    if (text === '' && this.format === 'template-csv' && this.context.defaultYear !== undefined) {
      text = String(this.context.defaultYear);
    }
    const parsed = parseYear(text);
    if (!parsed.ok) {
      report(column, parsed.code, parsed.message);
      return null;
    }
    const detailColumn = this.single.timeDetail;
    const detail = cell(detailColumn);
    if (detail === '') return parsed;
    const detailPeriod = parseYear(detail);
    if (!detailPeriod.ok || detailPeriod.year !== parsed.year) {
      report(
        detailColumn,
        'BAD_YEAR',
        `The time detail '${detail}' does not describe a period starting in ${parsed.year}.`,
      );
      return null;
    }
    return { year: parsed.year, timeDetail: detail };
  }

  private readIndicator(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): ExchangeIndicator | null {
    const indicatorColumn = this.single.indicator;
    const seriesColumn = this.single.series;
    const seriesText = sdmxCodeIf(this.format, cell(seriesColumn));

    if (indicatorColumn) {
      const text = sdmxCodeIf(this.format, cell(indicatorColumn));
      if (text === '') {
        report(
          indicatorColumn,
          'UNKNOWN_INDICATOR',
          'The indicator is missing: give its code, such as SDG_4_3_1.',
        );
        return null;
      }
      const found = this.catalogue.resolve(text);
      if (!found.ok) {
        report(indicatorColumn, found.code, found.message);
        return null;
      }
      if (seriesText !== '' && found.indicator.sdgSeriesCode?.toUpperCase() !== seriesText.toUpperCase()) {
        report(
          seriesColumn,
          'UNKNOWN_INDICATOR',
          `The series '${seriesText}' does not belong to the indicator ${found.indicator.code}` +
            (found.indicator.sdgSeriesCode
              ? ` (series ${found.indicator.sdgSeriesCode}).`
              : ', which has no SDG series.'),
        );
        return null;
      }
      return found.indicator;
    }

    if (seriesText === '') {
      const fileIndicator = this.fileIndicator;
      if (fileIndicator?.ok) return fileIndicator.indicator;
      report(
        seriesColumn,
        fileIndicator?.code ?? 'UNKNOWN_INDICATOR',
        fileIndicator?.message ?? 'The series is missing: give the SDG series code of the indicator.',
      );
      return null;
    }

    const mapped = this.format === 'open-sdg-csv' ? this.labels.codeOf('SERIES', seriesText) : undefined;
    const found = this.catalogue.resolve(mapped ?? seriesText);
    if (!found.ok) {
      if (this.format === 'open-sdg-csv' && mapped === undefined) {
        report(
          seriesColumn,
          'UNKNOWN_LABEL',
          `The series '${seriesText}' is not linked to an indicator of the framework: ${ASK_ADMIN} (series → SDG series code or indicator code).`,
        );
      } else {
        report(seriesColumn, found.code, found.message);
      }
      return null;
    }
    const fileIndicator = this.fileIndicator;
    if (fileIndicator?.ok && fileIndicator.indicator.code !== found.indicator.code) {
      report(
        seriesColumn,
        'UNKNOWN_INDICATOR',
        `The series '${seriesText}' belongs to the indicator ${found.indicator.code}, but this file is for ${fileIndicator.indicator.code}.`,
      );
      return null;
    }
    return found.indicator;
  }

  private readDimensions(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): Record<DimensionCode, string> {
    const codes = {
      SEX: TOTAL_CODE,
      AGE: TOTAL_CODE,
      URBANISATION: TOTAL_CODE,
      DISABILITY_STATUS: TOTAL_CODE,
    };
    for (const column of this.dimensions) {
      const dimension = column.dimension ?? 'SEX';
      const text = sdmxCodeIf(this.format, cell(column));
      if (text === '') continue;
      const mapped =
        this.format === 'sdmx-csv-1' || this.format === 'sdmx-csv-2'
          ? undefined
          : this.labels.codeOf(dimension, text);
      if (mapped !== undefined) {
        codes[dimension] = mapped;
      } else if (
        this.format !== 'open-sdg-csv' ||
        (this.context.dimensionCodes[dimension] ?? []).includes(text)
      ) {
        // Templates and SDMX hold codes: the rules of form entry judge them.
        codes[dimension] = text;
      } else {
        report(
          column,
          'UNKNOWN_LABEL',
          `'${text}' is not a known ${DIMENSION_NAMES[dimension]} (${dimension}) label: use a known one, or ${ASK_ADMIN}.`,
        );
      }
    }
    return codes;
  }

  /**
   * A file without area columns is about the city it is imported for. In a file with area columns a
   * blank area means the whole area the file covers (often a country), so a row must name the city.
   */
  private checkArea(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): void {
    const [firstArea] = this.areas;
    if (!firstArea) return;
    const given = this.areas
      .map((column) => ({ column, text: sdmxCodeIf(this.format, cell(column)) }))
      .filter((area) => area.text !== '');
    if (given.some((area) => this.cityNames.has(normaliseLabel(area.text)))) return;
    const city = this.context.city.name;
    const [first] = given;
    if (!first) {
      const names = this.areas.map((c) => c.name).join(', ');
      report(
        firstArea,
        'WRONG_CITY',
        `This row names no area (${names}): in a file with area columns a blank one means the whole area ` +
          `the file covers, such as a country, not ${city}. Only rows naming ${city} can be imported here.`,
      );
      return;
    }
    report(
      first.column,
      'WRONG_CITY',
      `This row is about ${given.map((area) => `'${area.text}'`).join(' / ')}, but the file is imported for ` +
        `${city}: only rows about ${city} can be imported here.`,
    );
  }

  private readStatus(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): string | null {
    const column = this.single.status;
    const text = sdmxCodeIf(this.format, cell(column));
    if (text === '') return null;
    const mapped = this.labels.codeOf('OBS_STATUS', text);
    if (mapped !== undefined) return mapped;
    if (this.format !== 'open-sdg-csv' || (OBSERVATION_STATUSES as readonly string[]).includes(text))
      return text;
    report(
      column,
      'UNKNOWN_LABEL',
      `'${text}' is not a known observation status: use Normal value, Estimated value, Provisional value or Missing data, or ${ASK_ADMIN}.`,
    );
    return null;
  }

  private readAction(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): ImportAction {
    const column = this.single.action;
    const text = sdmxCode(cell(column)).toUpperCase();
    if (text === '') return 'M';
    const action = ACTIONS[text];
    if (action) return action;
    report(
      column,
      'BAD_ACTION',
      `'${text}' is not an SDMX action: use M (merge), R (replace) or D (delete).`,
    );
    return 'M';
  }

  private checkFrequency(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): void {
    const column = this.single.frequency;
    const text = sdmxCode(cell(column)).toUpperCase();
    if (text !== '' && text !== 'A') {
      report(
        column,
        'BAD_FREQUENCY',
        `The frequency '${text}' is not yearly (A): indicators take one value per year.`,
      );
    }
  }

  private checkUnit(
    cell: (c: Column | undefined) => string,
    indicator: ExchangeIndicator | null,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): void {
    const column = this.single.unit;
    const text = sdmxCodeIf(this.format, cell(column));
    if (text === '') return;
    const unit =
      this.labels.codeOf('UNIT_MEASURE', text) ?? (this.format === 'open-sdg-csv' ? undefined : text);
    if (unit === undefined && indicator?.unit.toUpperCase() !== text.toUpperCase()) {
      report(column, 'UNKNOWN_LABEL', `'${text}' is not a known unit: ${ASK_ADMIN}.`);
      return;
    }
    if (indicator && unit !== undefined && unit.toUpperCase() !== indicator.unit.toUpperCase()) {
      report(
        column,
        'UNIT_MISMATCH',
        `The unit '${text}' is not the unit of ${indicator.code} (${indicator.unit}): convert the values or check the indicator.`,
      );
    }
  }

  private checkUnitMultiplier(
    cell: (c: Column | undefined) => string,
    report: (c: Column | undefined, code: ImportProblem['code'], message: string) => void,
  ): void {
    const column = this.single.unitMultiplier;
    const text = sdmxCodeIf(this.format, cell(column));
    if (text === '') return;
    const code = this.labels.codeOf('UNIT_MULT', text) ?? text;
    if (code === '0') return;
    if (/^-?\d+$/.test(code)) {
      report(
        column,
        'UNIT_MULTIPLIER',
        `Values are given in units of 10^${code} ('${text}'): give them as plain numbers (unit multiplier 0, "Units").`,
      );
    } else {
      report(column, 'UNKNOWN_LABEL', `'${text}' is not a known unit multiplier: ${ASK_ADMIN}.`);
    }
  }

  private readText(text: string): string | null {
    return text === '' ? null : unneutralise(text);
  }

  /** The file's column for a field of validateObservations (`observations[0].disaggregation.SEX`). */
  private columnOfField(field: string): string | null {
    const at = field.replace(/^observations\[\d+\]\.?/, '');
    if (at.startsWith('disaggregation.')) {
      const dimension = at.slice('disaggregation.'.length);
      return this.dimensions.find((c) => c.dimension === dimension)?.name ?? null;
    }
    const role: Partial<Record<string, Role>> = {
      value: 'value',
      status: 'status',
      source: 'source',
      comment: 'comment',
      indicator: this.single.indicator ? 'indicator' : 'series',
    };
    const wanted = role[at];
    return wanted ? (this.single[wanted]?.name ?? null) : null;
  }

  /** Adds the text of the file to a rule's message when the rule speaks of a code mapped from a label. */
  private explain(
    message: string,
    field: string | undefined,
    cell: (c: Column | undefined) => string,
    codes: Record<DimensionCode, string>,
  ): string {
    const dimension = /disaggregation\.(\w+)$/.exec(field ?? '')?.[1] as DimensionCode | undefined;
    const column = this.dimensions.find((c) => c.dimension === dimension);
    const text = cell(column);
    return column && dimension && text !== '' && text !== codes[dimension]
      ? `${message} (from '${text}' in column ${column.name})`
      : message;
  }
}

function sdmxCodeIf(format: RecordFormat, text: string): string {
  return format === 'sdmx-csv-1' || format === 'sdmx-csv-2' ? sdmxCode(text) : text;
}

function describeValue(observation: CandidateObservation): string {
  if (observation.action === 'D') return 'delete';
  if (observation.value === null) return `missing (${observation.status})`;
  return observation.status === 'A'
    ? String(observation.value)
    : `${observation.value} (${observation.status})`;
}
