import {
  type AggregateView,
  type CommandMetadata,
  type CommandResult,
  CommandGateway,
  GetAggregateQuery,
  type Principal,
  StateNotCoveredError,
} from '@ct/application';
import { type AssistanceRecipients, type AssistanceState, DAC_REGION_VOCABULARY } from '@ct/domain';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { ApiAggregate, ApiCommand, ApiIdParam } from '../dto/api-operations';
import { AssistanceViewSchema } from '../dto/responses.dto';
import {
  AmendAssistanceDto,
  type MoneyDto,
  ProvideAssistanceDto,
  type RecipientsDto,
  WithdrawAssistanceDto,
} from '../dto/assistance.dto';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { type TrackedRequest } from '../http/request-context.middleware';

const money = (m: MoneyDto) => ({ value: m.value, currency: m.currency });

/** The legacy `recipientState` is that one State at 100 %; otherwise the recipients as sent. */
function recipientsOf(dto: { recipientState?: string; recipients?: RecipientsDto }): AssistanceRecipients {
  if (dto.recipients === undefined)
    return { states: [{ stateCode: dto.recipientState ?? '', percentage: 100 }] };
  const { states, region } = dto.recipients;
  return {
    states: (states ?? []).map((s) => ({ stateCode: s.stateCode, percentage: s.percentage })),
    ...(region
      ? { region: { code: region.code, vocabulary: region.vocabulary ?? DAC_REGION_VOCABULARY } }
      : {}),
  };
}

/**
 * Who may record assistance (issue #13 item 4). Programme staff (`programme-admin`) record,
 * amend and withdraw any record: UNOCT/UNRCCA deliver much of it themselves. A coordinator acts
 * for their own States only: every recipient State of the record must be one of theirs (a record
 * shared with another State is that State's too), and a record booked to a region with no State
 * share belongs to no coordinator. A caller with both roles acts as programme staff. The same
 * rule holds for amendments and withdrawals, judged on the recipients recorded, which never change.
 * Returns the metadata the command is sent with: programme staff act for no State in particular.
 */
function authorize(
  principal: Principal | undefined,
  metadata: CommandMetadata,
  recipientStates: readonly string[],
  fieldOf: (index: number) => string,
  regionOnly: { label: string; field: string },
): CommandMetadata {
  if (principal?.roles.includes('programme-admin')) {
    const { actsForStates: _any, ...rest } = metadata;
    return rest;
  }
  const covered = principal?.states ?? [];
  if (recipientStates.length === 0)
    throw new StateNotCoveredError(regionOnly.label, regionOnly.field, covered);
  recipientStates.forEach((stateCode, i) => {
    if (!covered.includes(stateCode)) throw new StateNotCoveredError(stateCode, fieldOf(i), covered);
  });
  return metadata;
}

@ApiTags('assistance')
@Controller('assistance')
export class AssistanceController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  /** Records assistance provided by a UN entity or partner to States or a region (AssistanceProvided). */
  @ApiCommand({
    summary:
      'Record assistance provided by a UN entity or partner to one or more States or a region (AssistanceProvided).',
    description:
      'For programme-admin, or a coordinator covering every recipient State (a region without State shares: programme-admin only). `recipients` gives States with percentage shares (summing to 100) and/or a DAC region (619 Central Asia, regional) whose State shares sum to at most 100; legacy clients may send `recipientState` (that State at 100 %).',
    creates: true,
  })
  @Post()
  @Roles('coordinator', 'programme-admin')
  async provide(
    @Body() dto: ProvideAssistanceDto,
    @CommandContext() metadata: CommandMetadata,
    @Req() request: TrackedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, amount, recipientState: _legacy, recipients: _recipients, ...rest } = dto;
    const recipients = recipientsOf(dto);
    const scoped = authorize(
      request.principal,
      metadata,
      recipients.states.map((r) => r.stateCode),
      (i) => (dto.recipients === undefined ? 'recipientState' : `recipients.states[${i}].stateCode`),
      { label: `region ${recipients.region?.code ?? ''}`, field: 'recipients.region' },
    );
    response.location(`/assistance/${id}`);
    const payload = { assistanceId: id, ...rest, recipients, ...(amount ? { amount: money(amount) } : {}) };
    return this.commands.send('ProvideAssistance', payload, scoped);
  }

  @ApiCommand({
    summary:
      'Amend an assistance record: period end, value, disbursements as they happen (AssistanceAmended).',
    description:
      'For programme-admin, or a coordinator covering every recipient State of the record. Only the fields given change; disbursements are added to those recorded. A reason is required and kept in the audit history.',
  })
  @ApiIdParam('id', 'The assistance record.', 'unodc-tj-cft-2024')
  @Post(':id/amendments')
  @Roles('coordinator', 'programme-admin')
  async amend(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: AmendAssistanceDto,
    @CommandContext() metadata: CommandMetadata,
    @Req() request: TrackedRequest,
  ): Promise<CommandResult> {
    const scoped = await this.authorizeRecorded(id, request.principal, metadata);
    const payload = {
      assistanceId: id,
      reason: dto.reason,
      ...(dto.periodEnd === undefined ? {} : { periodEnd: dto.periodEnd }),
      ...(dto.amount ? { amount: money(dto.amount) } : {}),
      ...(dto.disbursements
        ? {
            disbursements: dto.disbursements.map((d) => ({
              disbursedOn: d.disbursedOn,
              amount: money(d.amount),
            })),
          }
        : {}),
    };
    return this.commands.send('AmendAssistance', payload, scoped);
  }

  @ApiCommand({
    summary: 'Withdraw an assistance record (AssistanceWithdrawn): it leaves every total, its history stays.',
    description: 'For programme-admin, or a coordinator covering every recipient State of the record.',
  })
  @ApiIdParam('id', 'The assistance record.', 'unodc-tj-cft-2024')
  @Post(':id/withdrawal')
  @Roles('coordinator', 'programme-admin')
  async withdraw(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: WithdrawAssistanceDto,
    @CommandContext() metadata: CommandMetadata,
    @Req() request: TrackedRequest,
  ): Promise<CommandResult> {
    const scoped = await this.authorizeRecorded(id, request.principal, metadata);
    return this.commands.send('WithdrawAssistance', { assistanceId: id, reason: dto.reason }, scoped);
  }

  @ApiAggregate({
    summary: 'Current state of the assistance record, folded from its own stream (always up to date).',
    type: AssistanceViewSchema,
  })
  @ApiIdParam('id', 'The assistance record.', 'unodc-tj-cft-2024')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(@Param('id', IdParamPipe) id: string): Promise<AggregateView> {
    return this.queries.execute(new GetAggregateQuery('assistance', id));
  }

  /**
   * The coordinator's scope judged on the States recorded (404 for an unknown record, as the
   * command would answer). Programme staff need no look-up.
   */
  private async authorizeRecorded(
    id: string,
    principal: Principal | undefined,
    metadata: CommandMetadata,
  ): Promise<CommandMetadata> {
    const regionOnly = { label: `the regional record '${id}'`, field: 'id' };
    if (principal?.roles.includes('programme-admin'))
      return authorize(principal, metadata, [], () => 'id', regionOnly);
    const view = await this.queries.execute(new GetAggregateQuery('assistance', id));
    const { recipientStates } = view.state as AssistanceState;
    return authorize(principal, metadata, recipientStates, () => 'id', regionOnly);
  }
}
