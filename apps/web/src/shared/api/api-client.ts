import { ERROR_CODES, type ApiError, type ErrorCode } from '@lcm/contracts';

/** Error codes of the API, plus the two failures that happen before an API answer can be read. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'INVALID_RESPONSE';

/** A failed API call. Carries the API's error body when the server sent one. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The API's error body, when it sent one. */
  readonly body: ApiError | null;
  readonly code: ApiErrorCode;

  constructor(status: number, body: ApiError | null, fallbackCode: ApiErrorCode) {
    super(body?.message ?? `API request failed (${fallbackCode}, HTTP ${status})`);
    this.status = status;
    this.body = body;
    this.code = body?.code ?? fallbackCode;
  }

  get isNotFound(): boolean {
    return this.code === 'NOT_FOUND' || this.status === 404;
  }
}

export function isApiErrorBody(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(code) &&
    typeof message === 'string'
  );
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 400 && status < 500) return 'VALIDATION_FAILED';
  return 'INTERNAL_ERROR';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * GETs an API path built with `apiRoutes` (and `withQuery`) and returns its JSON body.
 * Throws `ApiRequestError` for failed calls; an aborted call rejects with the abort reason.
 */
export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError(0, null, 'NETWORK_ERROR');
  }
  const body = await readJson(response);
  if (!response.ok) {
    throw new ApiRequestError(
      response.status,
      isApiErrorBody(body) ? body : null,
      codeForStatus(response.status),
    );
  }
  if (body === undefined) throw new ApiRequestError(response.status, null, 'INVALID_RESPONSE');
  return body as T;
}

/** Turns anything thrown into an `ApiRequestError`, so screens handle one error type. */
export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  return new ApiRequestError(0, null, 'NETWORK_ERROR');
}
