import { COMMAND_NAMES, commandRoute, isCommandName } from './commands';
import { type DeliverableState, initialDeliverableState } from './deliverable/deliverable.events';
import { type FrameworkState } from './framework/framework.events';

const framework = (adoptedOn: string): FrameworkState => ({
  exists: true,
  adoptedOn,
  adoptingStates: ['TJ'],
  revisions: [],
});
const states = (
  frameworks: Record<string, FrameworkState> = {},
  deliverables: Record<string, DeliverableState> = {},
) => ({
  frameworks: new Map(Object.entries(frameworks)),
  deliverables: new Map(Object.entries(deliverables)),
});

describe('command tables', () => {
  it('route every command of the domain to the aggregate whose stream it writes', () => {
    expect(COMMAND_NAMES.map((name) => [name, commandRoute(name).aggregate.category])).toEqual([
      ['AdoptDeclaration', 'framework'],
      ['ReviseFramework', 'framework'],
      ['LaunchProcess', 'process'],
      ['HoldConference', 'process'],
      ['DefineDeliverable', 'deliverable'],
      ['AssignDeliverable', 'deliverable'],
      ['ReportProgress', 'deliverable'],
      ['CorrectProgressReport', 'deliverable'],
      ['WithdrawProgressReport', 'deliverable'],
      ['ValidateProgressReport', 'deliverable'],
      ['ReturnProgressReport', 'deliverable'],
      ['ReopenAssignment', 'deliverable'],
      ['WithdrawAssignment', 'deliverable'],
      ['CancelDeliverable', 'deliverable'],
      ['RetireDeliverable', 'deliverable'],
      ['ProvideAssistance', 'assistance'],
      ['AmendAssistance', 'assistance'],
      ['WithdrawAssistance', 'assistance'],
      ['RegisterOrganisation', 'organisation'],
      ['UpdateOrganisation', 'organisation'],
    ]);
    expect(isCommandName('ReportProgress')).toBe(true);
    expect(isCommandName('DropDatabase')).toBe(false);
    expect(isCommandName('toString')).toBe(false);
  });

  it('name the State a command acts for only where a coordinator acts for one', () => {
    const scoped = COMMAND_NAMES.filter((name) => commandRoute(name).row.actsForState !== undefined);
    expect(scoped.map((name) => [name, commandRoute(name).row.actsForState])).toEqual([
      // A report names its State, or on a regional assignment the member State reporting (h8).
      ['ReportProgress', ['stateCode', 'reportingState']],
      ['CorrectProgressReport', ['stateCode', 'reportingState']],
      ['WithdrawProgressReport', ['stateCode', 'reportingState']],
      // Assistance may go to several States or a region: the assistance controller checks that a
      // coordinator covers every recipient State (recorded ones for amendments and withdrawals).
    ]);
  });

  it('take the stream id from the payload', () => {
    expect(commandRoute('ReportProgress').row.streamId({ deliverableId: 'criminalise-tf' })).toBe(
      'criminalise-tf',
    );
    expect(commandRoute('HoldConference').row.streamId({ processId: 'dushanbe-process' })).toBe(
      'dushanbe-process',
    );
  });

  it('give a definition the adoption date of its framework, and nothing for an unknown one', () => {
    const { row } = commandRoute('DefineDeliverable');
    const payload = { frameworkId: 'jpoa' };
    expect(row.reads?.(payload, initialDeliverableState)).toEqual({ frameworks: ['jpoa'] });
    expect(
      row.context?.(payload, states({ jpoa: framework('2011-11-30') }), initialDeliverableState),
    ).toEqual({ frameworkAdoptedOn: '2011-11-30', frameworkRevisions: [] });
    expect(row.context?.(payload, states(), initialDeliverableState)).toEqual({
      frameworkAdoptedOn: undefined,
      frameworkRevisions: undefined,
    });
  });

  it("give a retirement the revisions of the deliverable's own framework, read from its stream", () => {
    const { row } = commandRoute('RetireDeliverable');
    const payload = { deliverableId: 'criminalise-tf', revision: '2022-03-03' };
    const deliverable: DeliverableState = { ...initialDeliverableState, exists: true, frameworkId: 'jpoa' };
    expect(row.reads?.(payload, deliverable)).toEqual({ frameworks: ['jpoa'] });
    expect(row.reads?.(payload, initialDeliverableState)).toEqual({ frameworks: [] });
    const revised = { ...framework('2011-11-30'), revisions: ['2022-03-03'] };
    expect(row.context?.(payload, states({ jpoa: revised }), deliverable)).toEqual({
      frameworkAdoptedOn: '2011-11-30',
      frameworkRevisions: ['2022-03-03'],
    });
  });

  it('give a process the adoption dates of the frameworks that exist', () => {
    const { row } = commandRoute('LaunchProcess');
    const payload = { frameworkIds: ['jpoa', 'unknown'] };
    expect(row.reads?.(payload, undefined)).toEqual({ frameworks: ['jpoa', 'unknown'] });
    const context = row.context?.(payload, states({ jpoa: framework('2011-11-30') }), undefined) as {
      frameworksAdoptedOn: Map<string, string>;
    };
    expect([...context.frameworksAdoptedOn]).toEqual([['jpoa', '2011-11-30']]);
  });

  it('tell assistance whether the deliverable it supports exists, is cancelled, and who it is assigned to', () => {
    const { row } = commandRoute('ProvideAssistance');
    expect(row.reads?.({}, undefined)).toEqual({ deliverables: [] });
    expect(row.context?.({}, states(), undefined)).toEqual({});
    const linked = { deliverableId: 'criminalise-tf' };
    expect(row.context?.(linked, states(), undefined)).toEqual({
      deliverable: { exists: false, cancelled: false, assignedStates: [] },
    });
    const assigned: DeliverableState = {
      ...initialDeliverableState,
      exists: true,
      assignments: { TJ: {} as never, KZ: {} as never },
    };
    expect(row.context?.(linked, states({}, { 'criminalise-tf': assigned }), undefined)).toEqual({
      deliverable: { exists: true, cancelled: false, assignedStates: ['TJ', 'KZ'] },
    });
  });
});
