import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CityObservationsQuery,
  CityObservationsResponse,
  ObservationDto,
  SaveObservationsResponse,
  SubmissionSummary,
} from '@lcm/contracts';
import { compactDisaggregation, validateObservations, type ValidObservation } from '@lcm/domain';
import { CitiesService } from '../cities/cities.service';
import { ApiException } from '../common/api-exception';
import { IndicatorsService } from '../indicators/indicators.service';
import { SubmissionEntity } from './submission.entity';

interface ObservationRow {
  indicator: string;
  year: number;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number | null;
  status: ObservationDto['status'];
  source: string | null;
  comment: string | null;
}

function toSubmissionSummary(submission: SubmissionEntity): SubmissionSummary {
  return {
    year: submission.year,
    status: submission.status,
    version: submission.version,
    updatedAt: submission.updatedAt.toISOString(),
  };
}

@Injectable()
export class ObservationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
    private readonly indicators: IndicatorsService,
  ) {}

  async list(slug: string, query: CityObservationsQuery): Promise<CityObservationsResponse> {
    const city = await this.cities.findBySlug(slug);
    if (query.indicator) await this.indicators.findByCode(query.indicator);
    const params: unknown[] = [city.id];
    let filters = '';
    if (query.year !== undefined) {
      params.push(query.year);
      filters += ` AND s.year = $${params.length}`;
    }
    if (query.indicator) {
      params.push(query.indicator);
      filters += ` AND i.code = $${params.length}`;
    }
    const [rows, submissions] = await Promise.all([
      this.dataSource.query<ObservationRow[]>(
        `SELECT i.code AS indicator, s.year, o.sex, o.age, o.urbanisation, o.disability_status AS "disabilityStatus",
                o.value, o.status, o.source, o.comment
         FROM observation o
         JOIN submission s ON s.id = o.submission_id
         JOIN indicator i ON i.id = o.indicator_id
         WHERE s.city_id = $1${filters}
         ORDER BY i.code, s.year, o.sex, o.age, o.urbanisation, o.disability_status`,
        params,
      ),
      this.dataSource.getRepository(SubmissionEntity).find({
        where: { cityId: city.id, ...(query.year !== undefined ? { year: query.year } : {}) },
        order: { year: 'ASC' },
      }),
    ]);
    return {
      city: city.slug,
      submissions: submissions.map(toSubmissionSummary),
      observations: rows.map((row) => ({
        indicator: row.indicator,
        year: row.year,
        disaggregation: compactDisaggregation({
          SEX: row.sex,
          AGE: row.age,
          URBANISATION: row.urbanisation,
          DISABILITY_STATUS: row.disabilityStatus,
        }),
        value: row.value,
        status: row.status,
        source: row.source,
        comment: row.comment,
      })),
    };
  }

  /**
   * Writes a city-year's values in one transaction: every value is checked by the shared rules
   * first, and if any fails nothing is written.
   */
  async save(slug: string, year: number, body: unknown): Promise<SaveObservationsResponse> {
    const city = await this.cities.findBySlug(slug);
    const input = this.observationsOf(body);
    const context = await this.indicators.validationContext();
    const { observations, errors } = validateObservations(input, context);
    if (errors.length > 0) {
      throw ApiException.validation(`${errors.length} problem(s) found; nothing was saved`, errors);
    }
    return this.dataSource.transaction(async (manager) => {
      const submission = await this.lockSubmission(manager, city.id, year);
      if (submission.status === 'approved') {
        throw ApiException.conflict(
          'SUBMISSION_LOCKED',
          `The ${year} submission of ${city.name} is approved and locked; an administrator must reopen it first`,
        );
      }
      const saved = await this.upsertObservations(manager, submission.id, observations, context.indicatorIds);
      await manager.increment(SubmissionEntity, { id: submission.id }, 'version', 1);
      const updated = await manager.findOneByOrFail(SubmissionEntity, { id: submission.id });
      return { city: city.slug, year, submission: toSubmissionSummary(updated), saved };
    });
  }

  private observationsOf(body: unknown): unknown {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw ApiException.validation('The body must be a JSON object', [
        { field: 'body', message: 'expected an object like {"observations": [...]}' },
      ]);
    }
    const unknownFields = Object.keys(body).filter((key) => key !== 'observations');
    if (unknownFields.length > 0) {
      throw ApiException.validation(
        'The body has unknown fields',
        unknownFields.map((field) => ({ field, message: `property ${field} should not exist` })),
      );
    }
    return (body as { observations?: unknown }).observations;
  }

  /** The city-year submission, created as a draft on first write, locked against concurrent writers. */
  private async lockSubmission(
    manager: EntityManager,
    cityId: number,
    year: number,
  ): Promise<SubmissionEntity> {
    await manager.query(
      `INSERT INTO submission (city_id, year, status, version) VALUES ($1, $2, 'draft', 1)
       ON CONFLICT ON CONSTRAINT uq_submission_city_year DO NOTHING`,
      [cityId, year],
    );
    return manager
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.city_id = :cityId AND s.year = :year', { cityId, year })
      .getOneOrFail();
  }

  /** One statement for the whole set, whatever its size: arrays are unnested server-side. */
  private async upsertObservations(
    manager: EntityManager,
    submissionId: number,
    observations: readonly ValidObservation[],
    indicatorIds: ReadonlyMap<string, number>,
  ): Promise<number> {
    if (observations.length === 0) return 0;
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
    return observations.length;
  }
}
