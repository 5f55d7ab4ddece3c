import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import {
  DEFAULT_LANGUAGE,
  resolveLanguageLocation,
  SUPPORTED_LANGUAGES,
  type SupportedLanguage,
} from './language-url';

export { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type SupportedLanguage } from './language-url';

export const defaultNS = 'translation';
export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  es: { translation: es },
  ar: { translation: ar },
} as const;

/** Where the user's last explicit choice of language is kept, for addresses that carry none. */
export const LANGUAGE_STORAGE_KEY = 'lcm.language';

export function storeLanguageChoice(language: SupportedLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the address still carries the language.
  }
}

function storedLanguageChoice(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language of the page as it loads, from its address (or the stored choice). The address is
 * corrected before the router reads it, so the router starts inside the right language prefix.
 */
function startLocation(): { language: SupportedLanguage; basename: string } {
  if (typeof window === 'undefined') return { language: DEFAULT_LANGUAGE, basename: '' };
  const { pathname, search, hash } = window.location;
  const resolved = resolveLanguageLocation(pathname, search, hash, storedLanguageChoice());
  if (resolved.replaceWith) window.history.replaceState(window.history.state, '', resolved.replaceWith);
  return resolved;
}

const start = startLocation();

/** Router basename of the language in the address: `/fr`, or '' for an address without language. */
export const languageBasename = start.basename;

/** Keeps `<html lang dir>` in step with the active language, so Arabic renders right to left. */
function syncDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

i18next.on('languageChanged', syncDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources,
  lng: start.language,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS,
  ns: [defaultNS],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export default i18next;
