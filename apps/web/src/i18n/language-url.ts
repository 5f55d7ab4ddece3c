import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '@lcm/contracts';

/**
 * The UI language lives in the address as a path prefix (`/fr/cities/cork`), so a shared link opens in
 * the sender's language. The prefix becomes the router's basename: every `<Link to="/…">` and
 * `navigate('/…')` stays inside it without any page knowing about languages.
 * Pure functions, so that they can be tested without a browser.
 */

export const SUPPORTED_LANGUAGES = LANGUAGES;
export type SupportedLanguage = Language;
export const DEFAULT_LANGUAGE: SupportedLanguage = SOURCE_LANGUAGE;

/** Each language's name in that language, for the language switcher. */
export const LANGUAGE_NAMES: Record<SupportedLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

/**
 * A first path segment that looks like a language tag (`fr`, `pt-BR`). No route of the app has a
 * segment this short, so such a prefix is always read as a language, known or not.
 */
const LANGUAGE_SEGMENT = /^\/([a-z]{2})(?:-[a-z0-9]{2,8})*(?=\/|$)/i;

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** A stored or requested language tag reduced to a supported language, or null. */
export function toSupportedLanguage(tag: string | null | undefined): SupportedLanguage | null {
  const primary = tag?.trim().toLowerCase().split('-')[0] ?? '';
  return isSupportedLanguage(primary) ? primary : null;
}

export interface LanguageLocation {
  language: SupportedLanguage;
  /** Router basename: `/fr`, or '' when the address carries no language. */
  basename: string;
  /** The address to show instead of the requested one, or null when it is already right. */
  replaceWith: string | null;
}

/**
 * Reads the language of an address. A known prefix wins; an unknown one (`/de/…`) falls back to
 * English and is rewritten to `/en/…`; without a prefix the stored choice applies and is written into
 * the address, so that links copied from then on carry it.
 */
export function resolveLanguageLocation(
  pathname: string,
  search: string,
  hash: string,
  storedLanguage: string | null,
): LanguageLocation {
  const match = LANGUAGE_SEGMENT.exec(pathname);
  if (match) {
    const requested = match[0].slice(1);
    const rest = pathname.slice(match[0].length) || '/';
    const language = toSupportedLanguage(match[1]) ?? DEFAULT_LANGUAGE;
    // Only the exact supported code is kept as it is: `fr-CA` becomes `fr`, `de` becomes `en`.
    const canonical = requested === language;
    return {
      language,
      basename: `/${language}`,
      replaceWith: canonical ? null : localizedPath(language, rest) + search + hash,
    };
  }
  const stored = toSupportedLanguage(storedLanguage);
  if (stored && stored !== DEFAULT_LANGUAGE) {
    return {
      language: stored,
      basename: `/${stored}`,
      replaceWith: localizedPath(stored, pathname) + search + hash,
    };
  }
  return { language: DEFAULT_LANGUAGE, basename: '', replaceWith: null };
}

/** The address of an in-app path (`/cities/cork`) in a language: `/fr/cities/cork`. */
export function localizedPath(language: SupportedLanguage, path: string): string {
  if (path === '' || path === '/') return `/${language}`;
  return `/${language}${path.startsWith('/') ? path : `/${path}`}`;
}
