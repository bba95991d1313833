import { EVENT_SCHEMA_VERSIONS } from './events';
import { UPCASTERS, upcastEvent } from './upcasters';

describe('upcasting stored events to the current schema', () => {
  const v1 = { deliverableId: 'd-1', stateCode: 'TJ', status: 'in-progress', reportedOn: '2020-01-01' };

  it('brings a version 1 progress report to version 2 as a self-report', () => {
    expect(upcastEvent('ProgressReported', 1, v1)).toEqual({
      version: 2,
      data: { ...v1, source: 'self-reported' },
    });
  });

  it('leaves current versions, and unknown or system event types, untouched', () => {
    const v2 = { ...v1, source: 'external' };
    expect(upcastEvent('ProgressReported', 2, v2)).toEqual({ version: 2, data: v2 });
    expect(upcastEvent('$metadata', 1, { a: 1 })).toEqual({ version: 1, data: { a: 1 } });
    expect(upcastEvent('DeclarationAdopted', 1, { x: 1 })).toEqual({ version: 1, data: { x: 1 } });
  });

  it('has an upcaster for every step below each current version', () => {
    for (const [type, current] of Object.entries(EVENT_SCHEMA_VERSIONS))
      for (let v = 1; v < current; v++)
        expect(UPCASTERS.some((u) => u.type === type && u.fromVersion === v)).toBe(true);
  });
});
