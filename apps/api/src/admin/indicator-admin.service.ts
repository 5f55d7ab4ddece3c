import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IndicatorDto, UpdateIndicatorRequest } from '@lcm/contracts';
import { indicatorSettingsProblems } from '@lcm/domain';
import { ApiException } from '../common/api-exception';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { IndicatorsService } from '../indicators/indicators.service';
import { assertNoProblems, sentFields } from './change-rules';

/** The secretariat's changes to the indicator framework: names, targets, score bounds, valid range. */
@Injectable()
export class IndicatorAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
  ) {}

  async update(code: string, request: UpdateIndicatorRequest): Promise<IndicatorDto> {
    const changes = sentFields(request);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(IndicatorEntity);
      const indicator = await repository.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) throw ApiException.notFound(`No indicator with code '${code}'`);
      assertNoProblems(indicatorSettingsProblems({ ...indicator, ...changes }), changes);
      if (Object.keys(changes).length > 0) await repository.update({ id: indicator.id }, changes);
    });
    return this.indicators.findByCode(code);
  }
}
