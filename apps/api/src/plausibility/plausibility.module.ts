import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PlausibilityController } from './plausibility.controller';
import { PlausibilityService } from './plausibility.service';

@Module({
  imports: [CitiesModule, IndicatorsModule],
  controllers: [PlausibilityController],
  providers: [PlausibilityService],
})
export class PlausibilityModule {}
