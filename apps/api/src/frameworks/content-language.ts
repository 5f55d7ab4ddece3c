import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  LANGUAGES,
  SOURCE_LANGUAGE,
  TRANSLATION_LANGUAGES,
  type Language,
  type TranslationLanguage,
} from '@lcm/contracts';
import { ApiException } from '../common/api-exception';

/**
 * The language to answer in, from an `Accept-Language` header: the supported language with the
 * highest weight (`fr-CA` counts as `fr`); English when none is supported or the header is missing
 * or malformed. Ties keep the order of the header.
 */
export function contentLanguageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { language: Language; weight: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (!(LANGUAGES as readonly string[]).includes(primary)) continue;
    const weight = weightOf(params);
    if (weight > 0 && (!best || weight > best.weight)) best = { language: primary as Language, weight };
  }
  return best?.language ?? SOURCE_LANGUAGE;
}

function weightOf(params: string[]): number {
  const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
  if (q === undefined) return 1;
  const weight = Number(q.slice(2));
  return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0;
}

/** The language a request asks for in its `Accept-Language` header; see `contentLanguageOf`. */
export const ContentLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  contentLanguageOf(
    context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[
      'accept-language'
    ],
  ),
);

/** OpenAPI description of the header, shared by every route that answers in the caller's language. */
export const ACCEPT_LANGUAGE_HEADER = {
  name: 'Accept-Language',
  required: false,
  description:
    'Language of framework and indicator names and definitions: en, fr, es or ar (weights and regional ' +
    'tags such as fr-CA;q=0.9 are understood). Each text falls back to English where it is not ' +
    'translated; an unknown or missing language gives English.',
  example: 'fr',
} as const;

/** A language that content is translated into, from a path parameter; 400 naming `lang` otherwise. */
export function translationLanguageOf(lang: string): TranslationLanguage {
  if ((TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) return lang as TranslationLanguage;
  throw ApiException.validation('Unknown translation language', [
    {
      field: 'lang',
      message: `lang must be one of ${TRANSLATION_LANGUAGES.join(', ')} (English is the framework's own text)`,
    },
  ]);
}

/** Text fields of a translation: trimmed, and empty text means "no translation" (null). */
export const EmptyAsNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));
