import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  LocalTargetDto,
  LocalTargetsQuery,
  LocalTargetStatus,
  ProposeLocalTargetRequest,
  ReviewLocalTargetRequest,
} from '@lcm/contracts';
import { accessPolicy } from '../auth/access-policy';
import type { AuthUser } from '../auth/auth-user';
import { CitiesService } from '../cities/cities.service';
import { ApiException } from '../common/api-exception';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LocalTargetEntity } from './local-target.entity';
import { inUseOrder } from './local-target-reader';

interface LocalTargetRow {
  id: number;
  city: string;
  indicator: string;
  targetValue: number;
  targetYear: number;
  status: LocalTargetStatus;
  note: string | null;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  inUse: boolean;
}

/** A city's own targets: its officials propose them, network staff confirm or reject them. */
@Injectable()
export class LocalTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cities: CitiesService,
  ) {}

  /** Everyone sees the confirmed targets; the city's own people and network staff also the others. */
  async list(slug: string, query: LocalTargetsQuery, user: AuthUser | null): Promise<LocalTargetDto[]> {
    const city = await this.cities.findBySlug(slug);
    if (query.indicator) await this.indicator('indicator', query.indicator);
    const rows = await this.rows({
      cityId: city.id,
      indicator: query.indicator ?? null,
      confirmedOnly: !accessPolicy.canSeeUnapproved(user, city.id),
    });
    return rows.map(toDto);
  }

  async propose(slug: string, request: ProposeLocalTargetRequest, user: AuthUser): Promise<LocalTargetDto> {
    const city = await this.cities.findBySlug(slug);
    if (!accessPolicy.canEditCity(user, city.id)) {
      throw ApiException.forbidden(`Only the officials of ${city.name} propose its targets`);
    }
    const indicator = await this.indicator('indicator', request.indicator);
    const { minValue, maxValue } = indicator;
    if (
      (minValue !== null && request.targetValue < minValue) ||
      (maxValue !== null && request.targetValue > maxValue)
    ) {
      throw ApiException.validation('Invalid target', [
        {
          field: 'targetValue',
          indicator: indicator.code,
          message: `${request.targetValue} is outside the range of ${indicator.code} (${minValue ?? '−∞'} to ${maxValue ?? '∞'})`,
        },
      ]);
    }
    const saved = await this.dataSource.getRepository(LocalTargetEntity).save({
      cityId: city.id,
      indicatorId: indicator.id,
      targetValue: request.targetValue,
      targetYear: request.targetYear,
      status: 'proposed',
      note: request.note?.trim() || null,
      proposedBy: user.id,
    });
    return this.one(saved.id);
  }

  /** Confirms or rejects a proposal; a decided target stays as it was decided. */
  async review(id: number, request: ReviewLocalTargetRequest, user: AuthUser): Promise<LocalTargetDto> {
    const note = request.note?.trim() || null;
    if (request.status === 'rejected' && !note) {
      throw ApiException.validation('A rejection needs a reason', [
        { field: 'note', message: 'say why the target is rejected, so the city can propose a better one' },
      ]);
    }
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(LocalTargetEntity)
      .set({ status: request.status, decidedBy: user.id, decidedAt: () => 'now()', decisionNote: note })
      .where('id = :id AND status = :proposed', { id, proposed: 'proposed' })
      .execute();
    if (!affected) {
      const existing = await this.dataSource.getRepository(LocalTargetEntity).findOneBy({ id });
      if (!existing) throw ApiException.notFound(`No local target ${id}`);
      throw ApiException.conflict('CONFLICT', `Local target ${id} is already ${existing.status}`);
    }
    return this.one(id);
  }

  private async indicator(field: string, code: string): Promise<IndicatorEntity> {
    const indicator = await this.dataSource.getRepository(IndicatorEntity).findOneBy({ code });
    if (!indicator) {
      throw ApiException.validation('Unknown indicator', [
        { field, message: `no indicator with code '${code}'` },
      ]);
    }
    return indicator;
  }

  private async one(id: number): Promise<LocalTargetDto> {
    const [row] = await this.rows({ id });
    return toDto(row!);
  }

  private rows(filter: {
    id?: number;
    cityId?: number;
    indicator?: string | null;
    confirmedOnly?: boolean;
  }): Promise<LocalTargetRow[]> {
    return this.dataSource.query<LocalTargetRow[]>(
      `SELECT t.id, c.slug AS city, i.code AS indicator, t.target_value AS "targetValue",
              t.target_year AS "targetYear", t.status, t.note, p.display_name AS "proposedBy",
              t.proposed_at AS "proposedAt", d.display_name AS "decidedBy", t.decided_at AS "decidedAt",
              t.decision_note AS "decisionNote",
              t.id IS NOT DISTINCT FROM (
                SELECT u.id FROM local_target u
                WHERE u.city_id = t.city_id AND u.indicator_id = t.indicator_id AND u.status = 'confirmed'
                ORDER BY ${inUseOrder('u')} LIMIT 1) AS "inUse"
       FROM local_target t
       JOIN city c ON c.id = t.city_id
       JOIN indicator i ON i.id = t.indicator_id
       JOIN app_user p ON p.id = t.proposed_by
       LEFT JOIN app_user d ON d.id = t.decided_by
       WHERE ($1::int IS NULL OR t.id = $1) AND ($2::int IS NULL OR t.city_id = $2)
         AND ($3::text IS NULL OR i.code = $3) AND (NOT $4 OR t.status = 'confirmed')
       ORDER BY i.code, t.proposed_at DESC, t.id DESC`,
      [filter.id ?? null, filter.cityId ?? null, filter.indicator ?? null, filter.confirmedOnly ?? false],
    );
  }
}

function toDto(row: LocalTargetRow): LocalTargetDto {
  return {
    ...row,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
