import { createLogger } from '@ct/application';
import { Controller, Get, Module } from '@nestjs/common';
import { type Logger } from 'pino';
import { Public } from '../../../apps/api/src/http/auth/access-policy';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger of the product (createLogger) writing into memory instead of stdout. */
export function capturingLogger(level: string): { logger: Logger; lines: LogLine[]; text: () => string } {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (chunk: string) => void raw.push(chunk) });
  return {
    logger,
    get lines() {
      return raw.map((line) => JSON.parse(line) as LogLine);
    },
    text: () => raw.join(''),
  };
}

/**
 * Resolves with the first line the predicate accepts, waiting for it: the request line is written
 * when the response finishes, which may be just after the client has the answer.
 */
export async function lineWhere(
  capture: { lines: LogLine[] },
  predicate: (line: LogLine) => boolean,
  ceilingMs = 5_000,
): Promise<LogLine> {
  const deadline = Date.now() + ceilingMs;
  for (;;) {
    const found = capture.lines.find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such log line within ${ceilingMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A route that fails like a bug does, behind the product's guards and filter: test-only. */
@Controller('test-only')
class FailingController {
  @Get('boom')
  @Public()
  boom(): never {
    throw new TypeError('boom');
  }
}

@Module({ controllers: [FailingController] })
export class FailingRouteModule {}
