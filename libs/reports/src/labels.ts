import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import { CATALOGUE_LANGUAGES, type CatalogueLanguage, SCORECARD_STATUSES } from '@ct/read-models';
import { type ProgressFigures, type Report } from './report-model';

/**
 * What a reader sees in English or in Russian: report titles, chart titles, units, table titles,
 * column headings, statuses, the headline and the notes the generators write. Data (framework
 * titles, providers, descriptions) is never translated here: a framework's Russian title is
 * recorded with it (`titleRu`) and the generators pick it. Whatever has no Russian label (a table
 * or note added later, a State outside Central Asia) is shown in English, the fallback.
 * CSV files keep their English column names in every language: they are for machines.
 */

export const REPORT_LANGUAGES = CATALOGUE_LANGUAGES;
export type ReportLanguage = CatalogueLanguage;

/**
 * Russian names of the five States, as the UN gives them in Russian (docs/facts/states.md 5.1, with its source);
 * any other State keeps its English name.
 */
export const STATE_NAMES_RU: Readonly<Record<string, string>> = {
  KZ: 'Казахстан',
  KG: 'Кыргызстан',
  TJ: 'Таджикистан',
  TM: 'Туркменистан',
  UZ: 'Узбекистан',
};

const englishStateName = (code: string): string =>
  CENTRAL_ASIAN_STATES.find((s) => s.code === code)?.name ?? code;

export const stateNameIn = (code: string, lang: ReportLanguage): string =>
  (lang === 'ru' ? STATE_NAMES_RU[code] : undefined) ?? englishStateName(code);

/** Russian plural forms: 1 задание, 2 задания, 5 заданий, 21 задание, 11 заданий. */
export function russianPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** Numbers with grouped thousands, as every format shows them (passed in to avoid a cycle). */
type Grouped = (n: number | string) => string;

export interface ReportLabels {
  /** The `lang` attribute of the HTML page. */
  htmlLang: string;
  reportTitle(report: Report): string;
  asOf: string;
  generated: string;
  readModelsAt: string;
  /** Which reports count (issue #12): printed in every report's header. */
  basis(basis: string): string;
  /** The footer's parts, shown separated by a middle dot. */
  footer(report: Report): string[];
  none: string;
  /** A status code (`in-progress`) as a reader says it; the code itself when unknown. */
  status(status: string): string;
  pillar(pillar: string): string;
  allPillars: string;
  assignments(n: number, g: Grouped): string;
  percentComplete(p: number): string;
  overdue(n: number): string;
  deliverablesDefined(n: number, g: Grouped): string;
  records(n: number, g: Grouped): string;
  completed(n: number, g: Grouped): string;
  chart: {
    stateByPillar(state: string): string;
    stateByFramework(state: string): string;
    stateNotAdopted(state: string): string;
    stateProgress(state: string): string;
    regionalState(state: string, code: string): string;
    regionalProgress: string;
    frameworkOverview: string;
    frameworkByPillar(title: string, id: string): string;
    assistanceCount(dimension: 'provider' | 'recipient' | 'pillar'): string;
    amounts(currency: string, dimension: 'provider' | 'recipient' | 'pillar', total: string): string;
    noProgress: string;
    completedAxis: string;
  };
  /** The title of a table of a report; `english` when this language has none for it. */
  tableTitle(report: Report, table: string, english: string): string;
  /** A column heading; `english` (the heading with its unit) when this language has none. */
  column(column: string, english: string): string;
  /** Frameworks the State has not adopted, shown apart in its scorecard. */
  notAdopted(state: string, titles: readonly string[]): string;
  /** States with assignments under a framework they did not adopt. */
  nonAdopting(title: string, states: readonly string[]): string;
  /** A note a generator wrote in English; itself when this language has no form of it. */
  note(note: string): string;
}

export const EN: ReportLabels = {
  htmlLang: 'en',
  reportTitle: (report) => report.title,
  asOf: 'As of',
  generated: 'generated',
  readModelsAt: 'read models at log position',
  basis: (basis) =>
    basis === 'validated'
      ? 'basis validated (validated reports only)'
      : 'basis reported (every report not withdrawn)',
  footer: (r) => [
    'Counter-terrorism commitments tracker',
    `${r.report} report`,
    `schema version ${r.schemaVersion}. Produced from the read models only.`,
  ],
  none: 'None.',
  status: (s) => s,
  pillar: (p) => `Pillar ${p}`,
  allPillars: 'All pillars',
  assignments: (n, g) => `${g(n)} ${n === 1 ? 'assignment' : 'assignments'}`,
  percentComplete: (p) => `${p}% complete`,
  overdue: (n) => `${n} overdue`,
  deliverablesDefined: (n, g) => `${g(n)} ${n === 1 ? 'deliverable' : 'deliverables'} defined`,
  records: (n, g) => `${g(n)} ${n === 1 ? 'record' : 'records'}`,
  completed: (n, g) => `${g(n)} completed`,
  chart: {
    stateByPillar: (s) => `${s}: deliverable assignments by status and pillar`,
    stateByFramework: (s) => `${s}: deliverable assignments by framework and pillar`,
    stateNotAdopted: (s) => `${s}: assignments under frameworks it has not adopted`,
    stateProgress: (s) => `${s}: completed deliverable assignments at month end`,
    regionalState: (s, code) => `${s} (${code}): deliverable assignments by status`,
    regionalProgress: 'Completed deliverable assignments at month end, per State',
    frameworkOverview: 'Deliverable assignments by framework and status',
    frameworkByPillar: (title, id) => `${title} (${id}): deliverable assignments by pillar`,
    assistanceCount: (d) =>
      `Assistance records by ${d === 'recipient' ? 'recipient State' : d} (records, with or without an amount)`,
    amounts: (c, d, total) =>
      `Amounts in ${c} by ${d === 'recipient' ? 'recipient State' : d} (${c}; total ${total})`,
    noProgress: 'No progress reported by the as-of date.',
    completedAxis: 'completed assignments',
  },
  tableTitle: (_report, _table, english) => english,
  column: (_column, english) => english,
  notAdopted: (state, titles) =>
    `Frameworks ${state} has not adopted (its assignments under them are shown apart): ${titles.join('; ')}.`,
  nonAdopting: (title, states) =>
    `${title}: assignments of States that did not adopt it: ${states.join(', ')}.`,
  note: (note) => note,
};

const RU_STATUSES: Record<string, string> = {
  'not-started': 'не начато',
  'in-progress': 'в работе',
  blocked: 'заблокировано',
  completed: 'выполнено',
  cancelled: 'отменено',
};

const RU_REPORT_TITLES: Record<Report['report'], (r: Report) => string> = {
  'state-scorecard': (r) =>
    r.report === 'state-scorecard' ? `Показатели государства: ${r.state.name}` : r.title,
  'regional-overview': () => 'Региональный обзор: Центральная Азия',
  'framework-progress': (r) =>
    r.report === 'framework-progress' && r.frameworkId
      ? `Ход выполнения рамочного документа: ${r.frameworkId}`
      : 'Ход выполнения рамочных документов',
  assistance: () => 'Отчёт об оказанной помощи',
};

const RU_TABLE_TITLES: Record<Report['report'], Record<string, (r: Report) => string>> = {
  'state-scorecard': {
    '': () => 'Рамочные документы × компоненты',
    overdue: (r) => `Просрочено на ${r.asOf}`,
    assistance: () => 'Полученная помощь',
    progress: () => 'Выполненные задания на конец месяца',
  },
  'regional-overview': {
    '': () => 'Государства',
    pillars: () => 'Государства × компоненты',
    progress: () => 'Выполненные задания на конец месяца, по государствам',
    mechanisms: () => 'Региональные механизмы (их собственные задания)',
  },
  'framework-progress': {
    '': () => 'Рамочные документы × компоненты',
    frameworks: () => 'Рамочные документы',
  },
  assistance: {
    '': () => 'Записи о помощи',
    groups: () => 'Поставщик × получатель × компонент × вид',
    'by-provider': () => 'По поставщикам',
    'by-recipient': () =>
      'По получателям: записи с долей государства (суммы по долям) или региональные записи (полностью)',
    'by-pillar': () => 'По компонентам',
    'by-kind': () => 'По видам помощи',
    'by-year': () => 'По году начала периода',
  },
};

const RU_COLUMNS: Record<string, string> = {
  state_code: 'государство',
  state_name: 'название',
  mechanism_id: 'механизм',
  mechanism_name: 'название механизма',
  framework_id: 'рамочный документ',
  framework_title: 'название документа',
  pillar: 'компонент',
  pillar_name: 'название компонента',
  deliverables: 'задания',
  not_started: 'не начато',
  in_progress: 'в работе',
  blocked: 'заблокировано',
  completed: 'выполнено',
  cancelled: 'отменено',
  percent_complete: 'выполнено (%)',
  overdue: 'просрочено',
  last_update_on: 'последнее обновление',
  deliverable_id: 'результат',
  title: 'название',
  lead_agency: 'ведущее ведомство',
  due_on: 'срок',
  status: 'статус',
  days_overdue: 'просрочка (дней)',
  provider: 'поставщик',
  kind: 'вид',
  count: 'записи',
  month: 'месяц',
  assistance_count: 'записи о помощи',
  deliverables_defined: 'определено результатов',
  assignments: 'задания',
  states: 'государства',
  adopted_on: 'дата принятия',
  place: 'место',
  adopting_states: 'принявшие государства',
  last_revised_on: 'последний пересмотр',
  revision_count: 'пересмотры',
  source_reference: 'источник',
  assistance_id: 'запись',
  recipient_state: 'получатель',
  period_start: 'начало периода',
  period_end: 'конец периода',
  currency: 'валюта',
  amount: 'сумма',
  description: 'описание',
  year: 'год',
};

const RU_DIMENSIONS = {
  provider: 'поставщикам',
  recipient: 'государствам-получателям',
  pillar: 'компонентам',
};

/** The notes the generators write, in Russian; a note not listed stays in English. */
const RU_NOTES: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^By recipient, a record shared by several States counts in each State it has a share in, with its share of the value \(allocated to the minor unit\), and a regional record counts by share in its States and in full in its region, so those groups add up to more than the totals; every other grouping counts each record once\. Withdrawn records are left out; amended ones show their current values\.$/,
    () =>
      'По получателям запись, разделённая между несколькими государствами, учитывается у каждого государства, имеющего в ней долю, по его доле стоимости (с распределением до минимальной денежной единицы), а региональная запись — по долям у своих государств и полностью у своего региона, поэтому суммы этих групп больше итогов; остальные группировки учитывают каждую запись один раз. Отозванные записи не учитываются; изменённые показаны с текущими значениями.',
  ],
  [
    /^Statuses are the latest recorded: (\d+) group\(s\) had progress recorded after (\d{4}-\d{2}-\d{2})\. Overdue and the assistance period are judged as of (\d{4}-\d{2}-\d{2})\.$/,
    (m) =>
      `Статусы — последние записанные: в ${m[1]} ${russianPlural(Number(m[1]), 'группе', 'группах', 'группах')} ход работы записан после ${m[2]}. Просрочка и период помощи оцениваются на ${m[3]}.`,
  ],
  [
    /^Assignments of other States are left out: (.*)\.$/,
    (m) => `Задания других государств не учитываются: ${m[1]}.`,
  ],
  [
    /^Records whose period started on or before (\d{4}-\d{2}-\d{2})\. Amounts are per currency, never converted; records without an amount count but add nothing\.$/,
    (m) =>
      `Записи, период которых начался не позднее ${m[1]}. Суммы указаны по валютам и не пересчитываются; записи без суммы учитываются в числе записей, но не в суммах.`,
  ],
];

const ruFigures = (f: ProgressFigures, g: Grouped): string =>
  [
    RU.assignments(f.deliverables, g),
    SCORECARD_STATUSES.map((s) => `${RU_STATUSES[s] ?? s} ${f.byStatus[s]}`).join(', '),
    `в среднем ${f.percentComplete ?? '-'}% выполнено`,
    `просрочено ${f.overdue}`,
  ].join('; ');

export const RU: ReportLabels = {
  htmlLang: 'ru',
  reportTitle: (report) => RU_REPORT_TITLES[report.report](report),
  asOf: 'По состоянию на',
  generated: 'сформирован',
  readModelsAt: 'модели чтения на позиции журнала',
  basis: (basis) =>
    basis === 'validated' ? 'учтены только подтверждённые отчёты' : 'учтены все неотозванные отчёты',
  footer: (r) => [
    'Трекер обязательств по противодействию терроризму',
    `отчёт ${r.report}`,
    `версия схемы ${r.schemaVersion}. Сформирован только из моделей чтения.`,
  ],
  none: 'Нет.',
  status: (s) => RU_STATUSES[s] ?? s,
  // A label chosen for a pillar of the UN Global Counter-Terrorism Strategy, not a quotation.
  pillar: (p) => `Компонент ${p}`,
  allPillars: 'Все компоненты',
  assignments: (n, g) => `${g(n)} ${russianPlural(n, 'задание', 'задания', 'заданий')}`,
  percentComplete: (p) => `${p}% выполнено`,
  overdue: (n) => `просрочено ${n}`,
  deliverablesDefined: (n, g) =>
    `${russianPlural(n, 'определён', 'определено', 'определено')} ${g(n)} ${russianPlural(n, 'результат', 'результата', 'результатов')}`,
  records: (n, g) => `${g(n)} ${russianPlural(n, 'запись', 'записи', 'записей')}`,
  completed: (n, g) => `выполнено ${g(n)}`,
  chart: {
    stateByPillar: (s) => `${s}: задания по статусам и компонентам`,
    stateByFramework: (s) => `${s}: задания по рамочным документам и компонентам`,
    stateNotAdopted: (s) => `${s}: задания по непринятым им документам`,
    stateProgress: (s) => `${s}: выполненные задания на конец месяца`,
    regionalState: (s, code) => `${s} (${code}): задания по статусам`,
    regionalProgress: 'Выполненные задания на конец месяца, по государствам',
    frameworkOverview: 'Задания по рамочным документам и статусам',
    frameworkByPillar: (title, id) => `${title} (${id}): задания по компонентам`,
    assistanceCount: (d) => `Записи о помощи по ${RU_DIMENSIONS[d]} (записи с суммой и без неё)`,
    amounts: (c, d, total) => `Суммы в ${c} по ${RU_DIMENSIONS[d]} (${c}; итого ${total})`,
    noProgress: 'До отчётной даты о ходе работы не сообщалось.',
    completedAxis: 'выполненные задания',
  },
  tableTitle: (report, table, english) => RU_TABLE_TITLES[report.report][table]?.(report) ?? english,
  column: (column, english) => {
    const amount = /^amount_([A-Z]{3})$/.exec(column);
    if (amount) return `сумма (${amount[1]})`;
    return RU_COLUMNS[column] ?? english;
  },
  notAdopted: (state, titles) =>
    `Рамочные документы, которые ${state} не принимал(а) (задания по ним показаны отдельно): ${titles.join('; ')}.`,
  nonAdopting: (title, states) =>
    `${title}: задания государств, не принимавших документ: ${states.join(', ')}.`,
  note: (note) => {
    for (const [pattern, russian] of RU_NOTES) {
      const match = pattern.exec(note);
      if (match) return russian(match);
    }
    return note;
  },
};

export const LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = { en: EN, ru: RU };

/** The labels of a language; English for none or for a value that is not a known language. */
export const labelsFor = (lang: ReportLanguage | undefined): ReportLabels =>
  (REPORT_LANGUAGES as readonly string[]).includes(lang ?? '') ? LABELS[lang!] : EN;

/** The headline (key figures in words) in Russian; the English one is markdown.ts's `headline`. */
export function russianHeadline(
  report: Report,
  g: Grouped,
  money: (totals: readonly { currency: string; amount: string }[]) => string,
): string[] {
  switch (report.report) {
    case 'state-scorecard':
      return [
        `Итого: ${ruFigures(report.totals, g)}.`,
        `Полученная помощь: ${RU.records(report.assistance.count, g)}; ${money(report.assistance.totals)}; поставщики: ${report.assistance.providers.join(', ') || 'нет'}.`,
      ];
    case 'regional-overview':
      return [
        `Пять государств Центральной Азии: ${ruFigures(report.totals, g)}.`,
        `Помощь: ${RU.records(report.totals.assistance.count, g)}; ${money(report.totals.assistance.totals)}.`,
      ];
    case 'framework-progress':
      return report.frameworks.map(
        (f) =>
          `${f.title} (${f.frameworkId}, принят ${f.adoptedOn}): ${RU.deliverablesDefined(f.totals.deliverablesDefined, g)}; ${ruFigures(f.totals, g)}.`,
      );
    case 'assistance':
      return [`${RU.records(report.count, g)}; ${money(report.totals)}.`];
  }
}

/** Amounts per currency in Russian words ("нет сумм" when none was recorded). */
export const russianMoney =
  (g: Grouped) =>
  (totals: readonly { currency: string; amount: string }[]): string =>
    totals.length === 0 ? 'суммы не записаны' : totals.map((t) => `${g(t.amount)} ${t.currency}`).join(', ');

/**
 * What the report shows apart: the frameworks a State has not adopted (its scorecard), the States
 * with assignments under a framework they did not adopt (framework progress).
 */
export function adoptionNotes(report: Report, L: ReportLabels): string[] {
  switch (report.report) {
    case 'state-scorecard': {
      const titles = [
        ...new Set(report.lines.filter((l) => !l.adopted).map((l) => l.frameworkTitle ?? l.frameworkId)),
      ];
      return titles.length > 0 ? [L.notAdopted(report.state.name, titles)] : [];
    }
    case 'framework-progress':
      return report.frameworks
        .filter((f) => f.nonAdoptingStates.length > 0)
        .map((f) => L.nonAdopting(`${f.title} (${f.frameworkId})`, f.nonAdoptingStates));
    case 'regional-overview':
    case 'assistance':
      return [];
  }
}
