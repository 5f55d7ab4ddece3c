/** Languages of the product: UNESCO's working languages English and French, then Spanish and Arabic. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language of the framework's own texts, and the fallback of every translation. */
export const SOURCE_LANGUAGE = 'en' satisfies Language;

/** Languages the framework's content (node names, indicator names and definitions) is translated into. */
export const TRANSLATION_LANGUAGES = ['fr', 'es', 'ar'] as const satisfies readonly Language[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** An indicator's name and definition in one language; null fields fall back to English. */
export interface IndicatorTranslationDto {
  lang: TranslationLanguage;
  name: string | null;
  definition: string | null;
}

/** A framework node's name in one language; null falls back to English. */
export interface FrameworkNodeTranslationDto {
  lang: TranslationLanguage;
  name: string | null;
}

/** Sets (or, with nulls, removes) an indicator's translation in one language. */
export interface PutIndicatorTranslationRequest {
  name: string | null;
  definition: string | null;
}

/** Sets (or, with null, removes) a framework node's name in one language. */
export interface PutFrameworkNodeTranslationRequest {
  name: string | null;
}
