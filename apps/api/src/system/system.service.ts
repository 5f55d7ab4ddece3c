import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MetaResponse } from '@lcm/contracts';
import { AppSettingEntity } from '../database/app-setting.entity';
import { DEMO_DATA_SETTING } from '../seed/seed.service';

const HEALTH_TIMEOUT_MS = 2000;
const VERSION = '0.1.0';

@Injectable()
export class SystemService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isDatabaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
    });
    const probe = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async meta(): Promise<MetaResponse> {
    const setting = await this.dataSource
      .getRepository(AppSettingEntity)
      .findOneBy({ key: DEMO_DATA_SETTING });
    return { demoData: setting?.value === true, version: VERSION };
  }
}
