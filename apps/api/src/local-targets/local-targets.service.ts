import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  LocalTargetDto,
  LocalTargetsQuery,
  PendingLocalTargetDto,
  LocalTargetStatus,
  ProposeLocalTargetRequest,
  ReviewLocalTargetRequest,
} from '@lcm/contracts';
import { refreshLocalTargetProgress } from '../analytics/analytics-refresh';
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
  cityName: string;
  indicator: string;
  indicatorName: string;
  unitLabel: string;
  decimals: number;
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
      status: accessPolicy.canSeeUnapproved(user, city.id) ? undefined : 'confirmed',
    });
    return rows.map(toDto);
  }

  /** Every city's proposals awaiting a decision, the longest waiting first: the network staff's to-do list. */
  async pending(): Promise<PendingLocalTargetDto[]> {
    const rows = await this.rows({ status: 'proposed' }, 't.proposed_at, t.id');
    return rows.map((row) => ({
      ...toDto(row),
      cityName: row.cityName,
      indicator: {
        code: row.indicator,
        name: row.indicatorName,
        unitLabel: row.unitLabel,
        decimals: row.decimals,
      },
    }));
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
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .createQueryBuilder()
        .update(LocalTargetEntity)
        .set({ status: request.status, decidedBy: user.id, decidedAt: () => 'now()', decisionNote: note })
        .where('id = :id AND status = :proposed', { id, proposed: 'proposed' })
        .execute();
      const target = await manager.getRepository(LocalTargetEntity).findOneBy({ id });
      if (!target) throw ApiException.notFound(`No local target ${id}`);
      if (!affected)
        throw ApiException.conflict('CONFLICT', `Local target ${id} is already ${target.status}`);
      // A confirmed target is the one in use from now on: the city's stored progress toward it changes with it.
      if (target.status === 'confirmed') {
        await refreshLocalTargetProgress(manager, target.cityId, target.indicatorId);
      }
    });
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

  /** The targets matching `filter`; by indicator, the latest first, unless another `orderBy` is given. */
  private rows(
    filter: { id?: number; cityId?: number; indicator?: string | null; status?: LocalTargetStatus },
    orderBy = 'i.code, t.proposed_at DESC, t.id DESC',
  ): Promise<LocalTargetRow[]> {
    return this.dataSource.query<LocalTargetRow[]>(
      `SELECT t.id, c.slug AS city, c.name AS "cityName", i.code AS indicator, i.name AS "indicatorName",
              i.unit_label AS "unitLabel", i.decimals, t.target_value AS "targetValue",
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
         AND ($3::text IS NULL OR i.code = $3) AND ($4::text IS NULL OR t.status = $4)
       ORDER BY ${orderBy}`,
      [filter.id ?? null, filter.cityId ?? null, filter.indicator ?? null, filter.status ?? null],
    );
  }
}

function toDto(row: LocalTargetRow): LocalTargetDto {
  return {
    id: row.id,
    city: row.city,
    indicator: row.indicator,
    targetValue: row.targetValue,
    targetYear: row.targetYear,
    status: row.status,
    note: row.note,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    inUse: row.inUse,
  };
}
