/** The reporting workflow: submission status, review comments, audit trail, reporting cycles. */
import type { Role } from './auth';
import {
  SUBMISSION_STATUSES,
  type Disaggregation,
  type ObservationStatus,
  type RegionCode,
  type SubmissionStatus,
} from './codes';
import type { ObservationDto } from './dto';
import type { ApiError } from './errors';

/** A city-year's place in the reporting cycle: `not_started` until its first value is saved. */
export const REPORTING_STATUSES = ['not_started', ...SUBMISSION_STATUSES] as const;
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];

export interface CommentAuthor {
  displayName: string;
  role: Role;
}

export interface ReviewCommentDto {
  id: string;
  /** The value the comment is about; null (with a null disaggregation) for the whole submission. */
  indicator: string | null;
  disaggregation: Disaggregation | null;
  body: string;
  author: CommentAuthor;
  createdAt: string;
  /** The comment this one answers; answers share the place (value or whole submission) of their thread. */
  parentId: string | null;
  /** Answers, oldest first; only on comments that open a thread. */
  answers?: ReviewCommentDto[];
}

export interface CreateCommentRequest {
  body: string;
  /** Comment on one value; leave out (with disaggregation) to comment on the whole submission. */
  indicator?: string;
  disaggregation?: Disaggregation;
  /** Answer to this comment; the answer belongs to the same value as its thread. */
  parentId?: string;
}

export interface SubmissionDetail {
  city: string;
  year: number;
  status: ReportingStatus;
  /** Send back with every save and status change; 0 while nothing was saved. */
  version: number;
  /** ISO date (YYYY-MM-DD) of the reporting deadline, or null when none is set for the year. */
  deadline: string | null;
  /** Statuses the caller may move the submission to now. */
  allowedTransitions: SubmissionStatus[];
  observations: ObservationDto[];
  /** Review threads, oldest first. */
  comments: ReviewCommentDto[];
  createdAt: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface TransitionRequest {
  to: SubmissionStatus;
  /** The version the caller last saw; a newer one on the server answers 409 with the current submission. */
  version: number;
  /** Required to reopen an approved submission. */
  reason?: string;
  /**
   * Required to return a submission: what the city should fix. A reviewer's comment (return, approve) is
   * also posted on the whole submission; every comment is kept in the audit trail.
   */
  comment?: string;
}

/** The 409 answer to a save or status change based on an outdated version. */
export interface StaleVersionError extends ApiError {
  code: 'CONFLICT';
  current: SubmissionDetail;
}

export const AUDIT_ACTIONS = [
  'value_added',
  'value_changed',
  /** An SDMX-CSV 2.0 import row with ACTION D removed the value. */
  'value_deleted',
  'submit',
  'return',
  'approve',
  'reopen',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A value as the audit trail records it (for status changes: the submission status only). */
export interface AuditedValue {
  value?: number | null;
  status: ObservationStatus | SubmissionStatus;
  source?: string | null;
  comment?: string | null;
}

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  /** Display name (or e-mail) of who acted, as it was at the time. */
  actor: string;
  action: AuditAction;
  indicator: string | null;
  /** Disaggregation key, e.g. `SEX=F` or `total`; null for events about the whole submission. */
  disaggregation: string | null;
  oldValue: AuditedValue | null;
  newValue: AuditedValue | null;
  reason: string | null;
}

export interface HistoryQuery {
  indicator?: string;
  /** Disaggregation key as in AuditEventDto, e.g. `SEX=F;URBANISATION=R` or `total`. */
  disaggregation?: string;
}

export interface ReportingCycleDto {
  year: number;
  /** ISO dates (YYYY-MM-DD). */
  opensOn: string;
  deadline: string;
}

export type SetReportingCycleRequest = Omit<ReportingCycleDto, 'year'>;

export interface CycleConsoleQuery {
  region?: RegionCode;
  status?: ReportingStatus;
}

export interface CycleConsoleRow {
  city: string;
  name: string;
  region: RegionCode;
  status: ReportingStatus;
  updatedAt: string | null;
  /** Indicators without a reported headline value (absent or marked missing). */
  missingIndicators: number;
}

export interface CycleConsoleResponse {
  year: number;
  deadline: string | null;
  /** Cities per status, within the region filter (the status filter does not change them). */
  counts: Record<ReportingStatus, number>;
  rows: CycleConsoleRow[];
}

export const REMINDER_CHANNELS = ['recorded', 'email'] as const;
/** `email` when the reminder was e-mailed; `recorded` when no mail server is configured. */
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface SendRemindersRequest {
  /** City slugs. */
  cities: string[];
}

export interface ReminderDto {
  id: string;
  city: string;
  year: number;
  sentAt: string;
  sentBy: string;
  channel: ReminderChannel;
  /** E-mail addresses of the city's officials at the time. */
  recipients: string[];
}
