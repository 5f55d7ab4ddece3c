import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IndicatorDto, ScoreBandThresholds, UpdateIndicatorRequest } from '@lcm/contracts';
import { indicatorSettingsProblems, scoreBandProblems } from '@lcm/domain';
import { PROGRESS_SETTINGS, refreshIndicatorProgress } from '../analytics/analytics-refresh';
import { ApiException } from '../common/api-exception';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { IndicatorsService } from '../indicators/indicators.service';
import { assertNoProblems, sentFields } from './change-rules';

/** The stored form of colour thresholds: all three columns, null for the defaults. */
function bandColumns(
  bands: ScoreBandThresholds | null,
): Pick<IndicatorEntity, 'bandAchieved' | 'bandYellow' | 'bandOrange'> {
  return {
    bandAchieved: bands?.achieved ?? null,
    bandYellow: bands?.yellow ?? null,
    bandOrange: bands?.orange ?? null,
  };
}

/**
 * The secretariat's changes to the indicator framework: names, targets, score bounds and colour
 * thresholds, valid range.
 */
@Injectable()
export class IndicatorAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
  ) {}

  async update(code: string, request: UpdateIndicatorRequest): Promise<IndicatorDto> {
    const { scoreBands, ...changes } = sentFields(request);
    if (scoreBands) assertNoProblems(scoreBandProblems(scoreBands), { scoreBands });
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(IndicatorEntity);
      const indicator = await repository.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) throw ApiException.notFound(`No indicator with code '${code}'`);
      assertNoProblems(indicatorSettingsProblems({ ...indicator, ...changes }), changes);
      const columns = scoreBands === undefined ? changes : { ...changes, ...bandColumns(scoreBands) };
      if (Object.keys(columns).length > 0) await repository.update({ id: indicator.id }, columns);
      // Each city's progress is stored, measured with these settings: measure it again.
      if (PROGRESS_SETTINGS.some((setting) => setting in changes)) {
        await refreshIndicatorProgress(manager, indicator.id);
      }
    });
    return this.indicators.findByCode(code);
  }
}
