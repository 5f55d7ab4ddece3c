import {
  AnalyticsDistributionEntity,
  AnalyticsLatestEntity,
  AnalyticsValueEntity,
} from '../analytics/analytics-tables.entity';
import { ApiTokenEntity, InvitationEntity, RefreshTokenEntity } from '../auth/credential.entities';
import { UserCityEntity, UserEntity } from '../auth/user.entity';
import { CityEntity } from '../cities/city.entity';
import { EvidenceNoteEntity } from '../evidence-notes/evidence-note.entity';
import {
  ImportJobEntity,
  ImportProblemEntity,
  LabelMappingEntity,
} from '../exchange/imports/import.entities';
import { FrameworkNodeTranslationEntity } from '../frameworks/framework-node-translation.entity';
import { FrameworkTranslationEntity } from '../frameworks/framework-translation.entity';
import { FrameworkNodeEntity } from '../frameworks/framework-node.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { DimensionEntity, DimensionValueEntity } from '../indicators/dimension.entity';
import { IndicatorFrameworkNodeEntity } from '../indicators/indicator-framework-node.entity';
import { IndicatorTranslationEntity } from '../indicators/indicator-translation.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LocalTargetEntity } from '../local-targets/local-target.entity';
import { ObservationEntity } from '../observations/observation.entity';
import { SubmissionEntity } from '../observations/submission.entity';
import { PeerGroupEntity, PeerGroupMemberEntity } from '../peer-groups/peer-group.entity';
import { AuditEventEntity } from '../workflow/audit-event.entity';
import { ReminderEntity } from '../workflow/reminder.entity';
import { ReportingCycleEntity } from '../workflow/reporting-cycle.entity';
import { ReviewCommentEntity } from '../workflow/review-comment.entity';
import { AppSettingEntity } from './app-setting.entity';

/** Every entity of the schema; the migration drift check compares exactly these with the database. */
export const ENTITIES = [
  AppSettingEntity,
  FrameworkEntity,
  FrameworkNodeEntity,
  DimensionEntity,
  DimensionValueEntity,
  IndicatorEntity,
  IndicatorFrameworkNodeEntity,
  FrameworkTranslationEntity,
  FrameworkNodeTranslationEntity,
  IndicatorTranslationEntity,
  CityEntity,
  SubmissionEntity,
  ObservationEntity,
  UserEntity,
  UserCityEntity,
  RefreshTokenEntity,
  ApiTokenEntity,
  InvitationEntity,
  ReportingCycleEntity,
  ReviewCommentEntity,
  ReminderEntity,
  AuditEventEntity,
  LocalTargetEntity,
  EvidenceNoteEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
  AnalyticsValueEntity,
  AnalyticsLatestEntity,
  AnalyticsDistributionEntity,
  LabelMappingEntity,
  ImportJobEntity,
  ImportProblemEntity,
];
