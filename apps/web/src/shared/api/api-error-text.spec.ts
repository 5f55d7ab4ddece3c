import type { TFunction } from 'i18next';
import { ApiRequestError } from './api-client';
import { apiErrorText } from './api-error-text';

const t = ((key: string) => `text of ${key}`) as unknown as TFunction;

describe('apiErrorText', () => {
  it('prefers the API’s own message, then the code’s text, and calls anything else internal', () => {
    const refused = new ApiRequestError(
      422,
      { code: 'VALIDATION_FAILED', message: 'Year is locked' },
      'INTERNAL_ERROR',
    );
    expect(apiErrorText(refused, t)).toBe('Year is locked');
    expect(apiErrorText(new ApiRequestError(0, null, 'NETWORK_ERROR'), t)).toBe(
      'text of errors.NETWORK_ERROR',
    );
    expect(apiErrorText(new Error('boom'), t)).toBe('text of errors.INTERNAL_ERROR');
  });
});
