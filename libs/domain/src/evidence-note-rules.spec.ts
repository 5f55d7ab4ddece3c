import {
  evidenceNoteProblemMessage,
  evidenceNoteProblems,
  normaliseEvidenceNoteLink,
  normaliseEvidenceNoteText,
} from './evidence-note-rules';

const messages = (text: string, link: string | null) =>
  evidenceNoteProblems(text, link).map(
    (problem) => `${problem.field}: ${evidenceNoteProblemMessage(problem)}`,
  );

describe('evidence note text', () => {
  it('is trimmed and must hold 1 to 500 characters', () => {
    expect(normaliseEvidenceNoteText('  New adult-learning centres opened in 2022 \n')).toBe(
      'New adult-learning centres opened in 2022',
    );
    expect(messages('', null)).toEqual(['text: write the note; it must not be empty']);
    expect(messages('x'.repeat(500), null)).toEqual([]);
    expect(messages('x'.repeat(501), null)).toEqual([
      'text: the note has 501 characters; at most 500 are allowed',
    ]);
    expect(evidenceNoteProblems('x'.repeat(501), null)).toEqual([
      { field: 'text', code: 'text_too_long', length: 501, max: 500 },
    ]);
  });

  it('counts characters as a reader does, not UTF-16 units', () => {
    expect(evidenceNoteProblems('📚'.repeat(500), null)).toEqual([]);
  });
});

describe('evidence note link', () => {
  it('is optional: empty means none', () => {
    expect(normaliseEvidenceNoteLink(undefined)).toBeNull();
    expect(normaliseEvidenceNoteLink(null)).toBeNull();
    expect(normaliseEvidenceNoteLink('   ')).toBeNull();
    expect(normaliseEvidenceNoteLink(' https://example.org ')).toBe('https://example.org');
  });

  it.each([
    'https://www.corkcity.ie/en/learning-festival',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'https://example.org:8443/a/b?c=d#e',
    'https://ciudad.gov.co/educación/informe-2022.pdf',
    'https://[2001:db8::1]/report',
  ])('accepts %s', (link) => {
    expect(evidenceNoteProblems('Note', link)).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'link: the link must be a web address starting with http:// or https://'],
    ['ftp://example.org/file', 'link: the link must be a web address starting with http:// or https://'],
    ['www.example.org', 'link: the link must be a web address starting with http:// or https://'],
    ['https://', "link: 'https://' is not a valid web address"],
    ['https://exa mple.org', "link: 'https://exa mple.org' is not a valid web address"],
    ['https://user:secret@example.org', "link: 'https://user:secret@example.org' is not a valid web address"],
    ['https://-bad-.org', "link: 'https://-bad-.org' is not a valid web address"],
  ])('refuses %s', (link, problem) => {
    expect(messages('Note', link)).toEqual([problem]);
  });

  it('refuses links longer than 2000 characters', () => {
    expect(messages('Note', `https://example.org/${'a'.repeat(2000)}`)).toEqual([
      'link: the link is longer than 2000 characters',
    ]);
  });

  it('reports a bad text and a bad link together', () => {
    expect(evidenceNoteProblems('', 'mailto:someone@example.org').map((problem) => problem.code)).toEqual([
      'text_empty',
      'link_not_web',
    ]);
  });
});
