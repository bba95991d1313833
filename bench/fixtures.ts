/**
 * The data every write benchmark uses: one framework, 100 deliverables, each assigned to the five
 * Central Asian States, i.e. 500 (deliverable, State) pairs that progress reports rotate over.
 */
import { type CommandGateway, type CommandMetadata } from '@ct/application';
import { randomUUID } from 'node:crypto';

export const STATES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export const DELIVERABLES = 100;
export const PAIRS = DELIVERABLES * STATES.length;
export const FRAMEWORK_ID = 'dushanbe-declaration-2019';
export const ACTOR = 'bench.runner';
/** Reports never go back in time: one fixed date, after every assignment. */
export const REPORTED_ON = '2024-06-30';

export const deliverableId = (i: number): string => `bench-deliverable-${String(i).padStart(3, '0')}`;

/** The k-th pair: consecutive k hit distinct deliverables (distinct streams), then the next State. */
export function pair(k: number): { deliverableId: string; stateCode: string } {
  const slot = k % PAIRS;
  return {
    deliverableId: deliverableId(slot % DELIVERABLES),
    stateCode: STATES[Math.floor(slot / DELIVERABLES)]!,
  };
}

/** The body of the k-th progress report (same shape over HTTP and through the CommandBus). */
export function progressBody(k: number): {
  stateCode: string;
  status: 'in-progress';
  percentComplete: number;
  note: string;
  evidence: string[];
  reportedOn: string;
} {
  return {
    stateCode: pair(k).stateCode,
    status: 'in-progress',
    percentComplete: k % 100,
    note: `Benchmark report ${k}: draft amendments to the criminal code circulated to the inter-agency working group`,
    evidence: ['EAG mutual evaluation follow-up report', `bench-doc-${k}`],
    reportedOn: REPORTED_ON,
  };
}

export function metadata(): CommandMetadata {
  const commandId = randomUUID();
  return {
    actor: ACTOR,
    commandId,
    idempotent: false,
    correlationId: commandId,
    causationId: commandId,
    now: new Date().toISOString(),
  };
}

/** Arguments of `CommandGateway.send` for the k-th progress report, on the k-th pair unless `onPair` says. */
export function reportCommand(k: number, onPair = k) {
  const { deliverableId, stateCode } = pair(onPair);
  return ['ReportProgress', { deliverableId, ...progressBody(k), stateCode }, metadata()] as const;
}

/**
 * Creates the framework, the deliverables and their 500 assignments through the gateway. Streams
 * are independent, so deliverables are set up `concurrency` at a time (each one's commands in order).
 */
export async function seed(gateway: CommandGateway, concurrency = 16): Promise<number> {
  await gateway.send(
    'AdoptDeclaration',
    {
      frameworkId: FRAMEWORK_ID,
      kind: 'declaration',
      title: 'Dushanbe Declaration',
      adoptedOn: '2019-05-17',
      place: 'Dushanbe',
      adoptingStates: [...STATES],
    },
    metadata(),
  );
  let next = 0;
  let sent = 1;
  const worker = async () => {
    for (let i = next++; i < DELIVERABLES; i = next++) {
      await gateway.send(
        'DefineDeliverable',
        {
          deliverableId: deliverableId(i),
          frameworkId: FRAMEWORK_ID,
          pillar: 'II',
          thematicArea: 'countering the financing of terrorism',
          title: `Benchmark deliverable ${i}`,
          reference: 'UNSCR 2462 (2019)',
          definedOn: '2019-06-01',
        },
        metadata(),
      );
      sent += 1;
      for (const stateCode of STATES) {
        await gateway.send(
          'AssignDeliverable',
          {
            deliverableId: deliverableId(i),
            stateCode,
            leadAgency: 'Financial intelligence unit',
            dueOn: '2025-12-31',
            assignedOn: '2019-06-15',
          },
          metadata(),
        );
        sent += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sent;
}
