import { type LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { requestContext } from './request-context';

/**
 * Paths censored wherever they appear in a log line: credentials in request headers (logged only at
 * debug level), cookies both ways. Query strings are redacted where the URL is logged (redactUrl).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

/**
 * Structured JSON logs; each line made while serving a request carries its correlation id. Writes
 * to stdout unless given another destination (tests read the lines back).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'ct-tracker' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { correlationId: context.correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Lets Nest's own messages (bootstrap, routes, errors) go through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  /** Nest passes either an Error or a message with its stack as a string: both keep the stack. */
  error(message: unknown, trace?: unknown, context?: string) {
    if (message instanceof Error) this.logger.error({ context, err: message }, message.message);
    else if (typeof trace === 'string') this.logger.error({ context, stack: trace }, String(message));
    else this.logger.error({ context }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
