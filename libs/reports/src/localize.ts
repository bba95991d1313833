import { type FrameworkView } from '@ct/read-models';
import { adoptionNotes, labelsFor, stateNameIn } from './labels';
import { type Report } from './report-model';

/**
 * A report in its language (`report.lang`): State names, framework titles recorded in Russian
 * (`titleRu`), the report title and the generators' notes; and, in every language, the notes on
 * what is shown apart (frameworks a State did not adopt, States that did not adopt a framework). English, the recorded language, is the
 * fallback for anything that has no Russian form. The data stays the same report otherwise, so
 * every format (JSON, CSV, Markdown, HTML) shows the same names.
 */
export function inReportLanguage<R extends Report>(report: R, catalogue: readonly FrameworkView[]): R {
  const lang = report.lang;
  const labels = labelsFor(lang);
  if (lang === 'en') return { ...report, notes: [...report.notes, ...adoptionNotes(report, labels)] };
  const russianTitles = new Map(catalogue.map((f) => [f.frameworkId, f.titles.ru]));
  const title = (id: string | null, english: string | null): string | null =>
    (id === null ? null : russianTitles.get(id)) ?? english;
  const named = ((): Report => {
    switch (report.report) {
      case 'state-scorecard':
        return {
          ...report,
          state: { ...report.state, name: stateNameIn(report.state.code, lang) },
          lines: report.lines.map((l) => ({ ...l, frameworkTitle: title(l.frameworkId, l.frameworkTitle) })),
        };
      case 'regional-overview':
        return {
          ...report,
          states: report.states.map((s) => ({ ...s, stateName: stateNameIn(s.stateCode, lang) })),
        };
      case 'framework-progress':
        return {
          ...report,
          frameworks: report.frameworks.map((f) => ({ ...f, title: title(f.frameworkId, f.title)! })),
        };
      case 'assistance':
        return {
          ...report,
          records: report.records.map((r) => ({
            ...r,
            frameworkTitle: title(r.frameworkId, r.frameworkTitle),
          })),
        };
    }
  })();
  return {
    ...named,
    title: labels.reportTitle(named),
    notes: [...named.notes.map((n) => labels.note(n)), ...adoptionNotes(named, labels)],
  } as R;
}
