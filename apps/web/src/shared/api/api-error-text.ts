import type { TFunction } from 'i18next';
import { ApiRequestError } from './api-client';

/**
 * A failed request in words for the user: the API's own message when it sent one (it names the
 * problem exactly), otherwise the error code's text; anything that is not an API error is internal.
 */
export function apiErrorText(error: unknown, t: TFunction): string {
  const apiError = error instanceof ApiRequestError ? error : null;
  return apiError?.body?.message ?? t(`errors.${apiError?.code ?? 'INTERNAL_ERROR'}`);
}
