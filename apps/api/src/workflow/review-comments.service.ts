import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApiErrorDetail, ReviewCommentDto, Role } from '@lcm/contracts';
import { compactDisaggregation, validateObservations } from '@lcm/domain';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { IndicatorsService } from '../indicators/indicators.service';
import { ReviewCommentEntity } from './review-comment.entity';
import type { CreateCommentRequestDto } from './workflow.dto';

interface CommentRow {
  id: string;
  parentId: string | null;
  indicator: string | null;
  sex: string | null;
  age: string | null;
  urbanisation: string | null;
  disabilityStatus: string | null;
  body: string;
  createdAt: Date;
  authorName: string;
  authorRole: Role;
}

/** Where a comment sits: one value of the submission, or (all null) the submission as a whole. */
type CommentPlace = Pick<
  ReviewCommentEntity,
  'indicatorId' | 'sex' | 'age' | 'urbanisation' | 'disabilityStatus'
>;

const WHOLE_SUBMISSION: CommentPlace = {
  indicatorId: null,
  sex: null,
  age: null,
  urbanisation: null,
  disabilityStatus: null,
};

function toComment(row: CommentRow): ReviewCommentDto {
  const disaggregation =
    row.indicator === null
      ? null
      : compactDisaggregation({
          SEX: row.sex ?? '_T',
          AGE: row.age ?? '_T',
          URBANISATION: row.urbanisation ?? '_T',
          DISABILITY_STATUS: row.disabilityStatus ?? '_T',
        });
  return {
    id: row.id,
    indicator: row.indicator,
    disaggregation,
    body: row.body,
    author: { displayName: row.authorName, role: row.authorRole },
    createdAt: row.createdAt.toISOString(),
    parentId: row.parentId,
  };
}

/** Review threads: reviewers comment on a value or the whole submission, the city's officials answer. */
@Injectable()
export class ReviewCommentsService {
  constructor(private readonly indicators: IndicatorsService) {}

  /** Threads of a submission, oldest first, each with its answers. */
  async threads(manager: EntityManager, submissionId: number): Promise<ReviewCommentDto[]> {
    const comments = (await this.query(manager, 'rc.submission_id = $1', [submissionId])).map(toComment);
    const threads = comments
      .filter((c) => c.parentId === null)
      .map((c) => ({ ...c, answers: [] as ReviewCommentDto[] }));
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    for (const answer of comments) {
      if (answer.parentId !== null) byId.get(answer.parentId)?.answers.push(answer);
    }
    return threads;
  }

  /**
   * Adds a comment in the caller's transaction. An answer joins its thread (answers to answers go to
   * the thread's first comment) and is about the same value as the thread.
   */
  async add(
    manager: EntityManager,
    submissionId: number,
    author: AuthUser,
    request: Pick<CreateCommentRequestDto, 'body' | 'indicator' | 'disaggregation' | 'parentId'>,
  ): Promise<ReviewCommentDto> {
    let place: CommentPlace;
    let parentId: string | null = null;
    if (request.parentId !== undefined) {
      if (request.indicator !== undefined || request.disaggregation !== undefined) {
        throw ApiException.validation('An answer belongs to the value of its thread', [
          { field: 'indicator', message: 'leave out indicator and disaggregation when answering a comment' },
        ]);
      }
      const parent = await manager.findOneBy(ReviewCommentEntity, { id: request.parentId, submissionId });
      if (!parent) {
        throw ApiException.validation('No such comment to answer', [
          { field: 'parentId', message: `comment ${request.parentId} is not part of this submission` },
        ]);
      }
      parentId = parent.parentId ?? parent.id;
      place = {
        indicatorId: parent.indicatorId,
        sex: parent.sex,
        age: parent.age,
        urbanisation: parent.urbanisation,
        disabilityStatus: parent.disabilityStatus,
      };
    } else {
      place = await this.placeOf(request.indicator, request.disaggregation);
    }
    const { id } = await manager.save(ReviewCommentEntity, {
      submissionId,
      ...place,
      parentId,
      authorId: author.id,
      body: request.body.trim(),
    });
    const [row] = await this.query(manager, 'rc.id = $1', [id]);
    return toComment(row!);
  }

  /** The value a new thread is about, checked by the same rules as the value itself. */
  private async placeOf(indicator: string | undefined, disaggregation: unknown): Promise<CommentPlace> {
    if (indicator === undefined) {
      if (disaggregation !== undefined) {
        throw ApiException.validation('A disaggregation needs an indicator', [
          {
            field: 'disaggregation',
            message: 'name the indicator too, or leave both out for the whole submission',
          },
        ]);
      }
      return WHOLE_SUBMISSION;
    }
    const context = await this.indicators.validationContext();
    // A missing value is valid for every indicator, so only the indicator and disaggregation can fail.
    const { observations, errors } = validateObservations(
      [{ indicator, disaggregation, value: null, status: 'M' }],
      context,
    );
    const value = observations[0];
    if (!value) {
      const problems = errors.map((error): ApiErrorDetail => ({
        field: error.field?.replace(/^observations\[0\]\.?/, '') || 'indicator',
        indicator: error.indicator,
        disaggregation: error.disaggregation,
        message: error.message,
      }));
      throw ApiException.validation('The comment is about a value that cannot exist', problems);
    }
    return {
      indicatorId: context.indicatorIds.get(indicator)!,
      sex: value.disaggregation.SEX,
      age: value.disaggregation.AGE,
      urbanisation: value.disaggregation.URBANISATION,
      disabilityStatus: value.disaggregation.DISABILITY_STATUS,
    };
  }

  private query(manager: EntityManager, condition: string, params: unknown[]): Promise<CommentRow[]> {
    return manager.query<CommentRow[]>(
      `SELECT rc.id, rc.parent_id AS "parentId", i.code AS indicator, rc.sex, rc.age, rc.urbanisation,
              rc.disability_status AS "disabilityStatus", rc.body, rc.created_at AS "createdAt",
              u.display_name AS "authorName", u.role AS "authorRole"
       FROM review_comment rc
       JOIN app_user u ON u.id = rc.author_id
       LEFT JOIN indicator i ON i.id = rc.indicator_id
       WHERE ${condition}
       ORDER BY rc.created_at, rc.id`,
      params,
    );
  }
}
