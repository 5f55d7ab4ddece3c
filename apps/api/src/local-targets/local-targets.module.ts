import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { LocalTargetsController } from './local-targets.controller';
import { LocalTargetsService } from './local-targets.service';

/** Cities' own targets beside the global ones: proposed by officials, confirmed by network staff. */
@Module({
  imports: [CitiesModule],
  controllers: [LocalTargetsController],
  providers: [LocalTargetsService],
})
export class LocalTargetsModule {}
