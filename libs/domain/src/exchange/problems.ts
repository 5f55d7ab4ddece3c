import type { ImportProblem, ImportProblemCode } from './types';

/** Thrown when the file as a whole cannot be read on (encoding, quoting, a runaway record). */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
    this.name = 'ImportFileError';
  }
}

export function fileProblem(
  code: ImportProblemCode,
  message: string,
  row: number | null = null,
): ImportProblem {
  return { row, column: null, code, message };
}

export function rowProblem(
  row: number,
  column: string | null,
  code: ImportProblemCode,
  message: string,
): ImportProblem {
  return { row, column, code, message };
}
