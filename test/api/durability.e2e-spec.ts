import { IDEMPOTENCY_KEY_CLAIMED, commandIdFor } from '@ct/application';
import { SqliteEventStore } from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killHard, startApiProcess } from '../support/child-process';

/**
 * An acknowledged command is durable: the API process is SIGKILLed (no shutdown hook runs) and
 * every event it acknowledged is there after a restart, in order.
 */
describe('The embedded store survives a killed API process', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-kill-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged event across SIGKILL and restart', async () => {
    const acknowledged: { position: string; commandId: string }[] = [];
    for (let round = 0; round < 3; round++) {
      const { child, url, tokens } = await startApiProcess({ DATA_DIR: dataDir });
      const token = tokens.sign({ id: 'durability-test', roles: ['programme-admin'] }, 600);
      try {
        for (let i = 0; i < 5; i++) {
          const commandId = `adopt-${round}-${i}`;
          const response = await fetch(`${url}/frameworks`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
              'idempotency-key': commandId,
            },
            body: JSON.stringify({
              id: `framework-${round}-${i}`,
              kind: 'declaration',
              title: `Declaration ${round}.${i}`,
              adoptedOn: '2019-05-17',
              place: 'Dushanbe',
              adoptingStates: ['TJ'],
            }),
          });
          expect(response.status).toBe(201);
          const body = (await response.json()) as { position: string };
          acknowledged.push({
            position: body.position,
            commandId: commandIdFor('durability-test', commandId),
          });
        }
      } finally {
        await killHard(child);
      }
    }

    const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
    try {
      const stored: { position: string; commandId: string }[] = [];
      // Each keyed command claimed its key first (a bookkeeping event of its own); the facts follow.
      for await (const event of store.readAll())
        if (event.type !== IDEMPOTENCY_KEY_CLAIMED)
          stored.push({ position: event.position.toString(), commandId: event.metadata.commandId });
      expect(stored).toEqual(acknowledged);
    } finally {
      await store.close();
    }
  }, 120_000);
});
