/** Stable machine-readable error codes: clients branch on these, never on message text. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'CONFLICT',
  'SUBMISSION_LOCKED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem in a request: names the field, the row, or the indicator and disaggregation it concerns. */
export interface ApiErrorDetail {
  /** Request field path, e.g. `observations[3].value`. */
  field?: string;
  /** 1-based row of an uploaded file or position in a list. */
  row?: number;
  indicator?: string;
  /** Disaggregation key as text, e.g. `SEX=F;URBANISATION=R`, or `total`. */
  disaggregation?: string;
  message: string;
}

/** The one error body every failing API call returns. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  errors?: ApiErrorDetail[];
}
