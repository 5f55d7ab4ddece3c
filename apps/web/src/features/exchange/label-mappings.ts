/** The label-mapping admin table: filtering, sorting and the add/edit form, free of React. */
import {
  LABEL_MAPPING_DIMENSIONS,
  type LabelMappingDimension,
  type LabelMappingDto,
  type LabelMappingKind,
  type LabelMappingRequest,
} from '@lcm/contracts';

export interface MappingDraft {
  kind: LabelMappingKind;
  label: string;
  dimension: LabelMappingDimension;
  code: string;
}

export const EMPTY_DRAFT: MappingDraft = { kind: 'value', label: '', dimension: 'SEX', code: '' };

export function draftOf(mapping: LabelMappingDto): MappingDraft {
  return { kind: mapping.kind, label: mapping.label, dimension: mapping.dimension, code: mapping.code ?? '' };
}

/** Mappings whose label, dimension or code contains the text, grouped by dimension, then column before value. */
export function filterMappings(mappings: readonly LabelMappingDto[], text: string): LabelMappingDto[] {
  const wanted = text.trim().toLowerCase();
  const order = (d: LabelMappingDimension) => LABEL_MAPPING_DIMENSIONS.indexOf(d);
  return mappings
    .filter((m) => [m.label, m.dimension, m.code ?? ''].some((field) => field.toLowerCase().includes(wanted)))
    .sort(
      (a, b) =>
        order(a.dimension) - order(b.dimension) ||
        a.kind.localeCompare(b.kind) ||
        a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }),
    );
}

export type DraftProblem = 'labelRequired' | 'codeRequired';

/** The request to send, or what is missing: a label always, a code for value mappings only. */
export function requestOf(draft: MappingDraft): { request: LabelMappingRequest } | { problem: DraftProblem } {
  const label = draft.label.trim();
  if (!label) return { problem: 'labelRequired' };
  if (draft.kind === 'column')
    return { request: { kind: 'column', label, dimension: draft.dimension, code: null } };
  const code = draft.code.trim();
  if (!code) return { problem: 'codeRequired' };
  return { request: { kind: 'value', label, dimension: draft.dimension, code } };
}
