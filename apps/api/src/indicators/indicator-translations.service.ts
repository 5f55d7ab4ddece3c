import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  TRANSLATION_LANGUAGES,
  type IndicatorTranslationDto,
  type PutIndicatorTranslationRequest,
} from '@lcm/contracts';
import { ApiException } from '../common/api-exception';
import { translationLanguageOf } from '../frameworks/content-language';
import { ContentTranslationsService } from '../frameworks/content-translations.service';
import { IndicatorTranslationEntity } from './indicator-translation.entity';
import { IndicatorEntity } from './indicator.entity';

/** The secretariat's translations of indicator names and definitions. */
@Injectable()
export class IndicatorTranslationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ContentTranslationsService,
  ) {}

  /** One entry per translation language; null fields are shown in English. */
  async list(code: string): Promise<IndicatorTranslationDto[]> {
    const indicator = await this.findIndicator(this.dataSource.manager, code);
    const rows = await this.dataSource
      .getRepository(IndicatorTranslationEntity)
      .findBy({ indicatorId: indicator.id });
    return TRANSLATION_LANGUAGES.map((lang) => {
      const row = rows.find((r) => r.lang === lang);
      return { lang, name: row?.name ?? null, definition: row?.definition ?? null };
    });
  }

  /** Sets both texts in one language; null (or empty) falls back to English, and both null removes the row. */
  async put(
    code: string,
    lang: string,
    request: PutIndicatorTranslationRequest,
  ): Promise<IndicatorTranslationDto> {
    const language = translationLanguageOf(lang);
    const name = request.name ?? null;
    const definition = request.definition ?? null;
    await this.dataSource.transaction(async (manager) => {
      const indicator = await this.findIndicator(manager, code);
      const repository = manager.getRepository(IndicatorTranslationEntity);
      if (name === null && definition === null) {
        await repository.delete({ indicatorId: indicator.id, lang: language });
      } else {
        await repository.upsert({ indicatorId: indicator.id, lang: language, name, definition }, [
          'indicatorId',
          'lang',
        ]);
      }
    });
    this.content.invalidate();
    return { lang: language, name, definition };
  }

  private async findIndicator(manager: EntityManager, code: string): Promise<IndicatorEntity> {
    const indicator = await manager.getRepository(IndicatorEntity).findOneBy({ code });
    if (!indicator) throw ApiException.notFound(`No indicator with code '${code}'`);
    return indicator;
  }
}
