import { commandIdFor } from '@ct/application';
import { eventIdFor } from '@ct/event-store';
import { withEventIdsResolved } from '../../apps/cli/src/load-commands';

describe('load: an event named by the record that recorded it', () => {
  it('resolves { eventIdOf } to that record’s event id for the loading actor, at any depth', () => {
    const payload = { reportId: { eventIdOf: 'demo-0051' }, nested: [{ id: { eventIdOf: 'x', index: 2 } }] };
    expect(withEventIdsResolved(payload, 'cli:seed-demo')).toEqual({
      reportId: eventIdFor(commandIdFor('cli:seed-demo', 'demo-0051'), 0),
      nested: [{ id: eventIdFor(commandIdFor('cli:seed-demo', 'x'), 2) }],
    });
  });

  it('gives another actor other ids (command ids are scoped to the actor)', () => {
    const payload = { reportId: { eventIdOf: 'demo-0051' } };
    expect(withEventIdsResolved(payload, 'a')).not.toEqual(withEventIdsResolved(payload, 'b'));
  });

  it('leaves objects that merely have an eventIdOf field among others untouched', () => {
    const payload = { reportId: { eventIdOf: 'demo-0051', note: 'kept' }, n: 3, s: 'x', z: null };
    expect(withEventIdsResolved(payload, 'a')).toEqual(payload);
  });
});
