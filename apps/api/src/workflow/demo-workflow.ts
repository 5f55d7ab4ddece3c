import type { EntityManager } from 'typeorm';
import type { ReportingStatus } from '@lcm/contracts';
import { DEMO_YEARS } from '../seed/demo/demo-values';

/** The newest demo year is the one in progress; the demo values approve every earlier one. */
export const DEMO_REPORTING_YEAR = Math.max(...DEMO_YEARS);
const FIRST_CYCLE_YEAR = Math.min(...DEMO_YEARS);
/** The next cycle is already scheduled. */
const LAST_CYCLE_YEAR = DEMO_REPORTING_YEAR + 1;
const DEMO_ACTOR = 'City official (demo)';

/** The cities with demo accounts tell the review story; the others fill the console with a mix. */
const STORY: Readonly<Record<string, ReportingStatus>> = {
  cork: 'draft',
  bristol: 'submitted',
  hangzhou: 'returned',
  medellin: 'not_started',
  amman: 'draft',
};
const MIX: readonly ReportingStatus[] = [
  'submitted',
  'draft',
  'submitted',
  'not_started',
  'returned',
  'approved',
];

const RETURN_COMMENT =
  'Please complete the breakdown by disability status and name the sources of the estimated values.';
const VALUE_COMMENT = 'This value moved a lot since last year; please confirm it and its source.';

/**
 * Brings the demo's submissions to life for the review workflow: reporting cycles, every status in the
 * current reporting year, review comments and the audit trail of past status changes.
 * Runs in the seed's transaction, after the demo values and the demo accounts.
 */
export async function seedDemoWorkflow(manager: EntityManager): Promise<void> {
  const [analyst] = await manager.query<{ id: string; label: string }[]>(
    `SELECT id, display_name AS label FROM app_user WHERE email = 'analyst@demo.local'`,
  );
  if (!analyst) throw new Error('Seed error: the demo workflow needs the demo accounts; seed them first');

  // Year Y is reported during Y + 1.
  await manager.query(
    `INSERT INTO reporting_cycle (year, opens_on, deadline)
     SELECT y, make_date(y + 1, 1, 15), make_date(y + 1, 12, 15) FROM generate_series($1::int, $2::int) AS y`,
    [FIRST_CYCLE_YEAR, LAST_CYCLE_YEAR],
  );

  // A story city may still be collecting the year in the demo values: it starts from its latest figures.
  const storyCities = Object.keys(STORY).filter((slug) => STORY[slug] !== 'not_started');
  await manager.query(
    `WITH created AS (
       INSERT INTO submission (city_id, year, status, version, submitted_at)
       SELECT c.id, $2::int, 'submitted', 1, make_timestamptz($2::int + 1, 3, 1, 0, 0, 0, 'UTC') FROM city c
       WHERE c.slug = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.city_id = c.id AND s.year = $2::int)
       RETURNING id, city_id
     )
     INSERT INTO observation (submission_id, indicator_id, sex, age, urbanisation, disability_status, value, status, source)
     SELECT created.id, o.indicator_id, o.sex, o.age, o.urbanisation, o.disability_status, o.value, o.status, o.source
     FROM created
     JOIN LATERAL (
       SELECT s.id FROM submission s WHERE s.city_id = created.city_id AND s.year < $2::int ORDER BY s.year DESC LIMIT 1
     ) latest ON true
     JOIN observation o ON o.submission_id = latest.id`,
    [storyCities, DEMO_REPORTING_YEAR],
  );

  const current = await manager.query<{ id: number; slug: string }[]>(
    `SELECT s.id, c.slug FROM submission s JOIN city c ON c.id = s.city_id WHERE s.year = $1 ORDER BY c.slug`,
    [DEMO_REPORTING_YEAR],
  );
  const statusOf = (slug: string, index: number) => STORY[slug] ?? MIX[index % MIX.length]!;
  const planned = current.map((s, index) => ({ ...s, status: statusOf(s.slug, index) }));
  const idsWith = (status: ReportingStatus) => planned.filter((s) => s.status === status).map((s) => s.id);

  await manager.query('DELETE FROM submission WHERE id = ANY($1::int[])', [idsWith('not_started')]);
  // Drafts are still incomplete: a third of the indicators has no value yet.
  await manager.query(
    'DELETE FROM observation WHERE submission_id = ANY($1::int[]) AND indicator_id % 3 = 0',
    [idsWith('draft')],
  );
  const started = planned.filter((s) => s.status !== 'not_started');
  await manager.query(
    `UPDATE submission s SET status = t.status,
       submitted_at = CASE WHEN t.status = 'draft' THEN NULL ELSE s.submitted_at END,
       approved_at = CASE WHEN t.status = 'approved' THEN s.submitted_at + interval '90 days' END
     FROM unnest($1::int[], $2::text[]) AS t(id, status) WHERE s.id = t.id`,
    [started.map((s) => s.id), started.map((s) => s.status)],
  );

  const returned = idsWith('returned');
  const returnedAt = `s.submitted_at + interval '14 days'`;
  await manager.query(
    `INSERT INTO review_comment (submission_id, author_id, body, created_at)
     SELECT s.id, $2, $3, ${returnedAt} FROM submission s WHERE s.id = ANY($1::int[])`,
    [returned, analyst.id, RETURN_COMMENT],
  );
  const hangzhou = planned.find((s) => s.slug === 'hangzhou' && s.status === 'returned');
  if (hangzhou) {
    await manager.query(
      `INSERT INTO review_comment (submission_id, indicator_id, sex, age, urbanisation, disability_status, author_id, body, created_at)
       SELECT o.submission_id, o.indicator_id, o.sex, o.age, o.urbanisation, o.disability_status, $2, $3,
              ${returnedAt} - interval '1 hour'
       FROM observation o JOIN submission s ON s.id = o.submission_id JOIN indicator i ON i.id = o.indicator_id
       WHERE o.submission_id = $1 AND o.status <> 'M'
         AND o.sex = '_T' AND o.age = '_T' AND o.urbanisation = '_T' AND o.disability_status = '_T'
       ORDER BY i.code LIMIT 1`,
      [hangzhou.id, analyst.id, VALUE_COMMENT],
    );
  }

  // The trail of how each submission got where it is: submitted by the city, then returned or approved.
  await manager.query(
    `INSERT INTO audit_event (occurred_at, actor_id, actor_label, action, city_id, year, submission_id, old_value, new_value)
     SELECT s.submitted_at, official.id, COALESCE(official.display_name, $1), 'submit', s.city_id, s.year, s.id,
            '{"status":"draft"}', '{"status":"submitted"}'
     FROM submission s
     LEFT JOIN LATERAL (
       SELECT u.id, u.display_name FROM user_city uc JOIN app_user u ON u.id = uc.user_id
       WHERE uc.city_id = s.city_id AND u.role = 'official' ORDER BY u.email LIMIT 1
     ) official ON true
     WHERE s.submitted_at IS NOT NULL`,
    [DEMO_ACTOR],
  );
  await manager.query(
    `INSERT INTO audit_event (occurred_at, actor_id, actor_label, action, city_id, year, submission_id, old_value, new_value, reason)
     SELECT CASE WHEN s.status = 'approved' THEN s.approved_at ELSE ${returnedAt} END, $1, $2,
            CASE WHEN s.status = 'approved' THEN 'approve' ELSE 'return' END, s.city_id, s.year, s.id,
            '{"status":"submitted"}', jsonb_build_object('status', s.status),
            CASE WHEN s.status = 'returned' THEN $3 END
     FROM submission s WHERE s.status IN ('approved', 'returned')`,
    [analyst.id, analyst.label, RETURN_COMMENT],
  );
}
