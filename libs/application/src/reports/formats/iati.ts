import { type AssistanceRecordLine, type AssistanceReport } from '../report-model';
import { pillarName, stateName } from '../generate-reports';

/**
 * Assistance as IATI activity XML 2.03 (docs/facts/iati.md 4): one `iati-activity` per assistance record,
 * children in the schema's sequence order. Counter-terrorism work is often not ODA-reportable and
 * has no DAC purpose code (docs/facts/iati.md 4.2), so no DAC sector is forced: the Strategy pillar is
 * carried as sector vocabulary 99 (the reporting organisation's own, with a vocabulary-uri) and as
 * tags of vocabulary 99 for the pillar, the framework and the deliverable.
 */

export interface IatiReportingOrg {
  /** {RegistrationAgency}-{RegistrationNumber}; prefixes every iati-identifier, must not change once published. */
  ref: string;
  /** OrganisationType code (10 Government, 40 Multilateral, 90 Other, ...). */
  type: string;
  name: string;
}

/**
 * A placeholder, not a registered identifier: replace it (CLI --iati-org-ref) with the publishing
 * organisation's own before anything is published to the IATI Registry.
 */
export const DEFAULT_IATI_REPORTING_ORG: IatiReportingOrg = {
  ref: 'XX-PLACEHOLDER-CT-TRACKER',
  type: '90',
  name: 'Counter-terrorism commitments tracker (placeholder reporting organisation)',
};

/** Where the pillar names of sector/tag vocabulary 99 come from (docs/facts/strategy.md 3.1). */
export const PILLAR_VOCABULARY_URI =
  'https://www.un.org/counterterrorism/un-global-counter-terrorism-strategy';

/** IATI codes used here, all from docs/facts/iati.md 4.1. */
const ROLE_FUNDING = '1';
const ROLE_IMPLEMENTING = '4';
const STATUS_IMPLEMENTATION = '2';
const STATUS_CLOSED = '4';
const DATE_ACTUAL_START = '2';
const DATE_PLANNED_END = '3';
const DATE_ACTUAL_END = '4';
const TRANSACTION_OUTGOING_COMMITMENT = '2';

const x = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const narrative = (text: string) => `<narrative>${x(text)}</narrative>`;

/** Activity ids must stay stable once published: the aggregate id is, by construction (docs/facts/iati.md 4.1). */
export const iatiIdentifier = (org: IatiReportingOrg, assistanceId: string) => `${org.ref}-${assistanceId}`;

function activity(r: AssistanceRecordLine, asOf: string, org: IatiReportingOrg) {
  const closed = r.periodEnd !== null && r.periodEnd < asOf;
  const pillarCode = `GCTS-${r.pillar}`;
  const pillarText = `Pillar ${r.pillar}: ${pillarName(r.pillar)}`;
  const lines = [
    `  <iati-activity xml:lang="en"${r.amount ? ` default-currency="${x(r.amount.currency)}"` : ''}>`,
    `    <iati-identifier>${x(iatiIdentifier(org, r.assistanceId))}</iati-identifier>`,
    `    <reporting-org ref="${x(org.ref)}" type="${x(org.type)}">${narrative(org.name)}</reporting-org>`,
    `    <title>${narrative(`${r.kind} by ${r.provider} for ${stateName(r.recipientState)} (Pillar ${r.pillar})`)}</title>`,
    `    <description type="1">${narrative(r.description ?? `${r.kind} by ${r.provider}`)}</description>`,
    // The provider funds what it records an amount for, and carries the work out in every case.
    ...(r.amount
      ? [`    <participating-org role="${ROLE_FUNDING}">${narrative(r.provider)}</participating-org>`]
      : []),
    `    <participating-org role="${ROLE_IMPLEMENTING}">${narrative(r.provider)}</participating-org>`,
    `    <activity-status code="${closed ? STATUS_CLOSED : STATUS_IMPLEMENTATION}"/>`,
    // Only records whose period started by the as-of date are exported: the start is actual.
    `    <activity-date type="${DATE_ACTUAL_START}" iso-date="${r.periodStart}"/>`,
    ...(r.periodEnd
      ? [
          `    <activity-date type="${closed ? DATE_ACTUAL_END : DATE_PLANNED_END}" iso-date="${r.periodEnd}"/>`,
        ]
      : []),
    `    <recipient-country code="${x(r.recipientState)}" percentage="100"/>`,
    `    <sector vocabulary="99" vocabulary-uri="${PILLAR_VOCABULARY_URI}" code="${pillarCode}" percentage="100">${narrative(pillarText)}</sector>`,
    `    <tag vocabulary="99" vocabulary-uri="${PILLAR_VOCABULARY_URI}" code="${pillarCode}">${narrative(pillarText)}</tag>`,
    ...(r.frameworkId
      ? [
          `    <tag vocabulary="99" code="framework-${x(r.frameworkId)}">${narrative(r.frameworkTitle ?? r.frameworkId)}</tag>`,
        ]
      : []),
    ...(r.deliverableId
      ? [
          `    <tag vocabulary="99" code="deliverable-${x(r.deliverableId)}">${narrative(r.deliverableId)}</tag>`,
        ]
      : []),
    // The ledger records the value agreed for the period, not when money moved: a commitment, dated
    // at the period start (a disbursement would claim a payment date nobody recorded).
    ...(r.amount
      ? [
          '    <transaction>',
          `      <transaction-type code="${TRANSACTION_OUTGOING_COMMITMENT}"/>`,
          `      <transaction-date iso-date="${r.periodStart}"/>`,
          `      <value currency="${x(r.amount.currency)}" value-date="${r.periodStart}">${r.amount.amount}</value>`,
          `      <provider-org>${narrative(r.provider)}</provider-org>`,
          `      <receiver-org>${narrative(stateName(r.recipientState))}</receiver-org>`,
          '    </transaction>',
        ]
      : []),
    '  </iati-activity>',
  ];
  return lines.join('\n');
}

export function toIatiXml(
  report: AssistanceReport,
  reportingOrg: IatiReportingOrg = DEFAULT_IATI_REPORTING_ORG,
): string {
  const org = reportingOrg;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Assistance as of ${report.asOf}; read models at log position ${report.readModelPosition}${report.label ? `; ${x(report.label).replace(/--/g, '- -')}` : ''} -->`,
    `<iati-activities version="2.03" generated-datetime="${report.generatedAt}">`,
    ...report.records.map((r) => activity(r, report.asOf, org)),
    '</iati-activities>',
    '',
  ].join('\n');
}
