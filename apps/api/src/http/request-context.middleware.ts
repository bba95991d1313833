import { type Principal, requestContext } from '@ct/application';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { type Logger } from 'pino';
import { PINO } from '../logger.token';

/** Ids that clients may send: short, printable, no separators that could forge log lines. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface TrackedRequest extends Request {
  correlationId: string;
  /** Who is calling: set only by AuthGuard from a verified bearer token, never from a header. */
  principal?: Principal;
}

/**
 * Gives every request a correlation id (the client's X-Correlation-Id when well formed), echoes it,
 * and logs one structured line when the answer is sent.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(@Inject(PINO) private readonly logger: Logger) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const tracked = request as TrackedRequest;
    const offered = request.header('x-correlation-id');
    tracked.correlationId = offered && SAFE_ID.test(offered) ? offered : randomUUID();
    response.setHeader('X-Correlation-Id', tracked.correlationId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      this.logger.info(
        {
          correlationId: tracked.correlationId,
          method: request.method,
          url: request.originalUrl,
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    requestContext.run({ correlationId: tracked.correlationId }, next);
  }
}
