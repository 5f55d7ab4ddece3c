import { Module, type DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { AdminModule } from './admin/admin.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuthModule } from './auth/auth.module';
import { CitiesModule } from './cities/cities.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { ExchangeModule } from './exchange/exchange.module';
import { EvidenceNotesModule } from './evidence-notes/evidence-notes.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { LocalTargetsModule } from './local-targets/local-targets.module';
import { MailModule } from './mail/mail.module';
import { ObservationsModule } from './observations/observations.module';
import { PeerGroupsModule } from './peer-groups/peer-groups.module';
import { PlausibilityModule } from './plausibility/plausibility.module';
import { ReportsModule } from './reports/reports.module';
import { SeedModule } from './seed/seed.module';
import { SystemModule } from './system/system.module';
import { UsersModule } from './users/users.module';
import { WorkflowModule } from './workflow/workflow.module';

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
        MailModule,
        AuthModule,
        UsersModule,
        SystemModule,
        CitiesModule,
        IndicatorsModule,
        FrameworksModule,
        ObservationsModule,
        WorkflowModule,
        PlausibilityModule,
        SeedModule,
        AdminModule,
        PeerGroupsModule,
        LocalTargetsModule,
        EvidenceNotesModule,
        AnalyticsModule,
        ExchangeModule,
        ReportsModule,
      ],
    };
  }
}
