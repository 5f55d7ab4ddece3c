import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  REPORTING_STATUSES,
  type CycleConsoleQuery,
  type CycleConsoleResponse,
  type CycleConsoleRow,
  type ReminderChannel,
  type ReminderDto,
  type ReportingCycleDto,
  type ReportingStatus,
  type SetReportingCycleRequest,
} from '@lcm/contracts';
import type { AuthUser } from '../auth/auth-user';
import { ApiException } from '../common/api-exception';
import { MailerService } from '../mail/mailer.service';
import { AuditTrail } from './audit-trail.service';
import { toCsv } from '@lcm/domain';
import { ReportingCycleEntity } from './reporting-cycle.entity';

interface ConsoleRow extends Omit<CycleConsoleRow, 'updatedAt'> {
  updatedAt: Date | null;
}

interface ReminderRow {
  id: string;
  city: string;
  year: number;
  sentAt: Date;
  sentBy: string | null;
  channel: ReminderChannel;
  recipients: string;
}

const RECIPIENT_SEPARATOR = ', ';

const REMINDER_SELECT = `
  SELECT r.id, c.slug AS city, r.year, r.sent_at AS "sentAt", u.display_name AS "sentBy", r.channel, r.recipients
  FROM reminder r JOIN city c ON c.id = r.city_id LEFT JOIN app_user u ON u.id = r.sent_by`;

/** Rejects dates the request pattern lets through but the calendar does not have, such as 2026-02-30. */
function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function toReminder(row: ReminderRow): ReminderDto {
  return {
    id: row.id,
    city: row.city,
    year: row.year,
    sentAt: row.sentAt.toISOString(),
    sentBy: row.sentBy ?? 'former user',
    channel: row.channel,
    recipients: row.recipients === '' ? [] : row.recipients.split(RECIPIENT_SEPARATOR),
  };
}

/** Reporting cycles: deadlines per year, the secretariat's console of who stands where, reminders. */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<ReportingCycleDto[]> {
    const cycles = await this.dataSource
      .getRepository(ReportingCycleEntity)
      .find({ order: { year: 'DESC' } });
    return cycles.map(({ year, opensOn, deadline }) => ({ year, opensOn, deadline }));
  }

  async set(year: number, request: SetReportingCycleRequest): Promise<ReportingCycleDto> {
    const problems = (['opensOn', 'deadline'] as const)
      .filter((field) => !isRealDate(request[field]))
      .map((field) => ({ field, message: `${request[field]} is not a date of the calendar` }));
    if (problems.length === 0 && request.deadline < request.opensOn) {
      problems.push({
        field: 'deadline',
        message: `the deadline ${request.deadline} is before the opening day`,
      });
    }
    if (problems.length > 0) throw ApiException.validation('Invalid reporting cycle', problems);
    const cycle = { year, opensOn: request.opensOn, deadline: request.deadline };
    await this.dataSource.getRepository(ReportingCycleEntity).upsert(cycle, ['year']);
    return cycle;
  }

  /** Every city expected to report for the year (members during it, or with a submission), and its status. */
  async console(year: number, query: CycleConsoleQuery): Promise<CycleConsoleResponse> {
    const [cycle, rows] = await Promise.all([
      this.dataSource.getRepository(ReportingCycleEntity).findOneBy({ year }),
      this.dataSource.query<ConsoleRow[]>(
        `SELECT c.slug AS city, c.name, c.region, COALESCE(s.status, 'not_started') AS status,
                s.updated_at AS "updatedAt",
                (SELECT count(*) FROM indicator)::int - COALESCE((
                  SELECT count(DISTINCT o.indicator_id) FROM observation o
                  WHERE o.submission_id = s.id AND o.status <> 'M'
                    AND o.sex = '_T' AND o.age = '_T' AND o.urbanisation = '_T' AND o.disability_status = '_T'
                ), 0)::int AS "missingIndicators"
         FROM city c
         LEFT JOIN submission s ON s.city_id = c.id AND s.year = $1
         WHERE ($2::text IS NULL OR c.region = $2)
           AND (s.id IS NOT NULL OR (
             (c.joined_on IS NULL OR c.joined_on <= make_date($1, 12, 31))
             AND (c.left_on IS NULL OR c.left_on > make_date($1, 1, 1))))
         ORDER BY c.name, c.slug`,
        [year, query.region ?? null],
      ),
    ]);
    const counts = Object.fromEntries(REPORTING_STATUSES.map((status) => [status, 0])) as Record<
      ReportingStatus,
      number
    >;
    for (const row of rows) counts[row.status] += 1;
    return {
      year,
      deadline: cycle?.deadline ?? null,
      counts,
      rows: rows
        .filter((row) => !query.status || row.status === query.status)
        .map((row) => ({ ...row, updatedAt: row.updatedAt?.toISOString() ?? null })),
    };
  }

  async consoleCsv(year: number, query: CycleConsoleQuery): Promise<string> {
    const { rows } = await this.console(year, query);
    return toCsv([
      ['city', 'name', 'region', 'status', 'updated_at', 'missing_indicators'],
      ...rows.map((row) => [
        row.city,
        row.name,
        row.region,
        row.status,
        row.updatedAt,
        row.missingIndicators,
      ]),
    ]);
  }

  async reminders(year: number): Promise<ReminderDto[]> {
    const rows = await this.dataSource.query<ReminderRow[]>(
      `${REMINDER_SELECT} WHERE r.year = $1 ORDER BY r.sent_at DESC, r.id DESC`,
      [year],
    );
    return rows.map(toReminder);
  }

  /**
   * Records a reminder per city to its active officials, e-mailed when a mail server is configured.
   * Unknown cities fail the whole request before anything is sent.
   */
  async sendReminders(year: number, slugs: readonly string[], sender: AuthUser): Promise<ReminderDto[]> {
    const unique = [...new Set(slugs)];
    const cities = await this.dataSource.query<{ id: number; slug: string; name: string }[]>(
      'SELECT id, slug, name FROM city WHERE slug = ANY($1::text[])',
      [unique],
    );
    const known = new Set(cities.map((c) => c.slug));
    const unknown = slugs.flatMap((slug, index) =>
      known.has(slug) ? [] : [{ field: `cities[${index}]`, message: `no city with slug '${slug}'` }],
    );
    if (unknown.length > 0) throw ApiException.validation('Unknown cities; no reminder was sent', unknown);

    const cycle = await this.dataSource.getRepository(ReportingCycleEntity).findOneBy({ year });
    const actor = await this.audit.actorOf(this.dataSource.manager, sender);
    const ids: string[] = [];
    for (const city of cities) {
      const recipients = (
        await this.dataSource.query<{ email: string }[]>(
          `SELECT u.email FROM user_city uc JOIN app_user u ON u.id = uc.user_id
           WHERE uc.city_id = $1 AND u.role = 'official' AND u.active ORDER BY u.email`,
          [city.id],
        )
      ).map((r) => r.email);
      let channel: ReminderChannel = 'recorded';
      if (this.mailer.enabled && recipients.length > 0) {
        const due = cycle ? ` is due on ${cycle.deadline}` : ' is awaited';
        const sent = await Promise.all(
          recipients.map((to) =>
            this.mailer.send({
              to,
              subject: `Reminder: ${city.name}'s ${year} report`,
              text: `${actor.label} reminds you that ${city.name}'s ${year} report to the Global Network of Learning Cities${due}.\n`,
            }),
          ),
        );
        if (sent.some(Boolean)) channel = 'email';
      }
      const [{ id }] = await this.dataSource.query<[{ id: string }]>(
        `INSERT INTO reminder (city_id, year, sent_by, channel, recipients) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [city.id, year, sender.id, channel, recipients.join(RECIPIENT_SEPARATOR)],
      );
      ids.push(id);
    }
    const rows = await this.dataSource.query<ReminderRow[]>(
      `${REMINDER_SELECT} WHERE r.id = ANY($1::bigint[]) ORDER BY c.name`,
      [ids],
    );
    return rows.map(toReminder);
  }
}
