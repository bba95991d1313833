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

  it('brings a version 1 assistance record to version 2: its one recipient State at 100 %', () => {
    const assistance = {
      assistanceId: 'unoct-kg-2023-10',
      provider: 'UNOCT/UNCCT',
      recipientState: 'KG',
      pillar: 'III',
      kind: 'training',
      periodStart: '2023-10-09',
      amount: { value: 125000.5, currency: 'USD' },
    };
    const { recipientState: _gone, ...rest } = assistance;
    expect(upcastEvent('AssistanceProvided', 1, assistance)).toEqual({
      version: 2,
      data: { ...rest, recipients: { states: [{ stateCode: 'KG', percentage: 100 }] } },
    });
    const v2 = { ...rest, recipients: { states: [{ stateCode: 'KG', percentage: 100 }] } };
    expect(upcastEvent('AssistanceProvided', 2, v2)).toEqual({ version: 2, data: v2 });
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
