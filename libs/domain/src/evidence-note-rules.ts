import { EVIDENCE_NOTE_LINK_MAX_LENGTH, EVIDENCE_NOTE_MAX_LENGTH } from '@lcm/contracts';

// A host name (labels of letters, digits and inner hyphens, any script) or a bracketed IPv6 address,
// then an optional port and path. No credentials before the host: a link must show where it leads.
const WEB_ADDRESS =
  /^https?:\/\/(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/** A problem of an evidence note's text or link; the web app words it in the reader's language. */
export type EvidenceNoteProblem =
  | { field: 'text'; code: 'text_empty' }
  | { field: 'text'; code: 'text_too_long'; length: number; max: number }
  | { field: 'link'; code: 'link_too_long'; max: number }
  | { field: 'link'; code: 'link_not_web' }
  | { field: 'link'; code: 'link_malformed'; link: string };

/** Length in characters as a reader counts them (code points, like PostgreSQL's char_length). */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The note text as stored: trimmed. */
export function normaliseEvidenceNoteText(text: string): string {
  return text.trim();
}

/** The link as stored: trimmed, null when empty. */
export function normaliseEvidenceNoteLink(link: string | null | undefined): string | null {
  const trimmed = link?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** What is wrong with a (normalised) note text and link; empty when both are fine. */
export function evidenceNoteProblems(text: string, link: string | null): EvidenceNoteProblem[] {
  const problems: EvidenceNoteProblem[] = [];
  const length = characterCount(text);
  if (length === 0) problems.push({ field: 'text', code: 'text_empty' });
  else if (length > EVIDENCE_NOTE_MAX_LENGTH)
    problems.push({ field: 'text', code: 'text_too_long', length, max: EVIDENCE_NOTE_MAX_LENGTH });
  if (link === null) return problems;
  if (characterCount(link) > EVIDENCE_NOTE_LINK_MAX_LENGTH)
    problems.push({ field: 'link', code: 'link_too_long', max: EVIDENCE_NOTE_LINK_MAX_LENGTH });
  else if (!/^https?:\/\//i.test(link)) problems.push({ field: 'link', code: 'link_not_web' });
  else if (!WEB_ADDRESS.test(link)) problems.push({ field: 'link', code: 'link_malformed', link });
  return problems;
}

/** The problem in English, as the API reports it. */
export function evidenceNoteProblemMessage(problem: EvidenceNoteProblem): string {
  switch (problem.code) {
    case 'text_empty':
      return 'write the note; it must not be empty';
    case 'text_too_long':
      return `the note has ${problem.length} characters; at most ${problem.max} are allowed`;
    case 'link_too_long':
      return `the link is longer than ${problem.max} characters`;
    case 'link_not_web':
      return 'the link must be a web address starting with http:// or https://';
    case 'link_malformed':
      return `'${problem.link}' is not a valid web address`;
  }
}
