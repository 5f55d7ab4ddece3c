import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/** Languages with a locale file. French, Spanish and Arabic are added as translations of `en.json`. */
export const SUPPORTED_LANGUAGES = ['en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const defaultNS = 'translation';
export const resources = { en: { translation: en } } as const;

/** Keeps `<html lang dir>` in step with the active language, so Arabic renders right to left. */
function syncDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

i18next.on('languageChanged', syncDocumentLanguage);

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS,
  ns: [defaultNS],
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export default i18next;
