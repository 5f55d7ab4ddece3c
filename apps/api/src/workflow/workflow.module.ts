import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { AuditTrail } from './audit-trail.service';
import { CyclesController } from './cycles.controller';
import { CyclesService } from './cycles.service';
import { ReviewCommentsService } from './review-comments.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

/** The review workflow: submission status, review comments, audit trail, reporting cycles, reminders. */
@Module({
  imports: [CitiesModule, IndicatorsModule],
  controllers: [SubmissionsController, CyclesController],
  providers: [SubmissionsService, ReviewCommentsService, AuditTrail, CyclesService],
  exports: [SubmissionsService, AuditTrail],
})
export class WorkflowModule {}
