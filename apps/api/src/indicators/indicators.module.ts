import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { IndicatorTranslationsService } from './indicator-translations.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [FrameworksModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, IndicatorTranslationsService],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
