import { AppConfig, Metrics } from '@ct/application';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

const BEARER = /^Bearer +(\S+)$/i;
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Media type of the Prometheus text exposition format. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * GET /metrics for a scraper holding METRICS_TOKEN: answered here, before the guards, because the
 * scrape token is not a user's JWT. Any other request (no token, another token, a JWT) goes on to the
 * route, where the usual policy applies (auditor or programme-admin).
 */
@Injectable()
export class MetricsScrapeMiddleware implements NestMiddleware {
  /** Compared as SHA-256 digests: equal lengths, so timingSafeEqual leaks neither bytes nor length. */
  private readonly expected?: Buffer;

  constructor(
    config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    if (config.METRICS_TOKEN) this.expected = digest(config.METRICS_TOKEN);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const offered = this.expected && BEARER.exec(request.header('authorization') ?? '')?.[1];
    if (!offered || !timingSafeEqual(digest(offered), this.expected)) return next();
    this.metrics.registry
      .metrics()
      .then(
        (text) => void response.status(200).setHeader('Content-Type', METRICS_CONTENT_TYPE).send(text),
        next,
      );
  }
}
