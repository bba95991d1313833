import { DAC_REGIONS, type DacRegionCode } from '@ct/domain';
import { type AssistanceRecordLine, type AssistanceReport } from '../report-model';
import { pillarName, stateName } from '../figures';

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
/** ActivityScope (docs/facts/iati.md 4.1): 2 Regional, 3 Multi-national, 4 National. */
const SCOPE_REGIONAL = '2';
const SCOPE_MULTI_NATIONAL = '3';
const SCOPE_NATIONAL = '4';
/** RegionVocabulary 1 = DAC (docs/facts/iati.md 4.1). */
const REGION_VOCABULARY_DAC = '1';

/** A percentage given in hundredths as a decimal string without float noise: 3333 -> "33.33". */
const percent = (hundredths: number): string =>
  (hundredths % 100 === 0
    ? String(hundredths / 100)
    : `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`
  ).replace(/(\.\d)0$/, '$1');

/**
 * recipient-country per State share and recipient-region for the regional remainder (what no
 * State is credited with): their percentages sum to 100 across both, as IATI requires
 * (docs/facts/iati.md 4.1). A region split wholly across States has no remainder, so its region
 * shows as activity-scope Regional rather than as a recipient-region at 0 %.
 */
function recipientLines(r: AssistanceRecordLine): string[] {
  const shares = r.shares.map((s) => ({ code: s.stateCode, hundredths: Math.round(s.percentage * 100) }));
  const remainder = r.recipientRegion === null ? 0 : 10_000 - shares.reduce((n, s) => n + s.hundredths, 0);
  const scope =
    r.recipientRegion !== null ? SCOPE_REGIONAL : shares.length > 1 ? SCOPE_MULTI_NATIONAL : SCOPE_NATIONAL;
  return [
    `    <activity-scope code="${scope}"/>`,
    ...shares.map(
      (s) => `    <recipient-country code="${x(s.code)}" percentage="${percent(s.hundredths)}"/>`,
    ),
    ...(r.recipientRegion !== null && remainder > 0
      ? [
          `    <recipient-region code="${x(r.recipientRegion)}" vocabulary="${REGION_VOCABULARY_DAC}" percentage="${percent(remainder)}"/>`,
        ]
      : []),
  ];
}

/** For people: "Kazakhstan", or "Kazakhstan, Kyrgyzstan and Tajikistan", or "Central Asia, regional". */
function recipientName(r: AssistanceRecordLine): string {
  if (r.recipientRegion !== null && r.shares.length === 0)
    return DAC_REGIONS[r.recipientRegion as DacRegionCode] ?? `region ${r.recipientRegion}`;
  const names = r.shares.map((s) => stateName(s.stateCode));
  const states =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}` : (names[0] ?? '');
  return r.recipientRegion !== null
    ? `${states} (${DAC_REGIONS[r.recipientRegion as DacRegionCode] ?? `region ${r.recipientRegion}`})`
    : states;
}

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
    `    <title>${narrative(`${r.kind} by ${r.provider} for ${recipientName(r)} (Pillar ${r.pillar})`)}</title>`,
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
    ...recipientLines(r),
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
          `      <receiver-org>${narrative(recipientName(r))}</receiver-org>`,
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
