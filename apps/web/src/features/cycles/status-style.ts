import { REPORTING_STATUSES, type ReportingStatus } from '@lcm/contracts';

/**
 * How a reporting status looks: an Okabe–Ito tone (told apart with the common colour-vision
 * deficiencies) AND a mark of its own shape, always next to the status in words.
 */
export const STATUS_STYLES: Readonly<Record<ReportingStatus, { mark: string; tone: string }>> = {
  not_started: { mark: '○', tone: 'grey' },
  draft: { mark: '✎', tone: 'blue' },
  submitted: { mark: '▲', tone: 'orange' },
  returned: { mark: '↺', tone: 'vermillion' },
  approved: { mark: '✔', tone: 'green' },
};

/** Statuses in the order of the workflow, for legends, counts and filters. */
export const STATUS_ORDER: readonly ReportingStatus[] = REPORTING_STATUSES;

export function isReportingStatus(value: string | null): value is ReportingStatus {
  return (REPORTING_STATUSES as readonly string[]).includes(value ?? '');
}
