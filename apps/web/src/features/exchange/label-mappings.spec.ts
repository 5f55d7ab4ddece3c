import type { LabelMappingDto } from '@lcm/contracts';
import { draftOf, EMPTY_DRAFT, filterMappings, requestOf } from './label-mappings';

const mappings: LabelMappingDto[] = [
  { id: 1, kind: 'value', label: 'Rural', dimension: 'URBANISATION', code: 'R' },
  { id: 2, kind: 'value', label: 'boys', dimension: 'SEX', code: 'M' },
  { id: 3, kind: 'column', label: 'Gender', dimension: 'SEX', code: null },
  { id: 4, kind: 'value', label: 'Girls', dimension: 'SEX', code: 'F' },
];

describe('label mapping admin', () => {
  it('filters by label, dimension or code and groups by dimension, columns first', () => {
    expect(filterMappings(mappings, '').map((m) => m.id)).toEqual([3, 2, 4, 1]);
    expect(filterMappings(mappings, ' urban').map((m) => m.id)).toEqual([1]);
    expect(filterMappings(mappings, 'f').map((m) => m.id)).toEqual([4]);
  });

  it('sends a trimmed label, a code only for value mappings, and names what is missing', () => {
    expect(requestOf({ ...EMPTY_DRAFT, label: '  ' })).toEqual({ problem: 'labelRequired' });
    expect(requestOf({ ...EMPTY_DRAFT, label: 'Boy' })).toEqual({ problem: 'codeRequired' });
    expect(requestOf({ ...EMPTY_DRAFT, label: ' Boy ', code: ' M ' })).toEqual({
      request: { kind: 'value', label: 'Boy', dimension: 'SEX', code: 'M' },
    });
    expect(requestOf({ kind: 'column', label: 'Gender', dimension: 'SEX', code: 'stale' })).toEqual({
      request: { kind: 'column', label: 'Gender', dimension: 'SEX', code: null },
    });
  });

  it('edits a column mapping with an empty code field', () => {
    expect(draftOf(mappings[2]!)).toEqual({ kind: 'column', label: 'Gender', dimension: 'SEX', code: '' });
  });
});
