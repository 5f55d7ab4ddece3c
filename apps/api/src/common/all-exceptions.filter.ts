import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiError, ErrorCode } from '@lcm/contracts';
import { ApiException } from './api-exception';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Errors raised by the JSON body parser before any handler runs. */
interface BodyParserError {
  type?: string;
  status?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string';
}

/** The path as the client sent it (Nest strips the global prefix from `request.path`), without the query. */
function pathOf(request: Request): string {
  return request.originalUrl.split('?')[0] ?? request.path;
}

/**
 * The only place errors become HTTP answers: every failure has the body `{ code, message, errors? }`,
 * and nothing internal (stack, SQL) ever reaches the caller.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const [status, body] = this.toApiError(exception, request);
    if (status >= 500 && status !== 503) {
      this.logger.error(
        `${request.method} ${pathOf(request)} failed`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (!response.headersSent) response.status(status).json(body);
  }

  private toApiError(exception: unknown, request: Request): [number, ApiError] {
    if (exception instanceof ApiException) return [exception.getStatus(), exception.body];
    // Nest wraps body-parser errors in an HttpException whose cause is the original error.
    const bodyError = exception instanceof HttpException ? exception.cause : exception;
    if (isBodyParserError(bodyError)) {
      if (bodyError.type === 'entity.parse.failed') {
        return [400, { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' }];
      }
      if (bodyError.type === 'entity.too.large') {
        return [413, { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' }];
      }
      if (bodyError.status && bodyError.status >= 400 && bodyError.status < 500) {
        return [
          bodyError.status,
          { code: 'VALIDATION_FAILED', message: 'The request body could not be read' },
        ];
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const message =
        status === 404 ? `No such resource: ${request.method} ${pathOf(request)}` : exception.message;
      return [status, { code: STATUS_CODES[status] ?? 'INTERNAL_ERROR', message }];
    }
    return [500, { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; it has been logged' }];
  }
}
