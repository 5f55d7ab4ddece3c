import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiError, ApiErrorDetail, ErrorCode } from '@lcm/contracts';

/** An error meant for the caller: carries the one error body shape of the API. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly body: ApiError,
  ) {
    super(body, status);
  }

  static validation(message: string, errors: ApiErrorDetail[]): ApiException {
    return new ApiException(HttpStatus.BAD_REQUEST, { code: 'VALIDATION_FAILED', message, errors });
  }

  static notFound(message: string): ApiException {
    return new ApiException(HttpStatus.NOT_FOUND, { code: 'NOT_FOUND', message });
  }

  static unauthorized(message: string): ApiException {
    return new ApiException(HttpStatus.UNAUTHORIZED, { code: 'UNAUTHORIZED', message });
  }

  static forbidden(message: string): ApiException {
    return new ApiException(HttpStatus.FORBIDDEN, { code: 'FORBIDDEN', message });
  }

  static conflict(code: Extract<ErrorCode, 'CONFLICT' | 'SUBMISSION_LOCKED'>, message: string): ApiException {
    return new ApiException(HttpStatus.CONFLICT, { code, message });
  }
}
