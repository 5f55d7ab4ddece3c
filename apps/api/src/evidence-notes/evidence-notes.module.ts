import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { EvidenceNotesController } from './evidence-notes.controller';
import { EvidenceNotesService } from './evidence-notes.service';

/** Evidence notes on a city's indicator-years, shown as annotations on charts and in the report. */
@Module({
  imports: [CitiesModule],
  controllers: [EvidenceNotesController],
  providers: [EvidenceNotesService],
  exports: [EvidenceNotesService],
})
export class EvidenceNotesModule {}
