import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditEventDto, AuditedValue } from '@lcm/contracts';
import type { AuthUser } from '../auth/auth-user';

/** Who acted, with the name the trail keeps even after the account is gone. */
export interface Actor {
  id: string;
  label: string;
}

/** Where an event belongs: a city-year and, once it exists, its submission. */
export interface AuditScope {
  cityId: number;
  year: number;
  submissionId: number;
}

export interface AuditEntry {
  action: AuditAction;
  indicator?: string | null;
  /** Disaggregation key, e.g. `SEX=F` or `total`. */
  disaggregation?: string | null;
  oldValue?: AuditedValue | null;
  newValue?: AuditedValue | null;
  reason?: string | null;
}

export interface HistoryFilter {
  indicator?: string;
  disaggregation?: string;
}

interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actor: string;
  action: AuditAction;
  indicator: string | null;
  disaggregation: string | null;
  oldValue: AuditedValue | null;
  newValue: AuditedValue | null;
  reason: string | null;
}

/** The append-only record of every value change and status change. */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async actorOf(manager: EntityManager, user: AuthUser): Promise<Actor> {
    const [account] = await manager.query<{ label: string }[]>(
      `SELECT COALESCE(NULLIF(trim(display_name), ''), email) AS label FROM app_user WHERE id = $1`,
      [user.id],
    );
    return { id: user.id, label: account?.label ?? user.email };
  }

  /**
   * Appends entries inside the caller's transaction, so they commit or roll back together with the
   * change they describe. One statement whatever the number of entries.
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    scope: AuditScope,
    entries: readonly AuditEntry[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const json = (value: AuditedValue | null | undefined) => (value ? JSON.stringify(value) : null);
    await manager.query(
      `INSERT INTO audit_event (actor_id, actor_label, city_id, year, submission_id,
         action, indicator_code, disaggregation, old_value, new_value, reason)
       SELECT $1::uuid, $2, $3::int, $4::smallint, $5::int, * FROM unnest($6::text[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $11::text[])`,
      [
        actor.id,
        actor.label,
        scope.cityId,
        scope.year,
        scope.submissionId,
        entries.map((e) => e.action),
        entries.map((e) => e.indicator ?? null),
        entries.map((e) => e.disaggregation ?? null),
        entries.map((e) => json(e.oldValue)),
        entries.map((e) => json(e.newValue)),
        entries.map((e) => e.reason ?? null),
      ],
    );
  }

  /** The trail of a city-year, newest first: of one value, of one indicator, or of everything. */
  async history(cityId: number, year: number, filter: HistoryFilter): Promise<AuditEventDto[]> {
    const params: unknown[] = [cityId, year];
    let conditions = '';
    if (filter.indicator) {
      params.push(filter.indicator);
      conditions += ` AND indicator_code = $${params.length}`;
    }
    if (filter.disaggregation) {
      params.push(filter.disaggregation);
      conditions += ` AND disaggregation = $${params.length}`;
    }
    const rows = await this.dataSource.query<AuditEventRow[]>(
      `SELECT id, occurred_at AS "occurredAt", actor_label AS actor, action, indicator_code AS indicator,
              disaggregation, old_value AS "oldValue", new_value AS "newValue", reason
       FROM audit_event
       WHERE city_id = $1 AND year = $2${conditions}
       ORDER BY occurred_at DESC, id DESC`,
      params,
    );
    return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
  }
}
