import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  TRANSLATION_LANGUAGES,
  type FrameworkNodeTranslationDto,
  type PutFrameworkNodeTranslationRequest,
} from '@lcm/contracts';
import { ApiException } from '../common/api-exception';
import { translationLanguageOf } from './content-language';
import { ContentTranslationsService } from './content-translations.service';
import { FrameworkNodeTranslationEntity } from './framework-node-translation.entity';
import { FrameworkNodeEntity } from './framework-node.entity';

/** The secretariat's translations of framework node names (sections, areas, goals…). */
@Injectable()
export class FrameworkNodeTranslationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ContentTranslationsService,
  ) {}

  /** One entry per translation language; null where the English name is shown. */
  async list(code: string): Promise<FrameworkNodeTranslationDto[]> {
    const node = await this.findNode(this.dataSource.manager, code);
    const rows = await this.dataSource
      .getRepository(FrameworkNodeTranslationEntity)
      .findBy({ nodeId: node.id });
    return TRANSLATION_LANGUAGES.map((lang) => ({
      lang,
      name: rows.find((row) => row.lang === lang)?.name ?? null,
    }));
  }

  /** Sets the name in one language; a null name removes the translation, so English shows again. */
  async put(
    code: string,
    lang: string,
    request: PutFrameworkNodeTranslationRequest,
  ): Promise<FrameworkNodeTranslationDto> {
    const language = translationLanguageOf(lang);
    const name = request.name ?? null;
    await this.dataSource.transaction(async (manager) => {
      const node = await this.findNode(manager, code);
      const repository = manager.getRepository(FrameworkNodeTranslationEntity);
      if (name === null) await repository.delete({ nodeId: node.id, lang: language });
      else await repository.upsert({ nodeId: node.id, lang: language, name }, ['nodeId', 'lang']);
    });
    this.content.invalidate();
    return { lang: language, name };
  }

  private async findNode(manager: EntityManager, code: string): Promise<FrameworkNodeEntity> {
    const node = await manager.getRepository(FrameworkNodeEntity).findOneBy({ code });
    if (!node) throw ApiException.notFound(`No framework node with code '${code}'`);
    return node;
  }
}
