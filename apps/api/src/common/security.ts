import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Where Swagger UI lives; its page needs inline styles, nothing else does. */
const DOCS_PATH = '/api/docs';

/**
 * The content security policy: scripts, styles, fonts and API calls from this origin only; images
 * also as `data:` URLs; no plug-ins, no framing, no foreign form targets. The web app needs nothing
 * more (chart.js draws on a canvas; React sets styles through the DOM, not inline markup).
 */
export function contentSecurityPolicy({ inlineStyles }: { inlineStyles: boolean }): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

function securityHeaders(inlineStyles: boolean) {
  // `useDefaults: false` leaves out upgrade-insecure-requests, which would break plain-HTTP installs on a LAN.
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy({ inlineStyles }) },
  });
}

/**
 * Security headers on every answer (API, web app and docs) and CORS for the listed origins only:
 * with none listed, browsers let only pages of this same origin read the API's answers.
 */
export function applySecurity(
  app: NestExpressApplication,
  { corsOrigins }: { corsOrigins: readonly string[] },
): void {
  const strict = securityHeaders(false);
  const docs = securityHeaders(true);
  app.use((request: Request, response: Response, next: NextFunction) =>
    (request.path === DOCS_PATH || request.path.startsWith(`${DOCS_PATH}/`) ? docs : strict)(
      request,
      response,
      next,
    ),
  );
  app.enableCors({ origin: corsOrigins.length > 0 ? [...corsOrigins] : false });
}
