import {
  type Report,
  generateAssistanceReport,
  generateFrameworkProgress,
  generateRegionalOverview,
  generateStateScorecard,
  parseCsv,
  renderReport,
  toHtml,
  toMarkdown,
} from '@ct/application';
import { type ReadStore } from '@ct/read-models';
import MarkdownIt from 'markdown-it';
import { openReadStore } from '../read-models/support/stores';
import { type DemoLog, recordDemoScenario } from './support';

/** Fixed dates, never the wall clock: the last day of the demo's story. */
const AS_OF = '2026-11-28';
const generatedAt = new Date('2026-11-28T06:00:00Z');

/**
 * Everything a title, note, provider or description could carry to break out of its cell: raw
 * HTML, a code span, emphasis, a link and an image, table pipes, line breaks, a heading marker.
 */
const HOSTILE =
  '# x</td><script>alert(1)</script> | `rm -rf` *em* _u_ ~~s~~ [link](javascript:alert(2)) ![i](x.png) <img src=x onerror=alert(3)> &lt;b&gt; a\\|b\r\n| c | d |\n- item';
/** What a reader must see: the same text, with the line breaks as spaces (a cell holds one line). */
const HOSTILE_FLAT = HOSTILE.replace(/\r?\n/g, ' ');

/** Fields that are structure rather than text from events: dates, positions, codes and amounts. */
const STRUCTURE = new Set([
  'report',
  'asOf',
  'generatedAt',
  'readModelPosition',
  'month',
  'currency',
  'amount',
  'stateCode',
  'code',
  'adoptedOn',
  'dueOn',
  'lastUpdateOn',
  'lastRevisedOn',
  'periodStart',
  'periodEnd',
  'status',
]);

/** Every text value of a report replaced by `text` (structure kept), as hostile events would make it. */
function withText<T>(value: T, text: string, key = ''): T {
  if (typeof value === 'string') return (STRUCTURE.has(key) ? value : text) as T;
  if (Array.isArray(value)) return value.map((v) => withText(v, text, key)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, text, k)])) as T;
  return value;
}

/** Text content of rendered HTML as markdown-it escapes it. */
const htmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of an SVG: tspans of one wrapped label joined by a space, tags dropped. */
const svgText = (svg: string) =>
  svg
    .replace(/<\/tspan><tspan[^>]*>/g, ' ')
    .replace(/<title>.*?<\/title>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#47;/g, '/')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const svgs = (html: string, chart: string) =>
  [...html.matchAll(new RegExp(`<svg[^>]*data-chart="${chart}"[^>]*>.*?</svg>`, 'g'))].map((m) => m[0]);

let demo: DemoLog;
let store: ReadStore;
let reports: Report[];

beforeAll(async () => {
  demo = await recordDemoScenario();
  store = await openReadStore('sqlite');
  await demo.project(store);
  reports = [
    ...(await Promise.all(
      ['KZ', 'KG', 'TJ', 'TM', 'UZ'].map((code) =>
        generateStateScorecard(store.db, code, { asOf: AS_OF, generatedAt, label: 'Demo data' }),
      ),
    )),
    await generateRegionalOverview(store.db, { asOf: AS_OF, generatedAt, label: 'Demo data' }),
    await generateFrameworkProgress(store.db, { asOf: AS_OF, generatedAt, label: 'Demo data' }),
    await generateAssistanceReport(store.db, { asOf: AS_OF, generatedAt, label: 'Demo data' }),
  ];
}, 180_000);

afterAll(async () => {
  await store?.close();
  await demo?.close();
});

const kind = (name: Report['report']) => reports.find((r) => r.report === name)!;

describe('Markdown: text from events cannot inject', () => {
  // html: true is the most permissive renderer setting (raw HTML passed through), as some sites use.
  const markdown = new MarkdownIt({ html: true, linkify: false });

  it('hostile text in every field of every report renders as inert text in whole cells and lines', () => {
    expect(reports.map((r) => r.report)).toEqual([
      ...Array<string>(5).fill('state-scorecard'),
      'regional-overview',
      'framework-progress',
      'assistance',
    ]);
    for (const report of reports) {
      const md = toMarkdown(withText(report, HOSTILE));
      const rendered = markdown.render(md);
      // No element the hostile text asked for: only the report's own structure.
      expect(rendered).not.toMatch(/<(script|img|a|code|pre|del|s|ol|h3|h4|h5|h6)[\s>]/i);
      expect(rendered.match(/<h1>/g)).toHaveLength(1);
      expect(rendered.match(/<blockquote>/g)).toHaveLength(1); // the label's own
      expect(rendered.match(/<li>/g) ?? []).toHaveLength(report.notes.length);
      expect(rendered).not.toMatch(/<em>(em|u)<\/em>|<strong>em<\/strong>/);
      // Every cell and paragraph that holds event text holds all of it: no pipe split a cell, no
      // line break ended a row or started a heading or a list.
      const expected = htmlText(HOSTILE_FLAT);
      const holders = [...rendered.matchAll(/<(td|p|li|h1|h2)>(.*?)<\/\1>/gs)].map((m) => m[2]!);
      const withHostile = holders.filter((h) => h.includes('alert'));
      expect(withHostile.length).toBeGreaterThan(0);
      for (const h of withHostile) expect(h).toContain(expected);
      // Tables keep their shape: every row has as many cells as its header.
      for (const table of rendered.match(/<table>.*?<\/table>/gs) ?? []) {
        const header = (table.match(/<th[\s>]/g) ?? []).length;
        for (const row of table.match(/<tbody>.*<\/tbody>/s)![0].match(/<tr>.*?<\/tr>/gs)!)
          expect((row.match(/<td[\s>]/g) ?? []).length).toBe(header);
      }
    }
  });

  it('ordinary text stays readable: nothing is escaped that needs no escaping', () => {
    const md = toMarkdown(kind('assistance'));
    const rendered = markdown.render(md);
    expect(rendered).toContain('<td>OSCE (Programme Office in Dushanbe)</td>');
    expect(rendered).toContain('<td>UNOCT/UNCCT and UNRCCA</td>');
  });
});

describe('CSV: cells a spreadsheet would run as formulas', () => {
  it('text starting with = + - @ (or a tab or CR) gets a leading apostrophe; numbers stay numbers', () => {
    const assistance = kind('assistance') as Extract<Report, { report: 'assistance' }>;
    const formulas = ['=HYPERLINK("http:&#47;&#47;x","y")', '+1+2', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1'];
    const hostile = {
      ...assistance,
      records: assistance.records.map((r, i) => ({
        ...r,
        provider: formulas[i % formulas.length]!,
        description: `${formulas[(i + 1) % formulas.length]!}`,
      })),
    };
    const [records] = renderReport(hostile, 'csv');
    const [header, ...rows] = parseCsv(records!.content);
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(hostile.records.length);
    for (const [i, row] of rows.entries()) {
      expect(row[col('provider')]).toBe(`'${hostile.records[i]!.provider}`);
      expect(row[col('description')]).toBe(`'${hostile.records[i]!.description}`);
      const amount = hostile.records[i]!.amount;
      expect(row[col('amount')]).toBe(amount?.amount ?? '');
    }
    // A negative figure is a number, not a formula: left exactly as it is.
    const negative = {
      ...assistance,
      records: [{ ...assistance.records[0]!, amount: { currency: 'EUR', amount: '-250.00' } }],
    };
    const [file] = renderReport(negative, 'csv');
    const [h, row] = parseCsv(file!.content);
    expect(row![h!.indexOf('amount')]).toBe('-250.00');
  });
});

describe('HTML: charts people can read', () => {
  it('every report kind draws its charts; assistance by provider, recipient and pillar, in every currency', () => {
    const assistance = toHtml(kind('assistance'));
    const currencies = (kind('assistance') as Extract<Report, { report: 'assistance' }>).totals.map(
      (t) => t.currency,
    );
    expect(currencies.length).toBeGreaterThan(1);
    for (const by of ['provider', 'recipient', 'pillar']) {
      expect(assistance).toMatch(new RegExp(`data-chart="count" data-by="${by}"`));
      for (const c of currencies)
        expect(assistance).toContain(`data-chart="amount" data-by="${by}" data-currency="${c}"`);
    }
    const frameworks = toHtml(kind('framework-progress'));
    expect(svgs(frameworks, 'framework-overview')).toHaveLength(1);
    for (const r of reports.filter((r) => r.report === 'state-scorecard'))
      expect(toHtml(r)).toMatch(
        /data-chart="status"[\s\S]*data-chart="status-detail"[\s\S]*data-chart="progress"/,
      );
    expect(svgs(toHtml(kind('regional-overview')), 'status')).toHaveLength(5);
  });

  it('framework titles in full: the 2019 and 2022 Dushanbe declarations are told apart', () => {
    const report = kind('framework-progress') as Extract<Report, { report: 'framework-progress' }>;
    const overview = svgText(svgs(toHtml(report), 'framework-overview')[0]!);
    const ids = report.frameworks.map((f) => f.frameworkId);
    expect(ids).toEqual(expect.arrayContaining(['dushanbe-declaration-2019', 'dushanbe-declaration-2022']));
    for (const f of report.frameworks) {
      expect(f.title.length).toBeGreaterThan(20);
      expect(overview.replace(/\s+/g, ' ')).toContain(`${f.title} (${f.frameworkId})`);
    }
    const tj = kind('state-scorecard') as Extract<Report, { report: 'state-scorecard' }>;
    const detail = svgText(svgs(toHtml(tj), 'status-detail')[0]!).replace(/\s+/g, ' ');
    for (const line of tj.lines) expect(detail).toContain(`${line.frameworkTitle}: Pillar ${line.pillar}`);
  });

  it('pillars I to IV in order in every chart and table that lists them', () => {
    const order = (text: string) => [...text.matchAll(/Pillar (IV|III|II|I)\b/g)].map((m) => m[1]!);
    const isOrdered = (pillars: string[]) =>
      pillars.every(
        (p, i) =>
          i === 0 || ['I', 'II', 'III', 'IV'].indexOf(p) > ['I', 'II', 'III', 'IV'].indexOf(pillars[i - 1]!),
      );
    for (const report of reports) {
      const html = toHtml(report);
      const charts = [
        ...svgs(html, 'status'),
        ...svgs(html, 'count').filter((s) => s.includes('data-by="pillar"')),
      ];
      for (const chart of charts) {
        const pillars = order(svgText(chart));
        expect(isOrdered(pillars)).toBe(true);
      }
    }
    // The TJ scorecard's lines start with pillar II: the chart by pillar must still start at I.
    const tj = kind('state-scorecard') as Extract<Report, { report: 'state-scorecard' }>;
    expect(tj.lines[0]!.pillar).not.toBe('I');
    expect(order(svgText(svgs(toHtml(tj), 'status')[0]!))).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('units on every figure and thousands grouped with a fixed locale', () => {
    const assistance = kind('assistance') as Extract<Report, { report: 'assistance' }>;
    const html = toHtml(assistance);
    for (const chart of svgs(html, 'amount')) {
      const currency = /data-currency="([A-Z]{3})"/.exec(chart)![1]!;
      const values = [...svgText(chart).matchAll(/^[\d,.]+.*$/gm)].map((m) => m[0]);
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v).toMatch(new RegExp(`^\\d{1,3}(,\\d{3})*\\.\\d{2} ${currency}$`));
    }
    expect(html).toContain('250,000.00 EUR');
    expect(html).not.toMatch(/>\d{4,}\.\d{2}/);
    for (const chart of svgs(html, 'count'))
      for (const m of svgText(chart).matchAll(/^\d[\d,]*.*$/gm)) expect(m[0]).toMatch(/^\d[\d,]* records?$/);
    for (const report of reports) {
      const page = toHtml(report);
      for (const chart of svgs(page, 'status'))
        for (const m of svgText(chart).matchAll(/^\d+ .*$/gm))
          expect(m[0]).toMatch(/^\d[\d,]* assignments?(, [\d.]+% complete)?(, \d+ overdue)?$/);
    }
    expect(toMarkdown(assistance)).toContain('| 250,000.00 |');
    // The same report gives the same bytes: nothing depends on the machine's locale.
    expect(toHtml(assistance)).toBe(html);
  });

  it('no long all-zero tables: month-end tables keep only months with a change, framework rows only with content', () => {
    const regional = kind('regional-overview') as Extract<Report, { report: 'regional-overview' }>;
    expect(regional.progress.length).toBeGreaterThan(60);
    for (const page of [toHtml(regional), toMarkdown(regional)]) {
      const table = page.slice(page.lastIndexOf('Completed assignments at month end, per State'));
      const months = [...table.matchAll(/\b(20\d\d-\d\d)\b/g)].map((m) => m[1]!);
      expect(months.length).toBeLessThan(regional.progress.length / 2);
      const byMonth = new Map(regional.progress.map((p, i) => [p.month, i]));
      for (const month of months.slice(0, -1)) {
        const i = byMonth.get(month)!;
        const before = regional.progress[i - 1];
        expect(
          before === undefined ||
            JSON.stringify(before.byState) !== JSON.stringify(regional.progress[i]!.byState),
        ).toBe(true);
      }
      expect(months.at(-1)).toBe(regional.progress.at(-1)!.month);
    }
    // The CSV keeps every month: it is data for machines.
    const [, , progress] = renderReport(regional, 'csv');
    expect(parseCsv(progress!.content)).toHaveLength(regional.progress.length + 1);
    const frameworks = kind('framework-progress') as Extract<Report, { report: 'framework-progress' }>;
    const md = toMarkdown(frameworks);
    const main = md.slice(md.indexOf('## Frameworks x pillars'), md.indexOf('## Frameworks\n'));
    const rows = main
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| framework id') && !l.startsWith('| --- '));
    const expected = frameworks.frameworks.flatMap((f) =>
      f.pillars.filter((p) => p.deliverablesDefined > 0 || p.deliverables > 0),
    );
    expect(rows).toHaveLength(expected.length);
    expect(expected.length).toBeLessThan(frameworks.frameworks.length * 4);
  });
});
