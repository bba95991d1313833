import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request values that every log line of the request should carry. */
export interface RequestContext {
  correlationId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
