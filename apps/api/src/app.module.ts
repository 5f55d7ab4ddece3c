import { Module, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { CitiesModule } from './cities/cities.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { FrameworksModule } from './frameworks/frameworks.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { ObservationsModule } from './observations/observations.module';
import { SeedModule } from './seed/seed.module';
import { SystemModule } from './system/system.module';

export interface AppModuleOptions extends AppConfig {
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const serveWeb = options.webDistDir !== null && existsSync(options.webDistDir);
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(options),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.databaseUrl), migrationsRun: true }),
        ...(serveWeb
          ? [ServeStaticModule.forRoot({ rootPath: options.webDistDir!, exclude: ['/api/{*path}'] })]
          : []),
        SystemModule,
        CitiesModule,
        IndicatorsModule,
        FrameworksModule,
        ObservationsModule,
        SeedModule,
      ],
    };
  }
}
