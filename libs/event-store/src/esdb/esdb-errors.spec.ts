import { isEsdbUnavailable } from './esdb-event-store';

const grpcError = (code: number | string, message: string) => Object.assign(new Error(message), { code });

describe('EventStoreDB errors that mean "try again later"', () => {
  it('counts a connection lost mid-call as unavailable, although grpc-js reports it as 13 INTERNAL', () => {
    expect(
      isEsdbUnavailable(
        grpcError(
          13,
          '13 INTERNAL: Received RST_STREAM with code 2 triggered by internal client error: Session closed with error code 2',
        ),
      ),
    ).toBe(true);
  });

  it('counts unavailable, deadline exceeded, cancelled and refused connections', () => {
    expect(isEsdbUnavailable(grpcError(14, '14 UNAVAILABLE: No connection established'))).toBe(true);
    expect(isEsdbUnavailable(grpcError(4, '4 DEADLINE_EXCEEDED'))).toBe(true);
    expect(isEsdbUnavailable(grpcError(1, '1 CANCELLED'))).toBe(true);
    expect(isEsdbUnavailable(grpcError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:2113'))).toBe(true);
  });

  it('does not hide other server errors behind a 503', () => {
    expect(isEsdbUnavailable(grpcError(13, '13 INTERNAL: unexpected server failure'))).toBe(false);
    expect(isEsdbUnavailable(grpcError(3, '3 INVALID_ARGUMENT'))).toBe(false);
    expect(isEsdbUnavailable(new Error('boom'))).toBe(false);
    expect(isEsdbUnavailable(undefined)).toBe(false);
  });
});
