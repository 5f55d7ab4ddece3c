import { allowedTransitions, checkTransition, isEditable } from './workflow';

describe('reporting workflow', () => {
  describe('an official of the city', () => {
    it('submits a draft', () => {
      expect(checkTransition('draft', 'submitted', 'official')).toMatchObject({ allowed: true });
    });

    it('resubmits a returned submission after fixing it', () => {
      expect(checkTransition('returned', 'submitted', 'official')).toMatchObject({ allowed: true });
    });

    it('cannot approve their own submission', () => {
      expect(checkTransition('submitted', 'approved', 'official')).toMatchObject({
        allowed: false,
        refusal: 'role_not_allowed',
        message: 'Only analysts and administrators may approve a submitted submission',
      });
    });

    it('cannot take back a submission once submitted', () => {
      expect(allowedTransitions('submitted', 'official')).toEqual([]);
    });

    it('is offered only "submit" while drafting', () => {
      expect(allowedTransitions('draft', 'official')).toEqual(['submitted']);
      expect(allowedTransitions('returned', 'official')).toEqual(['submitted']);
    });
  });

  describe('an analyst', () => {
    it('approves a submitted submission', () => {
      expect(checkTransition('submitted', 'approved', 'analyst')).toMatchObject({ allowed: true });
    });

    it('returns a submission with a comment', () => {
      expect(
        checkTransition('submitted', 'returned', 'analyst', { comment: 'Check the rural rate' }),
      ).toMatchObject({ allowed: true, transition: { action: 'return' } });
    });

    it('cannot return a submission without a comment, nor with a blank one', () => {
      for (const comment of [undefined, null, '', '   ']) {
        expect(checkTransition('submitted', 'returned', 'analyst', { comment })).toMatchObject({
          allowed: false,
          refusal: 'comment_required',
        });
      }
    });

    it('cannot submit on behalf of a city', () => {
      expect(checkTransition('draft', 'submitted', 'analyst')).toMatchObject({
        allowed: false,
        refusal: 'role_not_allowed',
      });
    });

    it('cannot reopen an approved submission', () => {
      expect(checkTransition('approved', 'draft', 'analyst', { reason: 'typo' })).toMatchObject({
        allowed: false,
        refusal: 'role_not_allowed',
      });
    });

    it('is offered "return" and "approve" for a submitted submission, nothing for a draft', () => {
      expect(allowedTransitions('submitted', 'analyst')).toEqual(['returned', 'approved']);
      expect(allowedTransitions('draft', 'analyst')).toEqual([]);
    });
  });

  describe('an administrator', () => {
    it('reviews like an analyst', () => {
      expect(allowedTransitions('submitted', 'admin')).toEqual(['returned', 'approved']);
    });

    it('reopens an approved submission as a draft, giving a reason', () => {
      expect(checkTransition('approved', 'draft', 'admin', { reason: 'Census revision' })).toMatchObject({
        allowed: true,
        transition: { action: 'reopen' },
      });
      expect(allowedTransitions('approved', 'admin')).toEqual(['draft']);
    });

    it('cannot reopen without a reason', () => {
      expect(checkTransition('approved', 'draft', 'admin', { reason: ' ' })).toMatchObject({
        allowed: false,
        refusal: 'reason_required',
      });
    });
  });

  describe('a mayor and an anonymous visitor', () => {
    it('read only: no transition is offered in any status', () => {
      for (const status of ['draft', 'submitted', 'returned', 'approved'] as const) {
        expect(allowedTransitions(status, 'mayor')).toEqual([]);
        expect(allowedTransitions(status, null)).toEqual([]);
      }
    });

    it('are told who may do what they tried', () => {
      expect(checkTransition('draft', 'submitted', null)).toMatchObject({
        allowed: false,
        refusal: 'role_not_allowed',
        message: 'Only the city’s officials may submit a draft submission',
      });
    });
  });

  describe('for everyone', () => {
    it('an approved submission cannot be returned or resubmitted', () => {
      expect(checkTransition('approved', 'returned', 'admin', { comment: 'x' })).toMatchObject({
        refusal: 'no_such_transition',
      });
      expect(checkTransition('approved', 'submitted', 'official')).toMatchObject({
        refusal: 'no_such_transition',
      });
    });

    it('a draft cannot be approved without being submitted', () => {
      expect(checkTransition('draft', 'approved', 'admin')).toMatchObject({
        allowed: false,
        refusal: 'no_such_transition',
        message: 'A draft submission cannot become approved',
      });
    });

    it('moving to the status it already has is refused as unchanged', () => {
      expect(checkTransition('submitted', 'submitted', 'official')).toMatchObject({ refusal: 'unchanged' });
    });

    it('values can be changed only in drafts and returned submissions', () => {
      expect(isEditable('draft')).toBe(true);
      expect(isEditable('returned')).toBe(true);
      expect(isEditable('submitted')).toBe(false);
      expect(isEditable('approved')).toBe(false);
    });
  });
});
