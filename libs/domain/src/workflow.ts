import type { Role, SubmissionStatus } from '@lcm/contracts';

/** What a person does to move a submission on. */
export type WorkflowAction = 'submit' | 'return' | 'approve' | 'reopen';

/** A written explanation a transition cannot do without. */
export type RequiredNote = 'comment' | 'reason';

export interface WorkflowTransition {
  action: WorkflowAction;
  from: SubmissionStatus;
  to: SubmissionStatus;
  roles: readonly Role[];
  requires: RequiredNote | null;
}

/**
 * The reporting workflow. A city's official submits a draft (or a returned submission after fixing
 * it); a reviewer returns it with a comment or approves it; an approved submission is locked until an
 * administrator reopens it, for a stated reason, as a draft.
 */
export const WORKFLOW_TRANSITIONS: readonly WorkflowTransition[] = [
  { action: 'submit', from: 'draft', to: 'submitted', roles: ['official'], requires: null },
  { action: 'submit', from: 'returned', to: 'submitted', roles: ['official'], requires: null },
  { action: 'return', from: 'submitted', to: 'returned', roles: ['analyst', 'admin'], requires: 'comment' },
  { action: 'approve', from: 'submitted', to: 'approved', roles: ['analyst', 'admin'], requires: null },
  { action: 'reopen', from: 'approved', to: 'draft', roles: ['admin'], requires: 'reason' },
];

/** Statuses in which the city's officials may still change values. */
export const EDITABLE_STATUSES: readonly SubmissionStatus[] = ['draft', 'returned'];

export function isEditable(status: SubmissionStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** Why a transition was refused; clients branch on this, the message is for people. */
export type TransitionRefusal =
  'unchanged' | 'no_such_transition' | 'role_not_allowed' | 'comment_required' | 'reason_required';

export type TransitionCheck =
  | { allowed: true; transition: WorkflowTransition }
  | { allowed: false; refusal: TransitionRefusal; message: string };

export interface TransitionNotes {
  reason?: string | null;
  comment?: string | null;
}

/**
 * The statuses a caller may move a submission to from `status`. `role` is the caller's role as far
 * as this city is concerned (null for anonymous callers); whether an official belongs to the city is
 * decided by the access policy before asking.
 */
export function allowedTransitions(status: SubmissionStatus, role: Role | null): SubmissionStatus[] {
  return WORKFLOW_TRANSITIONS.filter((t) => t.from === status && role !== null && t.roles.includes(role)).map(
    (t) => t.to,
  );
}

const ROLE_NAMES: Record<Role, string> = {
  admin: 'administrators',
  analyst: 'analysts',
  official: 'the city’s officials',
  mayor: 'mayors',
};

function hasText(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.trim() !== '';
}

/** Whether `role` may move a submission from `from` to `to`, and if not, why not. */
export function checkTransition(
  from: SubmissionStatus,
  to: SubmissionStatus,
  role: Role | null,
  notes: TransitionNotes = {},
): TransitionCheck {
  if (from === to) {
    return { allowed: false, refusal: 'unchanged', message: `The submission is already ${from}` };
  }
  const transition = WORKFLOW_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return {
      allowed: false,
      refusal: 'no_such_transition',
      message: `A ${from} submission cannot become ${to}`,
    };
  }
  if (role === null || !transition.roles.includes(role)) {
    const who = transition.roles.map((r) => ROLE_NAMES[r]).join(' and ');
    return {
      allowed: false,
      refusal: 'role_not_allowed',
      message: `Only ${who} may ${transition.action} a ${from} submission`,
    };
  }
  if (transition.requires === 'comment' && !hasText(notes.comment)) {
    return {
      allowed: false,
      refusal: 'comment_required',
      message: 'Returning a submission needs a comment that tells the city what to fix',
    };
  }
  if (transition.requires === 'reason' && !hasText(notes.reason)) {
    return {
      allowed: false,
      refusal: 'reason_required',
      message: 'Reopening an approved submission needs a reason',
    };
  }
  return { allowed: true, transition };
}
