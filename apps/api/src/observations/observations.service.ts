import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AuditedValue,
  CityObservationsQuery,
  CityObservationsResponse,
  ObservationStatus,
  SaveObservationsResponse,
  SubmissionSummary,
} from '@lcm/contracts';
import { disaggregationKey, isEditable, validateObservations, type ValidObservation } from '@lcm/domain';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { CitiesService } from '../cities/cities.service';
import { ApiException } from '../common/api-exception';
import { IndicatorsService } from '../indicators/indicators.service';
import { AuditTrail, type AuditEntry } from '../workflow/audit-trail.service';
import { readObservations } from '../workflow/observation-reader';
import { lockSubmission, SubmissionsService } from '../workflow/submissions.service';
import { SubmissionEntity } from './submission.entity';

function toSubmissionSummary(submission: SubmissionEntity): SubmissionSummary {
  return {
    year: submission.year,
    status: submission.status,
    version: submission.version,
    updatedAt: submission.updatedAt.toISOString(),
  };
}

interface StoredObservation {
  /** Indicator id and dimension codes joined by `|`, as valueKey builds it. */
  key: string;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
}

interface SaveRequest {
  /** The submission version the editor started from; 0 while no submission exists. */
  version: number;
  observations: unknown;
}

const SAVE_FIELDS = ['version', 'observations'];

/** Identifies a value within a submission: indicator and every dimension code. */
function valueKey(indicatorId: number | undefined, d: ValidObservation['disaggregation']): string {
  return [indicatorId, d.SEX, d.AGE, d.URBANISATION, d.DISABILITY_STATUS].join('|');
}

@Injectable()
export class ObservationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
    private readonly submissions: SubmissionsService,
    private readonly audit: AuditTrail,
  ) {}

  /** A city's values; callers who may not see unapproved data get those of approved submissions only. */
  async list(
    slug: string,
    query: CityObservationsQuery,
    user: AuthUser | null,
  ): Promise<CityObservationsResponse> {
    const city = await this.cities.findBySlug(slug);
    if (query.indicator) await this.indicators.findByCode(query.indicator);
    const approvedOnly = !accessPolicy.canSeeUnapproved(user, city.id);
    const [observations, submissions] = await Promise.all([
      readObservations(this.dataSource.manager, city.id, { ...query, approvedOnly }),
      this.dataSource.getRepository(SubmissionEntity).find({
        where: {
          cityId: city.id,
          ...(query.year !== undefined ? { year: query.year } : {}),
          ...(approvedOnly ? { status: 'approved' as const } : {}),
        },
        order: { year: 'ASC' },
      }),
    ]);
    return { city: city.slug, submissions: submissions.map(toSubmissionSummary), observations };
  }

  /**
   * Writes a city-year's values in one transaction: every value is checked by the shared rules
   * first, and if any fails nothing is written. Only the city's officials write, only into a draft or
   * returned submission, and only on top of the version they started from; each changed value leaves
   * one audit entry in the same transaction.
   */
  async save(slug: string, year: number, body: unknown, user: AuthUser): Promise<SaveObservationsResponse> {
    const city = await this.cities.findBySlug(slug);
    if (!accessPolicy.canEditCity(user, city.id)) {
      throw ApiException.forbidden(`Only officials of ${city.name} may change its values`);
    }
    const request = this.saveRequestOf(body);
    const context = await this.indicators.validationContext();
    const { observations, errors } = validateObservations(request.observations, context);
    if (errors.length > 0) {
      throw ApiException.validation(`${errors.length} problem(s) found; nothing was saved`, errors);
    }
    const outcome = await this.dataSource.transaction(async (manager) => {
      let submission = await lockSubmission(manager, city.id, year);
      const created = submission === null;
      if (submission && !isEditable(submission.status)) {
        throw ApiException.conflict(
          'SUBMISSION_LOCKED',
          submission.status === 'approved'
            ? `The ${year} submission of ${city.name} is approved and locked; an administrator must reopen it first`
            : `The ${year} submission of ${city.name} is submitted for review; it can be changed again only if a reviewer returns it`,
        );
      }
      if ((submission?.version ?? 0) !== request.version) return null;
      // A concurrent first save may have created it meanwhile: then this one is based on an outdated state.
      submission ??= await this.createDraft(manager, city.id, year);
      if (!submission) return null;

      const changes = await this.changesOf(manager, submission.id, observations, context.indicatorIds);
      await this.upsertObservations(
        manager,
        submission.id,
        changes.map((c) => c.observation),
        context.indicatorIds,
      );
      if (created || changes.length > 0) {
        await manager.query('UPDATE submission SET version = version + 1, updated_at = now() WHERE id = $1', [
          submission.id,
        ]);
      }
      if (changes.length > 0) {
        const actor = await this.audit.actorOf(manager, user);
        const scope = { cityId: city.id, year, submissionId: submission.id };
        await this.audit.record(
          manager,
          actor,
          scope,
          changes.map((c) => c.audit),
        );
      }
      const updated = await manager.findOneByOrFail(SubmissionEntity, { id: submission.id });
      return { city: city.slug, year, submission: toSubmissionSummary(updated), saved: changes.length };
    });
    if (!outcome) throw await this.submissions.staleVersion(city, year, user);
    return outcome;
  }

  private saveRequestOf(body: unknown): SaveRequest {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw ApiException.validation('The body must be a JSON object', [
        { field: 'body', message: 'expected an object like {"version": 3, "observations": [...]}' },
      ]);
    }
    const unknownFields = Object.keys(body).filter((key) => !SAVE_FIELDS.includes(key));
    if (unknownFields.length > 0) {
      throw ApiException.validation(
        'The body has unknown fields',
        unknownFields.map((field) => ({ field, message: `property ${field} should not exist` })),
      );
    }
    const { version = 0, observations } = body as { version?: unknown; observations?: unknown };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      throw ApiException.validation('Invalid version', [
        {
          field: 'version',
          message:
            'version must be the whole number of the submission version you started from (0 for a new one)',
        },
      ]);
    }
    return { version, observations };
  }

  /** The new draft, or null when a concurrent save created it first. */
  private async createDraft(
    manager: EntityManager,
    cityId: number,
    year: number,
  ): Promise<SubmissionEntity | null> {
    const inserted = await manager.query<{ id: number }[]>(
      `INSERT INTO submission (city_id, year, status, version) VALUES ($1, $2, 'draft', 0)
       ON CONFLICT ON CONSTRAINT uq_submission_city_year DO NOTHING RETURNING id`,
      [cityId, year],
    );
    return inserted[0] ? manager.findOneByOrFail(SubmissionEntity, { id: inserted[0].id }) : null;
  }

  /** The values that differ from what is stored, each with the audit entry that records the change. */
  private async changesOf(
    manager: EntityManager,
    submissionId: number,
    observations: readonly ValidObservation[],
    indicatorIds: ReadonlyMap<string, number>,
  ): Promise<{ observation: ValidObservation; audit: AuditEntry }[]> {
    const stored = await manager.query<StoredObservation[]>(
      `SELECT concat_ws('|', indicator_id, sex, age, urbanisation, disability_status) AS key,
              value, status, source, comment
       FROM observation WHERE submission_id = $1`,
      [submissionId],
    );
    const byKey = new Map(stored.map((o) => [o.key, o]));
    return observations.flatMap((observation) => {
      const before = byKey.get(valueKey(indicatorIds.get(observation.indicator), observation.disaggregation));
      const after: AuditedValue = {
        value: observation.value,
        status: observation.status,
        source: observation.source,
        comment: observation.comment,
      };
      const old: AuditedValue | null = before
        ? { value: before.value, status: before.status, source: before.source, comment: before.comment }
        : null;
      if (
        old &&
        old.value === after.value &&
        old.status === after.status &&
        old.source === after.source &&
        old.comment === after.comment
      ) {
        return [];
      }
      return [
        {
          observation,
          audit: {
            action: old ? 'value_changed' : 'value_added',
            indicator: observation.indicator,
            disaggregation: disaggregationKey(observation.disaggregation),
            oldValue: old,
            newValue: after,
          },
        },
      ];
    });
  }

  /** One statement for the whole set, whatever its size: arrays are unnested server-side. */
  private async upsertObservations(
    manager: EntityManager,
    submissionId: number,
    observations: readonly ValidObservation[],
    indicatorIds: ReadonlyMap<string, number>,
  ): Promise<void> {
    if (observations.length === 0) return;
    const column = <T>(pick: (o: ValidObservation) => T): T[] => observations.map(pick);
    await manager.query(
      `INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status, source, comment)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT ON CONSTRAINT uq_observation_key DO UPDATE SET
         value = EXCLUDED.value, status = EXCLUDED.status, source = EXCLUDED.source,
         comment = EXCLUDED.comment, updated_at = now()`,
      [
        submissionId,
        column((o) => indicatorIds.get(o.indicator)),
        column((o) => o.disaggregation.SEX),
        column((o) => o.disaggregation.AGE),
        column((o) => o.disaggregation.URBANISATION),
        column((o) => o.disaggregation.DISABILITY_STATUS),
        column((o) => o.value),
        column((o) => o.status),
        column((o) => o.source),
        column((o) => o.comment),
      ],
    );
  }
}
