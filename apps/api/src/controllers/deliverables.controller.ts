import { isStateCode } from '@ct/domain';
import { type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ID_PATTERN_SOURCE } from '../dto/api-fields';
import { DeliverableViewSchema } from '../dto/responses.dto';
import {
  AssignDeliverableDto,
  CancelDeliverableDto,
  CorrectProgressReportDto,
  DefineDeliverableDto,
  ReopenAssignmentDto,
  ReportProgressDto,
  RetireDeliverableDto,
  ReturnProgressReportDto,
  ValidateProgressReportDto,
  WithdrawAssignmentDto,
  WithdrawProgressReportDto,
} from '../dto/deliverable.dto';
import { ID_PATTERN } from '../dto/common';
import { InvalidInputException } from '../http/validation';
import { CommandRoutes, type PathPart } from './command-routes';

/** A report id in the path: the event id of its ProgressReported event (a UUID), named in a 400. */
class ReportIdParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value))
      throw new InvalidInputException([
        { field: 'path:reportId', message: 'reportId must be the event id of a ProgressReported event' },
      ]);
    return value;
  }
}

/**
 * An assignment in the path: a State's code (`TJ`) or, for a regional assignment, the mechanism's
 * catalogue id (`ct-early-warning-network`); they cannot be confused (upper-case pair vs slug).
 */
class AssigneeParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (isStateCode(value) || ID_PATTERN.test(value)) return value;
    throw new InvalidInputException([
      {
        field: 'path:stateCode',
        message:
          "stateCode must be an ISO 3166-1 alpha-2 country code (e.g. TJ) or a regional mechanism's id (e.g. ct-early-warning-network)",
      },
    ]);
  }
}

/** The command fields the path's assignment names (the parameter stays a string: see the pipe). */
const assigneeFields = (key: string): { stateCode: string } | { mechanismId: string } =>
  isStateCode(key) ? { stateCode: key } : { mechanismId: key };

const ApiAssigneeParam = () =>
  ApiParam({
    name: 'stateCode',
    description:
      "The assignment: a State's ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional assignment the mechanism's catalogue id (e.g. ct-early-warning-network).",
    schema: { type: 'string', pattern: '^(?:[A-Z]{2}|[a-z0-9][a-z0-9-]{1,62}[a-z0-9])$' },
    example: 'TJ',
  });

const ApiReportIdParam = () =>
  ApiParam({
    name: 'reportId',
    description:
      "The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer.",
    schema: { type: 'string', pattern: ID_PATTERN_SOURCE, minLength: 3, maxLength: 64 },
    example: '1f0c4a9e-2b7d-5c3e-9a4f-6d8e0b1c2a3f',
  });

/** The deliverable's part a route names after its id. */
const REPORT: PathPart<{ reportId: string }> = {
  name: 'reportId',
  pipe: ReportIdParamPipe,
  documented: ApiReportIdParam(),
  fields: (reportId) => ({ reportId }),
};
const ASSIGNMENT: PathPart<{ stateCode: string } | { mechanismId: string }> = {
  name: 'stateCode',
  pipe: AssigneeParamPipe,
  documented: ApiAssigneeParam(),
  fields: assigneeFields,
};

/** Deliverables: defined under a framework, assigned to States or mechanisms, reported on, reviewed. */
export class DeliverablesController extends CommandRoutes({
  aggregate: 'deliverable',
  collection: 'deliverables',
  id: { description: 'The deliverable.', example: 'criminalise-tf' },
  commands: {
    define: {
      command: 'DefineDeliverable',
      creates: true,
      body: DefineDeliverableDto,
      roles: ['programme-admin'],
      summary: 'Define a deliverable under a framework and a pillar (DeliverableDefined).',
    },
    assign: {
      command: 'AssignDeliverable',
      path: ':id/assignments',
      body: AssignDeliverableDto,
      roles: ['programme-admin'],
      summary:
        'Assign (or re-assign) the deliverable to a State (stateCode) or a regional mechanism of the organisations catalogue (mechanismId: its members and reporting rule are recorded with it), with a lead agency and a due date (DeliverableAssigned).',
    },
    reportProgress: {
      command: 'ReportProgress',
      path: ':id/progress-reports',
      body: ReportProgressDto,
      // Programme staff record what no State reports: a regional mechanism's progress (issue #13 item 2).
      roles: ['coordinator', 'programme-admin'],
      summary:
        "Report an assigned State's or regional mechanism's progress, with evidence (ProgressReported).",
      description:
        "For a coordinator of that State, or programme staff. On a regional mechanism's assignment (`mechanismId`): programme staff always; a member State's coordinator (naming it in `reportingState`) only where the mechanism lets its member States report. The answer's `eventIds[0]` is the report's id: the `reportId` with which it is later corrected, withdrawn, validated or returned. Reports may be dated before earlier ones (a backfill); not from the assignment's completion on until it is reopened.",
    },
    cancel: {
      command: 'CancelDeliverable',
      path: ':id/cancellation',
      body: CancelDeliverableDto,
      roles: ['programme-admin'],
      summary: 'Cancel the deliverable for every State (DeliverableCancelled).',
    },
    correctReport: {
      command: 'CorrectProgressReport',
      path: ':id/progress-reports/:reportId/corrections',
      part: REPORT,
      body: CorrectProgressReportDto,
      roles: ['coordinator', 'programme-admin'],
      summary: 'Correct a progress report: its new values (the full set) and why (ProgressReportCorrected).',
      description:
        "A coordinator of the report's State while it is not validated (their correction resubmits it for review, also after a return); programme staff at any time (the review state is kept). A withdrawn report cannot be corrected. The event names the version it supersedes.",
    },
    withdrawReport: {
      command: 'WithdrawProgressReport',
      path: ':id/progress-reports/:reportId/withdrawal',
      part: REPORT,
      body: WithdrawProgressReportDto,
      roles: ['coordinator', 'programme-admin'],
      summary: 'Withdraw a progress report, with a reason (ProgressReportWithdrawn); its history stays.',
      description:
        "A coordinator of the report's State while it is not validated; programme staff at any time.",
    },
    validateReport: {
      command: 'ValidateProgressReport',
      path: ':id/progress-reports/:reportId/validation',
      part: REPORT,
      body: ValidateProgressReportDto,
      roles: ['programme-admin'],
      summary: 'Validate a submitted progress report (ProgressReportValidated).',
      description: 'Programme staff. Only a submitted report (not validated, returned or withdrawn).',
    },
    returnReport: {
      command: 'ReturnProgressReport',
      path: ':id/progress-reports/:reportId/return',
      part: REPORT,
      body: ReturnProgressReportDto,
      roles: ['programme-admin'],
      summary:
        'Return a submitted progress report for clarification, with a comment (ProgressReportReturned).',
      description: "Programme staff. The coordinator's correction resubmits it.",
    },
    reopenAssignment: {
      command: 'ReopenAssignment',
      path: ':id/assignments/:stateCode/reopening',
      part: ASSIGNMENT,
      body: ReopenAssignmentDto,
      roles: ['programme-admin'],
      summary: "Reopen a State's completed assignment, with a reason (AssignmentReopened).",
      description:
        'Programme staff. From `reopenedOn` the assignment is in progress again, and reports may follow.',
    },
    withdrawAssignment: {
      command: 'WithdrawAssignment',
      path: ':id/assignments/:stateCode/withdrawal',
      part: ASSIGNMENT,
      body: WithdrawAssignmentDto,
      roles: ['programme-admin'],
      summary: "Withdraw one State's assignment or mark it not applicable (AssignmentWithdrawn).",
      description:
        "Programme staff. From `withdrawnOn` that State's assignment stops counting; the other States are untouched and its history stays.",
    },
    retire: {
      command: 'RetireDeliverable',
      path: ':id/retirement',
      body: RetireDeliverableDto,
      roles: ['programme-admin'],
      summary: 'Retire the deliverable by a revision of its framework (DeliverableRetired).',
      description:
        "Programme staff. `revision` is the `revisedOn` of one of the framework's revisions; the deliverable stops counting from that day and its history stays.",
    },
  },
  read: {
    summary: 'Current state of the deliverable, folded from its own stream (always up to date).',
    type: DeliverableViewSchema,
  },
}) {}
