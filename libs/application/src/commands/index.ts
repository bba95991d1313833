import { AdoptDeclarationHandler } from './adopt-declaration/adopt-declaration.handler';
import { AssignDeliverableHandler } from './assign-deliverable/assign-deliverable.handler';
import { CancelDeliverableHandler } from './cancel-deliverable/cancel-deliverable.handler';
import { DefineDeliverableHandler } from './define-deliverable/define-deliverable.handler';
import { HoldConferenceHandler } from './hold-conference/hold-conference.handler';
import { LaunchProcessHandler } from './launch-process/launch-process.handler';
import { ProvideAssistanceHandler } from './provide-assistance/provide-assistance.handler';
import { ReportProgressHandler } from './report-progress/report-progress.handler';
import { ReviseFrameworkHandler } from './revise-framework/revise-framework.handler';

export * from './command-metadata';
export * from './errors';
export * from './aggregate-store';
export * from './command-registry';
export * from './adopt-declaration/adopt-declaration.command';
export * from './revise-framework/revise-framework.command';
export * from './launch-process/launch-process.command';
export * from './hold-conference/hold-conference.command';
export * from './define-deliverable/define-deliverable.command';
export * from './assign-deliverable/assign-deliverable.command';
export * from './report-progress/report-progress.command';
export * from './cancel-deliverable/cancel-deliverable.command';
export * from './provide-assistance/provide-assistance.command';

export const COMMAND_HANDLERS = [
  AdoptDeclarationHandler,
  ReviseFrameworkHandler,
  LaunchProcessHandler,
  HoldConferenceHandler,
  DefineDeliverableHandler,
  AssignDeliverableHandler,
  ReportProgressHandler,
  CancelDeliverableHandler,
  ProvideAssistanceHandler,
];
