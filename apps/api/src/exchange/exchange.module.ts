import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { ExportsController } from './exports/exports.controller';
import { ExportsService } from './exports/exports.service';
import { ImportsController, LabelMappingsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { LabelMappingsService } from './imports/label-mappings.service';

/** Data exchange: file imports with dry run, the label mappings they use, exports and import templates. */
@Module({
  imports: [CitiesModule, IndicatorsModule, WorkflowModule],
  controllers: [ImportsController, LabelMappingsController, ExportsController],
  providers: [ImportsService, LabelMappingsService, ExportsService],
  exports: [ImportsService, LabelMappingsService],
})
export class ExchangeModule {}
