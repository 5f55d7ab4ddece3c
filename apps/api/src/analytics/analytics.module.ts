import { Module } from '@nestjs/common';
import { PeerGroupsModule } from '../peer-groups/peer-groups.module';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsProgressFill } from './analytics-progress-fill';
import { CityCompositesService } from './city-composites.service';
import { CityEquityService } from './city-equity.service';
import { CityProgressService } from './city-progress.service';
import { IndicatorComparisonService } from './indicator-comparison.service';
import { NetworkOverviewService } from './network-overview.service';

/**
 * Analytics for analysts and mayors: city progress, comparisons, composite scores, equity, network
 * overview. Reads the analytics tables that analytics-refresh.ts keeps in step with approvals.
 */
@Module({
  imports: [PeerGroupsModule],
  controllers: [AnalyticsController],
  providers: [
    AnalyticsProgressFill,
    CityProgressService,
    IndicatorComparisonService,
    CityCompositesService,
    CityEquityService,
    NetworkOverviewService,
  ],
})
export class AnalyticsModule {}
