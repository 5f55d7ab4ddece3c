import i18next from 'i18next';
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
  if (status === 429) return 'TOO_MANY_REQUESTS';
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
  /** Extra headers, e.g. the CSRF token of the session endpoints. */
  headers?: Record<string, string>;
  /** Send the session's access token and renew it once after a 401 (default). */
  authenticate?: boolean;
}

/** How requests are authenticated; installed by the session while someone is signed in. */
export interface ApiAuth {
  /** The current access token, or null when signed out. */
  accessToken(): string | null;
  /** Called after a 401 to a request that carried a token: true when a new token is worth a retry. */
  renew(): Promise<boolean>;
}

let apiAuth: ApiAuth | null = null;

export function setApiAuth(auth: ApiAuth | null): void {
  apiAuth = auth;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(
  method: HttpMethod,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<Response> {
  const token = options.authenticate === false ? null : (apiAuth?.accessToken() ?? null);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  // Framework and indicator names come back in the UI's language (English where not translated),
  // unless the caller asks for another language, e.g. to edit the English source texts.
  if (i18next.resolvedLanguage) headers['Accept-Language'] ??= i18next.resolvedLanguage;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError(0, null, 'NETWORK_ERROR');
  }
}

/**
 * Calls an API path built with `apiRoutes` (and `withQuery`) and returns its JSON body (undefined for
 * 204 No Content). An expired access token is renewed once and the call repeated.
 * Throws `ApiRequestError` for failed calls; an aborted call rejects with the abort reason.
 */
export async function requestJson<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const response = await sendRenewingToken(method, path, body, options);
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await failureOf(response);
  const json = await readJson(response);
  if (json === undefined) throw new ApiRequestError(response.status, null, 'INVALID_RESPONSE');
  return json as T;
}

/** Sends with the session's token; an expired token is renewed once and the call repeated. */
async function sendRenewingToken(
  method: HttpMethod,
  path: string,
  body: unknown,
  options: RequestOptions,
): Promise<Response> {
  const sentToken = options.authenticate !== false && apiAuth?.accessToken() != null;
  const response = await send(method, path, body, options);
  if (response.status === 401 && sentToken && apiAuth && (await apiAuth.renew())) {
    return send(method, path, body, options);
  }
  return response;
}

/** GETs a file the API makes (e.g. a CSV export), authenticated like `requestJson`. */
export async function getFile(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await sendRenewingToken('GET', path, undefined, {
    ...options,
    headers: { Accept: '*/*', ...options.headers },
  });
  if (!response.ok) throw await failureOf(response);
  return response.blob();
}

/** The error of a failed call, with the API's error body when it sent one. */
async function failureOf(response: Response): Promise<ApiRequestError> {
  const json = await readJson(response);
  return new ApiRequestError(
    response.status,
    isApiErrorBody(json) ? json : null,
    codeForStatus(response.status),
  );
}

/** GETs an API path and returns its JSON body; see `requestJson`. */
export function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return requestJson<T>('GET', path, undefined, options);
}

/** Turns anything thrown into an `ApiRequestError`, so screens handle one error type. */
export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  return new ApiRequestError(0, null, 'NETWORK_ERROR');
}

/**
 * POSTs a multipart form with upload progress (which `fetch` cannot report), authenticated like
 * `requestJson`; `onProgress` gets the share of bytes sent, 0–1. Returns the JSON answer.
 */
export async function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const attempt = () =>
    new Promise<{ status: number; json: unknown }>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', path);
      request.setRequestHeader('Accept', 'application/json');
      const token = apiAuth?.accessToken();
      if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        let json: unknown;
        try {
          json = JSON.parse(request.responseText) as unknown;
        } catch {
          json = undefined;
        }
        resolve({ status: request.status, json });
      };
      request.onerror = () => reject(new ApiRequestError(0, null, 'NETWORK_ERROR'));
      request.onabort = () => reject(new DOMException('The upload was stopped', 'AbortError'));
      signal?.addEventListener('abort', () => request.abort(), { once: true });
      request.send(form);
    });
  let answer = await attempt();
  if (answer.status === 401 && apiAuth?.accessToken() && (await apiAuth.renew())) answer = await attempt();
  if (answer.status < 200 || answer.status >= 300) {
    throw new ApiRequestError(
      answer.status,
      isApiErrorBody(answer.json) ? answer.json : null,
      codeForStatus(answer.status),
    );
  }
  if (answer.json === undefined) throw new ApiRequestError(answer.status, null, 'INVALID_RESPONSE');
  return answer.json as T;
}
