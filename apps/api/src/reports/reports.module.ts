import { Module } from '@nestjs/common';
import { CityCompositesService } from '../analytics/city-composites.service';
import { EvidenceNotesModule } from '../evidence-notes/evidence-notes.module';
import { PeerGroupsModule } from '../peer-groups/peer-groups.module';
import { CityReportService } from './city-report.service';
import { ReportPdfService } from './report-pdf.service';
import { ReportsController } from './reports.controller';

/**
 * The mayor's progress report of a city for a year, and its PDF. Built on the analytics: the composite
 * scores come from the composites service itself, the rest from the analytics' methods and statements;
 * the evidence notes from their own service.
 */
@Module({
  imports: [PeerGroupsModule, EvidenceNotesModule],
  controllers: [ReportsController],
  providers: [CityReportService, ReportPdfService, CityCompositesService],
})
export class ReportsModule {}
