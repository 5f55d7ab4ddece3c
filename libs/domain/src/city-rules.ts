import type { SettingsProblem } from './settings-problem';

/** Letters that Unicode decomposition leaves as they are, spelled in ASCII. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * The address of a city: lower-case ASCII of its name, diacritics dropped, apostrophes removed,
 * other punctuation and spaces as single hyphens ("N'Zérékoré" → "nzerekore").
 * Empty when the name has no Latin letters or digits at all.
 */
export function citySlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Membership {
  /** ISO dates (YYYY-MM-DD). */
  joinedOn: string | null;
  leftOn: string | null;
}

/** A city cannot leave the network before it joined. */
export function membershipProblems(membership: Membership): SettingsProblem<keyof Membership>[] {
  const { joinedOn, leftOn } = membership;
  if (joinedOn === null || leftOn === null || leftOn >= joinedOn) return [];
  return [
    {
      rule: 'left_before_joined',
      fields: ['leftOn', 'joinedOn'],
      message: `leftOn (${leftOn}) must not be before joinedOn (${joinedOn})`,
    },
  ];
}
