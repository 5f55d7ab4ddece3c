import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@lcm/contracts';
import { AppModule, type AppModuleOptions } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { applySecurity } from './common/security';
import { createValidationPipe } from './common/validation';

/** Builds the whole application: used by `main.ts`, the CLI and the API tests alike. */
export async function createApp(
  options: AppModuleOptions,
  { quiet = false } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: quiet ? false : ['error', 'warn', 'log'],
  });
  applySecurity(app, options);
  app.useBodyParser('json', { limit: options.bodyLimit });
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX.slice(1));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Learning Cities Monitor API')
    .setDescription(
      'Indicators, cities and yearly submissions of the UNESCO Global Network of Learning Cities. ' +
        'Every error has the body { code, message, errors? }. Names and definitions of frameworks, areas and ' +
        'indicators come in the language of the Accept-Language header (en, fr, es or ar), in English where ' +
        'not translated or for any other language.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
