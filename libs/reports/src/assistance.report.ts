import { describeRecipients } from '@ct/domain';
import {
  type AssistanceRecordView,
  type Database,
  listAssistance,
  listDeliverables,
  summarizeAssistance,
  totalsByCurrency,
} from '@ct/read-models';
import { type Kysely } from 'kysely';
import { WorkBudget, allPages, frameworks, providerNames, reportHead, timeOf } from './gather';
import { inReportLanguage } from './localize';
import { type ReportOptions } from './report-options';
import {
  type AssistanceFilter,
  type AssistanceGroupLine,
  type AssistanceRecordLine,
  type AssistanceReport,
  type Money,
} from './report-model';

/** Items grouped by key, sorted by key: how many, and their totals per currency. */
function groupBy(
  items: readonly { count: number; totals: Money[] }[],
  keyOf: (index: number) => string,
): AssistanceGroupLine[] {
  const groups = new Map<string, { count: number; totals: Money[] }>();
  items.forEach((item, i) => {
    const key = keyOf(i);
    const group = groups.get(key) ?? { count: 0, totals: [] };
    group.count += item.count;
    group.totals.push(...item.totals);
    groups.set(key, group);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => ({ key, count: g.count, totals: totalsByCurrency(g.totals) }));
}

/**
 * Assistance whose period started on or before `asOf`, by provider, recipient State, pillar, kind
 * and year, with amounts per currency (never converted), and every record.
 */
export async function generateAssistanceReport(
  db: Kysely<Database>,
  options: ReportOptions & { filters?: AssistanceFilter },
): Promise<AssistanceReport> {
  const { asOf } = options;
  const filters = options.filters ?? {};
  const head = await reportHead(db, 'assistance', 'Assistance report', options);
  const ledgerFilters = { ...filters, periodTo: asOf };
  const budget = new WorkBudget(options.maxRows);
  const [summary, records, tracked, catalogue, providers] = await Promise.all([
    summarizeAssistance(db, ledgerFilters),
    allPages(budget, (page) => listAssistance(db, { ...ledgerFilters, ...page })),
    allPages(budget, (page) => listDeliverables(db, { ...timeOf(options), ...page })),
    frameworks(db, budget),
    providerNames(db, options.lang),
  ]);
  const frameworkOf = new Map(tracked.map((d) => [d.deliverableId, d.frameworkId]));
  const titles = new Map(catalogue.map((f) => [f.frameworkId, f.title]));
  const recordLine = (r: AssistanceRecordView): AssistanceRecordLine => {
    const frameworkId = r.deliverableId ? (frameworkOf.get(r.deliverableId) ?? null) : null;
    return {
      assistanceId: r.assistanceId,
      provider: r.provider,
      recipientState: describeRecipients({
        states: r.recipients.states,
        ...(r.recipients.region ? { region: r.recipients.region } : {}),
      }),
      recipientRegion: r.recipients.region?.code ?? null,
      shares: r.recipients.states.map((s) => ({
        stateCode: s.stateCode,
        percentage: s.percentage,
        amount: s.amount ? { currency: s.amount.currency, amount: s.amount.value } : null,
      })),
      pillar: r.pillar,
      kind: r.kind,
      deliverableId: r.deliverableId,
      frameworkId,
      frameworkTitle: frameworkId ? (titles.get(frameworkId) ?? null) : null,
      description: r.description,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.periodEnd !== null && r.periodEnd < asOf ? 'closed' : 'ongoing',
      amount: r.amount ? { currency: r.amount.currency, amount: r.amount.value } : null,
      disbursed: r.disbursed ? { currency: r.disbursed.currency, amount: r.disbursed.value } : null,
    };
  };
  const lines = records.map(recordLine);
  const g = summary.groups;
  // Every grouping but by-recipient counts each record once, at the value the report's totals
  // count: its whole value, or the filtered State's part of it (a State's report totals its parts).
  // Grouping the ledger's provider x recipient groups instead would count a shared record once per
  // State and once more in its region.
  const counted = lines.map((r) => {
    if (!filters.recipientState) return { count: 1, totals: r.amount ? [r.amount] : [] };
    const part = r.shares.find((s) => s.stateCode === filters.recipientState)?.amount;
    return { count: 1, totals: part ? [part] : [] };
  });
  return inReportLanguage<AssistanceReport>(
    {
      ...head,
      report: 'assistance',
      filters,
      notes: [
        `Records whose period started on or before ${asOf}. Amounts are per currency, never converted; records without an amount count but add nothing.`,
        'By recipient, a record shared by several States counts in each State it has a share in, with its share of the value (allocated to the minor unit), and a regional record counts by share in its States and in full in its region, so those groups add up to more than the totals; every other grouping counts each record once. Withdrawn records are left out; amended ones show their current values.',
      ],
      count: summary.count,
      totals: summary.totals,
      // By organisation: 'OSCE' and 'OSCE (Programme Office in Dushanbe)' are one provider when the
      // catalogue says so; a spelling it does not know stays a group of its own.
      byProvider: groupBy(counted, (i) => providers(lines[i]!.provider)),
      // Records with a share in each State (amounts by share), regional records in full in their region.
      byRecipient: groupBy(g, (i) => g[i]!.recipientState ?? `region ${g[i]!.recipientRegion ?? ''}`),
      byPillar: groupBy(counted, (i) => lines[i]!.pillar),
      byKind: groupBy(counted, (i) => lines[i]!.kind),
      byYear: groupBy(counted, (i) => lines[i]!.periodStart.slice(0, 4)),
      groups: g.map((x) => ({ ...x })),
      records: lines,
    },
    catalogue,
  );
}
