import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DIMENSION_CODES,
  type AuditEventDto,
  type ReviewCommentDto,
  type Role,
  type StaleVersionError,
  type SubmissionDetail,
} from '@lcm/contracts';
import { allowedTransitions, checkTransition, disaggregationKey, type TransitionCheck } from '@lcm/domain';
import { refreshCityYearAnalytics } from '../analytics/analytics-refresh';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import type { CityEntity } from '../cities/city.entity';
import { CitiesService } from '../cities/cities.service';
import { ApiException } from '../common/api-exception';
import { IndicatorsService } from '../indicators/indicators.service';
import { SubmissionEntity } from '../observations/submission.entity';
import { AuditTrail } from './audit-trail.service';
import { readObservations } from './observation-reader';
import { ReportingCycleEntity } from './reporting-cycle.entity';
import { ReviewCommentsService } from './review-comments.service';
import type { CreateCommentRequestDto, HistoryQueryDto, TransitionRequestDto } from './workflow.dto';

/**
 * The caller's role in this city's workflow. An official counts as one only for the cities they are
 * assigned to; elsewhere they have no say.
 */
function workflowRole(user: AuthUser | null, cityId: number): Role | null {
  if (!user) return null;
  if (user.role === 'official' && !accessPolicy.canEditCity(user, cityId)) return null;
  return user.role;
}

/** Locks a city-year's submission row against concurrent saves and status changes, if it exists. */
export function lockSubmission(
  manager: EntityManager,
  cityId: number,
  year: number,
): Promise<SubmissionEntity | null> {
  return manager
    .getRepository(SubmissionEntity)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.city_id = :cityId AND s.year = :year', { cityId, year })
    .getOne();
}

/** A disaggregation key as typed by a person, e.g. `URBANISATION=R;SEX=F`, in its canonical order. */
function canonicalKey(raw: string): string | null {
  if (raw === 'total') return raw;
  const pairs = raw.split(';').map((part) => part.split('='));
  const known = (dimension: string | undefined) =>
    (DIMENSION_CODES as readonly (string | undefined)[]).includes(dimension);
  if (pairs.some((pair) => pair.length !== 2 || !known(pair[0]) || !pair[1])) return null;
  return disaggregationKey(Object.fromEntries(pairs) as Record<string, string>);
}

function refusal(check: Extract<TransitionCheck, { allowed: false }>): ApiException {
  switch (check.refusal) {
    case 'role_not_allowed':
      return ApiException.forbidden(check.message);
    case 'comment_required':
      return ApiException.validation(check.message, [{ field: 'comment', message: check.message }]);
    case 'reason_required':
      return ApiException.validation(check.message, [{ field: 'reason', message: check.message }]);
    case 'unchanged':
    case 'no_such_transition':
      return ApiException.validation(check.message, [{ field: 'to', message: check.message }]);
  }
}

/** A city-year's submission as each caller may see it, and its moves through the review workflow. */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
    private readonly comments: ReviewCommentsService,
    private readonly audit: AuditTrail,
  ) {}

  async detail(slug: string, year: number, user: AuthUser | null): Promise<SubmissionDetail> {
    const city = await this.cities.findBySlug(slug);
    return this.detailOf(this.dataSource.manager, city, year, user);
  }

  /**
   * Callers who may see unapproved data get every status, including `not_started` (version 0), the
   * review comments and their allowed transitions; everyone else sees approved submissions only.
   */
  async detailOf(
    manager: EntityManager,
    city: CityEntity,
    year: number,
    user: AuthUser | null,
  ): Promise<SubmissionDetail> {
    const submission = await manager.findOneBy(SubmissionEntity, { cityId: city.id, year });
    const insider = accessPolicy.canSeeUnapproved(user, city.id);
    if (!insider && submission?.status !== 'approved') {
      throw ApiException.notFound(`${city.name} has no approved submission for ${year}`);
    }
    const cycle = await manager.findOneBy(ReportingCycleEntity, { year });
    const deadline = cycle?.deadline ?? null;
    if (!submission) {
      return {
        city: city.slug,
        year,
        status: 'not_started',
        version: 0,
        deadline,
        allowedTransitions: [],
        observations: [],
        comments: [],
        createdAt: null,
        updatedAt: null,
        submittedAt: null,
        approvedAt: null,
      };
    }
    const observations = await readObservations(manager, city.id, { year, approvedOnly: false });
    const comments: ReviewCommentDto[] = insider ? await this.comments.threads(manager, submission.id) : [];
    return {
      city: city.slug,
      year,
      status: submission.status,
      version: submission.version,
      deadline,
      allowedTransitions: allowedTransitions(submission.status, workflowRole(user, city.id)),
      observations,
      comments,
      createdAt: submission.createdAt.toISOString(),
      updatedAt: submission.updatedAt.toISOString(),
      submittedAt: submission.submittedAt?.toISOString() ?? null,
      approvedAt: submission.approvedAt?.toISOString() ?? null,
    };
  }

  /** The 409 for a save or status change based on an outdated version: carries what is current now. */
  async staleVersion(city: CityEntity, year: number, user: AuthUser): Promise<ApiException> {
    const current = await this.detailOf(this.dataSource.manager, city, year, user);
    const body: StaleVersionError = {
      code: 'CONFLICT',
      message:
        current.version === 0
          ? `The ${year} submission of ${city.name} does not exist yet; start from version 0`
          : `The ${year} submission of ${city.name} changed meanwhile (now version ${current.version}); ` +
            'nothing was saved — review the current values and try again',
      current,
    };
    return new ApiException(HttpStatus.CONFLICT, body);
  }

  /** Moves the submission on, checked against the workflow rules and the version the caller saw. */
  async transition(
    slug: string,
    year: number,
    request: TransitionRequestDto,
    user: AuthUser,
  ): Promise<SubmissionDetail> {
    const city = await this.insiderCity(slug, year, user);
    const stale = await this.dataSource.transaction(async (manager) => {
      const submission = await lockSubmission(manager, city.id, year);
      if (!submission) {
        throw ApiException.notFound(`${city.name} has not started its ${year} submission; save values first`);
      }
      if (submission.version !== request.version) return true;
      const check = checkTransition(submission.status, request.to, workflowRole(user, city.id), request);
      if (!check.allowed) throw refusal(check);
      const { action } = check.transition;
      await manager.query(
        `UPDATE submission SET status = $2, version = version + 1, updated_at = now(),
           submitted_at = CASE WHEN $3 = 'submit' THEN now() ELSE submitted_at END,
           approved_at = CASE WHEN $3 = 'approve' THEN now() WHEN $3 = 'reopen' THEN NULL ELSE approved_at END
         WHERE id = $1`,
        [submission.id, request.to, action],
      );
      // The analytics show approved values only, so they change with every move into or out of approval.
      if (request.to === 'approved' || submission.status === 'approved') {
        await refreshCityYearAnalytics(manager, city.id, year);
      }
      const comment = request.comment?.trim() || null;
      // A reviewer's note travels with the submission as a comment on it as a whole.
      if (comment && (action === 'return' || action === 'approve')) {
        await this.comments.add(manager, submission.id, user, { body: comment });
      }
      const actor = await this.audit.actorOf(manager, user);
      await this.audit.record(manager, actor, { cityId: city.id, year, submissionId: submission.id }, [
        {
          action,
          oldValue: { status: submission.status },
          newValue: { status: request.to },
          reason: request.reason?.trim() || comment,
        },
      ]);
      return false;
    });
    if (stale) throw await this.staleVersion(city, year, user);
    return this.detailOf(this.dataSource.manager, city, year, user);
  }

  async listComments(slug: string, year: number, user: AuthUser): Promise<ReviewCommentDto[]> {
    const city = await this.insiderCity(slug, year, user);
    const submission = await this.startedSubmission(city, year);
    return this.comments.threads(this.dataSource.manager, submission.id);
  }

  /** Reviewers open threads on a value or the whole submission; the city's officials answer them. */
  async addComment(
    slug: string,
    year: number,
    request: CreateCommentRequestDto,
    user: AuthUser,
  ): Promise<ReviewCommentDto> {
    const city = await this.insiderCity(slug, year, user);
    const role = workflowRole(user, city.id);
    if (role === 'official' && request.parentId === undefined) {
      throw ApiException.forbidden('Officials answer reviewers’ comments: send the parentId of the comment');
    }
    if (role !== 'official' && !accessPolicy.canReview(user)) {
      throw ApiException.forbidden('Only reviewers and the city’s officials comment on a submission');
    }
    const submission = await this.startedSubmission(city, year);
    return this.dataSource.transaction((manager) => this.comments.add(manager, submission.id, user, request));
  }

  async history(
    slug: string,
    year: number,
    query: HistoryQueryDto,
    user: AuthUser,
  ): Promise<AuditEventDto[]> {
    const city = await this.insiderCity(slug, year, user);
    if (query.indicator) await this.indicators.findByCode(query.indicator);
    let disaggregation: string | undefined;
    if (query.disaggregation !== undefined) {
      const key = canonicalKey(query.disaggregation);
      if (!query.indicator || key === null) {
        throw ApiException.validation('Invalid history filter', [
          {
            field: 'disaggregation',
            message: query.indicator
              ? "disaggregation must be a key like 'SEX=F;URBANISATION=R' or 'total'"
              : 'a disaggregation needs an indicator',
          },
        ]);
      }
      disaggregation = key;
    }
    return this.audit.history(city.id, year, { indicator: query.indicator, disaggregation });
  }

  /** The city, if the caller may see its unapproved data; a 404 otherwise, which reveals nothing. */
  private async insiderCity(slug: string, year: number, user: AuthUser): Promise<CityEntity> {
    const city = await this.cities.findBySlug(slug);
    if (!accessPolicy.canSeeUnapproved(user, city.id)) {
      throw ApiException.notFound(`No ${year} submission of ${city.name} is open to you`);
    }
    return city;
  }

  private async startedSubmission(city: CityEntity, year: number): Promise<SubmissionEntity> {
    const submission = await this.dataSource.manager.findOneBy(SubmissionEntity, { cityId: city.id, year });
    if (!submission) throw ApiException.notFound(`${city.name} has not started its ${year} submission`);
    return submission;
  }
}
