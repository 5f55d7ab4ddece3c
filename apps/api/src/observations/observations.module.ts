import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { ObservationsController } from './observations.controller';
import { ObservationsService } from './observations.service';

@Module({
  imports: [CitiesModule, IndicatorsModule, WorkflowModule],
  controllers: [ObservationsController],
  providers: [ObservationsService],
})
export class ObservationsModule {}
