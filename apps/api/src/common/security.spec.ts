import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ConfigError, loadConfig } from '../config/app-config';
import { applySecurity } from './security';

@Controller('api/ping')
class PingController {
  @Get()
  ping() {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('CORS allow-list', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(PingModule, { logger: false });
    applySecurity(app, loadConfig({ CORS_ORIGINS: 'https://partner.example, http://localhost:4200/' }));
    await app.init();
  });
  afterAll(() => app.close());

  it('lets a listed origin read answers and send bearer tokens', async () => {
    const simple = await request(app.getHttpServer())
      .get('/api/ping')
      .set('Origin', 'https://partner.example');
    expect(simple.headers['access-control-allow-origin']).toBe('https://partner.example');
    const preflight = await request(app.getHttpServer())
      .options('/api/ping')
      .set('Origin', 'http://localhost:4200')
      .set('Access-Control-Request-Method', 'PATCH')
      .set('Access-Control-Request-Headers', 'authorization,content-type')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(preflight.headers['access-control-allow-methods']).toContain('PATCH');
  });

  it('gives any other origin no permission', async () => {
    const response = await request(app.getHttpServer())
      .get('/api/ping')
      .set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS_ORIGINS', () => {
  it('is empty, meaning same origin only, unless set', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' , ' }).corsOrigins).toEqual([]);
  });

  it('refuses anything but bare origins, naming the setting', () => {
    for (const wrong of ['partner.example', 'https://partner.example/app', 'ftp://partner.example', '*']) {
      expect(() => loadConfig({ CORS_ORIGINS: wrong })).toThrow(
        new ConfigError(`CORS_ORIGINS must list origins such as https://example.org, got '${wrong}'`),
      );
    }
  });
});
