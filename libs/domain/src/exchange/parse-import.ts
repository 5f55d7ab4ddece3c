import { findConflicts } from './conflicts';
import { CsvTokenizer } from './csv-tokenizer';
import { detectFormat } from './formats';
import { fileProblem, ImportFileError } from './problems';
import { createRowMapper } from './row-mapper';
import type { CsvRecord, ExchangeContext, MappedRow, ParsedImport } from './types';

/**
 * Parses, maps and validates a whole decoded file at once, with the same steps the API takes in a
 * stream: tokenizer → format from the header → row mapper → conflicts. For small files and tests.
 */
export function parseImportText(text: string, context: ExchangeContext): ParsedImport {
  const outcome: ParsedImport = {
    format: null,
    rows: 0,
    observations: [],
    problems: [],
    emptyRows: [],
    conflicts: [],
  };
  let records: CsvRecord[];
  try {
    const tokenizer = new CsvTokenizer();
    records = tokenizer.push(text);
    records.push(...tokenizer.end());
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    outcome.problems.push(error.problem);
    return outcome;
  }

  const [header, ...data] = records;
  if (!header) {
    outcome.problems.push(fileProblem('EMPTY_FILE', 'The file is empty.'));
    return outcome;
  }
  const detected = detectFormat(header.fields, context.fileName);
  if (!detected.ok) {
    outcome.problems.push(detected.problem);
    return outcome;
  }
  outcome.format = detected.format;
  outcome.rows = data.length;
  const prepared = createRowMapper(detected.format, header.fields, context);
  if (!prepared.ok) {
    outcome.problems.push(...prepared.problems);
    return outcome;
  }
  if (data.length === 0) {
    outcome.problems.push(
      fileProblem('HEADER_ONLY', 'The file has a first row of column names but no data rows.'),
    );
    return outcome;
  }

  const mapped: MappedRow[] = data.map((record) => prepared.mapper.map(record));
  for (const row of mapped) {
    if (row.kind === 'observation') outcome.observations.push(row.observation);
    else if (row.kind === 'rejected') outcome.problems.push(...row.problems);
    else outcome.emptyRows.push(row.row);
  }
  outcome.conflicts = findConflicts(mapped);
  return outcome;
}
