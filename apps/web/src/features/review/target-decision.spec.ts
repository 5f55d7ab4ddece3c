import { targetDecisionRequest } from './target-decision';

describe('targetDecisionRequest', () => {
  it('confirms with or without a note', () => {
    expect(targetDecisionRequest('confirmed', '  ')).toEqual({ status: 'confirmed' });
    expect(targetDecisionRequest('confirmed', ' Matches the strategy ')).toEqual({
      status: 'confirmed',
      note: 'Matches the strategy',
    });
  });

  it('rejects only with a reason', () => {
    expect(targetDecisionRequest('rejected', ' \n ')).toBeNull();
    expect(targetDecisionRequest('rejected', 'Below the national target')).toEqual({
      status: 'rejected',
      note: 'Below the national target',
    });
  });
});
