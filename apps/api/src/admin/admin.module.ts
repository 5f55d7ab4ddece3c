import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { AdminController } from './admin.controller';
import { CityAdminService } from './city-admin.service';
import { IndicatorAdminService } from './indicator-admin.service';

@Module({
  imports: [CitiesModule, IndicatorsModule],
  controllers: [AdminController],
  providers: [CityAdminService, IndicatorAdminService],
})
export class AdminModule {}
