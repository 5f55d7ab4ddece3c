import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ContentTranslationInterceptor } from './content-translation.interceptor';
import { ContentTranslationsService } from './content-translations.service';
import { FrameworkNodeTranslationsController } from './framework-node-translations.controller';
import { FrameworkNodeTranslationsService } from './framework-node-translations.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  controllers: [FrameworksController, FrameworkNodeTranslationsController],
  providers: [
    FrameworksService,
    FrameworkNodeTranslationsService,
    ContentTranslationsService,
    // Every answer of the API, not only this module's, carries framework texts in the reader's language.
    { provide: APP_INTERCEPTOR, useClass: ContentTranslationInterceptor },
  ],
  exports: [ContentTranslationsService],
})
export class FrameworksModule {}
