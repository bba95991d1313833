import { type AppConfig } from '@ct/application';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';

/** Where SwaggerUI is served (set up in bootstrap.ts). */
export const DOCS_PATH = 'docs';

/**
 * Security headers, CORS and proxy trust. The API answers JSON only, so its CSP allows nothing at
 * all; SwaggerUI is an HTML page loading its own scripts, styles and images from this origin, so
 * /docs gets helmet's default CSP (same-origin resources only) instead.
 */
export function applyHttpHardening(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.TRUST_PROXY_HOPS);

  const forApi = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
  });
  const forDocs = helmet();
  const isDocs = (path: string) =>
    path === `/${DOCS_PATH}` || path.startsWith(`/${DOCS_PATH}/`) || path.startsWith(`/${DOCS_PATH}-`);
  app.use((request: Request, response: Response, next: NextFunction) =>
    (isDocs(request.path) ? forDocs : forApi)(request, response, next),
  );

  // Closed unless origins are listed: without CORS headers a browser page on another origin can
  // neither read answers nor send the Authorization header.
  if (config.CORS_ORIGINS.length > 0)
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        'Idempotency-Key',
        'X-Correlation-Id',
        'X-Causation-Id',
      ],
      exposedHeaders: ['Location', 'X-Correlation-Id', 'Retry-After', 'WWW-Authenticate'],
      credentials: false,
      maxAge: 600,
    });
}
