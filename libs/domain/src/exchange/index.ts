export * from './types';
export { ImportFileError } from './problems';
export { CsvTokenizer, MAX_RECORD_LENGTH, type CsvTokenizerOptions } from './csv-tokenizer';
export { sniffEncoding, notUtf8Problem } from './encoding';
export { parseYear, parseNumber, type YearParse, type NumberParse } from './values';
export {
  detectFormat,
  TEMPLATE_COLUMNS,
  TEMPLATE_REQUIRED_COLUMNS,
  SDMX_DATAFLOW_2,
  SDMX_CSV_2_COLUMNS,
  OPEN_SDG_COLUMNS,
  cityRefArea,
  openSdgFileName,
} from './formats';
export { DEFAULT_LABEL_MAPPINGS } from './default-label-mappings';
export { normaliseLabel, labelsForCodes } from './labels';
export {
  exchangeIndicator,
  sdgIndicatorCodeOfNode,
  IndicatorCatalogue,
  type IndicatorResolution,
} from './indicators';
export { createRowMapper } from './row-mapper';
export { findConflicts, observationKey } from './conflicts';
export { parseImportText } from './parse-import';
