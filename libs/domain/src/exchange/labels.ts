import type { LabelConcept, LabelMapping } from './types';

/** Labels compare without regard to case and to surrounding, repeated or no-break spaces. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Distinct cell texts per concept whose lookup is remembered; a file with more starts over. */
const MAX_REMEMBERED_ANSWERS = 10_000;
const MAX_REMEMBERED_LENGTH = 100;

/** The label-mapping table as lookups: column label → concept, and per concept value label → code. */
export class LabelIndex {
  private readonly columns = new Map<string, LabelConcept>();
  private readonly values = new Map<LabelConcept, Map<string, string>>();
  private readonly answers = new Map<LabelConcept, Map<string, string | undefined>>();

  constructor(mappings: readonly LabelMapping[]) {
    for (const mapping of mappings) {
      const label = normaliseLabel(mapping.label);
      if (mapping.kind === 'column') {
        this.columns.set(label, mapping.dimension);
      } else if (mapping.code !== null) {
        let codes = this.values.get(mapping.dimension);
        if (!codes) this.values.set(mapping.dimension, (codes = new Map<string, string>()));
        codes.set(label, mapping.code);
      }
    }
  }

  conceptOfColumn(header: string): LabelConcept | undefined {
    return this.columns.get(normaliseLabel(header));
  }

  codeOf(concept: LabelConcept, label: string): string | undefined {
    const codes = this.values.get(concept);
    if (!codes) return undefined;
    // The cells of a big file repeat a handful of short labels: normalise each distinct one once.
    if (label.length > MAX_REMEMBERED_LENGTH) return codes.get(normaliseLabel(label));
    let answers = this.answers.get(concept);
    if (!answers) this.answers.set(concept, (answers = new Map<string, string | undefined>()));
    if (answers.has(label)) return answers.get(label);
    const code = codes.get(normaliseLabel(label));
    if (answers.size >= MAX_REMEMBERED_ANSWERS) answers.clear();
    // A cell may be a slice of the whole chunk of text it was read from: remember a copy of it, so
    // that the chunk is not kept alive with it.
    answers.set(JSON.parse(JSON.stringify(label)) as string, code);
    return code;
  }
}

/**
 * The labels an export writes for codes, so that the same table maps them back on import: per concept
 * and code, the first `value` mapping with that code (give the table in a stable order), or the code itself.
 */
export function labelsForCodes(
  mappings: readonly LabelMapping[],
): (concept: LabelConcept, code: string) => string {
  const labels = new Map<string, string>();
  const keyOf = (concept: LabelConcept, code: string) => `${concept}\u0000${code}`;
  for (const { kind, dimension, code, label } of mappings) {
    if (kind !== 'value' || code === null) continue;
    const key = keyOf(dimension, code);
    if (!labels.has(key)) labels.set(key, label);
  }
  return (concept, code) => labels.get(keyOf(concept, code)) ?? code;
}
