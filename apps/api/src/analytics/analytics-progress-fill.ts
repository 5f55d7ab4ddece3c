import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fillMissingProgress } from './analytics-refresh';

/** At start, before any request is answered, measures the progress an upgraded database has not stored yet. */
@Injectable()
export class AnalyticsProgressFill implements OnApplicationBootstrap {
  private readonly logger = new Logger('Analytics');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const cities = await this.dataSource.transaction((manager) => fillMissingProgress(manager));
    if (cities > 0) this.logger.log(`Measured the stored progress of ${cities} cities`);
  }
}
