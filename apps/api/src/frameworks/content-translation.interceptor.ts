import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { SOURCE_LANGUAGE } from '@lcm/contracts';
import { contentLanguageOf } from './content-language';
import { ContentTranslationsService } from './content-translations.service';

/**
 * Answers every JSON request in the language of its `Accept-Language` header: framework node names
 * and indicator names and definitions, wherever an answer holds them (framework tree, indicator
 * lists, analytics, reports). English, the framework's own language, passes through untouched.
 */
@Injectable()
export class ContentTranslationInterceptor implements NestInterceptor {
  constructor(private readonly translations: ContentTranslationsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const language = contentLanguageOf(http.getRequest<Request>().headers['accept-language']);
    // Caches must keep one copy per language.
    http.getResponse<Response>().vary('Accept-Language');
    if (language === SOURCE_LANGUAGE) return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => this.translations.translate(body, language)));
  }
}
