import type { ReviewLocalTargetRequest } from '@lcm/contracts';

export type TargetDecision = ReviewLocalTargetRequest['status'];

/** The review request for a decision on a city target; null when rejecting without a reason. */
export function targetDecisionRequest(status: TargetDecision, note: string): ReviewLocalTargetRequest | null {
  const reason = note.trim();
  if (status === 'rejected' && reason === '') return null;
  return reason ? { status, note: reason } : { status };
}
