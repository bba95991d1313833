import 'reflect-metadata';
import { type CommandMetadata } from '@ct/application';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { CommandRoutes } from '../../apps/api/src/controllers/command-routes';
import { ROUTE_ROLES } from '../../apps/api/src/http/auth/access-policy';
import {
  AssignDeliverableDto,
  CancelDeliverableDto,
  DefineDeliverableDto,
  WithdrawProgressReportDto,
} from '../../apps/api/src/dto/deliverable.dto';

const ID = { description: 'The deliverable.', example: 'criminalise-tf' };
const REPORT = {
  name: 'reportId',
  pipe: class {
    transform(value: string) {
      return value;
    }
  },
  documented: () => undefined,
  fields: (reportId: string) => ({ reportId }),
};

/** A stand-in for the gateway: what the generated handler sends. */
function host(Controller: new (...args: never[]) => object) {
  const sent: unknown[] = [];
  const commands = { send: (...args: unknown[]) => Promise.resolve(sent.push(args)) };
  const controller = new (Controller as unknown as new (c: unknown, q: unknown) => object)(commands, {});
  return { controller: controller as Record<string, (...args: unknown[]) => Promise<unknown>>, sent };
}

describe('CommandRoutes: a command route as a table row', () => {
  const Routes = CommandRoutes({
    aggregate: 'deliverable',
    collection: 'deliverables',
    id: ID,
    commands: {
      define: {
        command: 'DefineDeliverable',
        creates: true,
        body: DefineDeliverableDto,
        roles: ['programme-admin'],
        summary: 'Define.',
      },
      withdrawReport: {
        command: 'WithdrawProgressReport',
        path: ':id/progress-reports/:reportId/withdrawal',
        part: REPORT,
        body: WithdrawProgressReportDto,
        roles: ['coordinator', 'programme-admin'],
        summary: 'Withdraw.',
      },
    },
  });
  const metadata = { actor: 'me' } as CommandMetadata;

  it('sends the path fields first, then the body, under the aggregate id field', async () => {
    const { controller, sent } = host(Routes);
    await controller.withdrawReport!('criminalise-tf', 'r-1', { reason: 'typo', stateCode: 'TJ' }, metadata);
    expect(sent).toEqual([
      [
        'WithdrawProgressReport',
        { deliverableId: 'criminalise-tf', reportId: 'r-1', reason: 'typo', stateCode: 'TJ' },
        metadata,
      ],
    ]);
  });

  it("creates under the body's id and answers where the record is read", async () => {
    const { controller, sent } = host(Routes);
    let location = '';
    const response = { location: (where: string) => (location = where) };
    await controller.define!({ id: 'criminalise-tf', title: 'T' }, metadata, response);
    expect(location).toBe('/deliverables/criminalise-tf');
    expect(sent).toEqual([['DefineDeliverable', { deliverableId: 'criminalise-tf', title: 'T' }, metadata]]);
  });

  it('declares each row as the hand-written handler did: roles, parameters and their reflected types', () => {
    const method = 'withdrawReport';
    expect(Reflect.getMetadata(ROUTE_ROLES, Routes.prototype[method] as object)).toEqual([
      'coordinator',
      'programme-admin',
    ]);
    expect(Reflect.getMetadata('design:paramtypes', Routes.prototype, method)).toEqual([
      String,
      String,
      WithdrawProgressReportDto,
      Object,
    ]);
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Routes, method) as Record<
      string,
      { index: number }
    >;
    expect(Object.values(args).map((arg) => arg.index)).toEqual([3, 2, 1, 0]);
  });

  it('refuses a row whose path names other segments than the row', () => {
    expect(() =>
      CommandRoutes({
        aggregate: 'deliverable',
        collection: 'deliverables',
        id: ID,
        commands: {
          // Compiles (the payload is whole) but the path does not carry the report's segment.
          withdrawReport: {
            command: 'WithdrawProgressReport',
            path: ':id/withdrawal',
            part: REPORT,
            body: WithdrawProgressReportDto,
            roles: ['programme-admin'],
            summary: 'Withdraw.',
          },
        },
      }),
    ).toThrow('withdrawReport: the path names id, the row id,reportId');
  });

  it('does not compile a row whose path and body do not make its command (checked by tsc)', () => {
    const build = () =>
      CommandRoutes({
        aggregate: 'deliverable',
        collection: 'deliverables',
        id: ID,
        commands: {
          // @ts-expect-error a cancellation's body is not an assignment's payload
          assign: {
            command: 'AssignDeliverable',
            path: ':id/assignments',
            body: CancelDeliverableDto,
            roles: ['programme-admin'],
            summary: 'Assign.',
          },
          // The right body compiles.
          assignAgain: {
            command: 'AssignDeliverable',
            path: ':id/assignments/again',
            body: AssignDeliverableDto,
            roles: ['programme-admin'],
            summary: 'Assign.',
          },
        },
      });
    expect(build).not.toThrow();
  });
});
