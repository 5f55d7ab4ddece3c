import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TranslationLanguage } from '@lcm/contracts';

/** The translated texts of a framework, node or indicator; null where it has no such text. */
interface Texts {
  name: string | null;
  /** Of an indicator. */
  definition: string | null;
  /** Of a framework. */
  description: string | null;
}

const TEXT_FIELDS = ['name', 'definition', 'description'] as const;

/** A translatable item of the framework: its English texts and their translations by language. */
interface TranslatableItem {
  english: Texts;
  translations: Map<string, Texts>;
}

interface TranslationRow {
  code: string;
  lang: string;
  english: Texts;
  translated: Texts;
}

/** How long a read of the translations serves answers; an edit through this process clears it at once. */
const CACHE_MS = 30_000;

/**
 * Puts the framework's content into the reader's language in any answer of the API: every object whose
 * `code` is a framework, framework node or indicator gets its `name` (and `description` or
 * `definition`) translated. Only texts still equal to the English original are replaced, so an
 * object that merely shares a code is left alone; untranslated texts stay English, field by field.
 */
@Injectable()
export class ContentTranslationsService {
  private cache: { items: Promise<Map<string, TranslatableItem>>; readAt: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Forgets the cached translations after an edit. */
  invalidate(): void {
    this.cache = null;
  }

  /** A copy of `body` with the framework's texts in `language`; the original is not changed. */
  async translate<T>(body: T, language: TranslationLanguage): Promise<T> {
    const items = await this.items();
    return translated(body, (code) => items.get(code)?.translations.get(language), items) as T;
  }

  private items(): Promise<Map<string, TranslatableItem>> {
    if (!this.cache || Date.now() - this.cache.readAt > CACHE_MS) {
      const items = this.load();
      this.cache = { items, readAt: Date.now() };
      // A failed read must not be served from the cache.
      items.catch(() => this.invalidate());
    }
    return this.cache.items;
  }

  private async load(): Promise<Map<string, TranslatableItem>> {
    const rows = await this.dataSource.query<TranslationRow[]>(
      `SELECT f.code, t.lang,
              json_build_object('name', f.name, 'definition', NULL, 'description', f.description) AS english,
              json_build_object('name', t.name, 'definition', NULL, 'description', t.description) AS translated
       FROM framework_translation t JOIN framework f ON f.code = t.framework_code
       UNION ALL
       SELECT n.code, t.lang,
              json_build_object('name', n.name, 'definition', NULL, 'description', NULL),
              json_build_object('name', t.name, 'definition', NULL, 'description', NULL)
       FROM framework_node_translation t JOIN framework_node n ON n.id = t.node_id
       UNION ALL
       SELECT i.code, t.lang,
              json_build_object('name', i.name, 'definition', i.definition, 'description', NULL),
              json_build_object('name', t.name, 'definition', t.definition, 'description', NULL)
       FROM indicator_translation t JOIN indicator i ON i.id = t.indicator_id`,
    );
    const items = new Map<string, TranslatableItem>();
    for (const row of rows) {
      let item = items.get(row.code);
      if (!item) {
        item = { english: row.english, translations: new Map() };
        items.set(row.code, item);
      }
      item.translations.set(row.lang, row.translated);
    }
    return items;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function translated(
  value: unknown,
  translationOf: (code: string) => Texts | undefined,
  items: Map<string, TranslatableItem>,
): unknown {
  if (Array.isArray(value)) return value.map((element) => translated(element, translationOf, items));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = translated(field, translationOf, items);
  if (typeof copy.code !== 'string') return copy;
  const english = items.get(copy.code)?.english;
  const translation = translationOf(copy.code);
  if (!english || !translation) return copy;
  for (const field of TEXT_FIELDS) {
    const text = translation[field];
    if (text && copy[field] === english[field]) copy[field] = text;
  }
  return copy;
}
