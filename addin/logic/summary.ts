// The "Ringkasan" sheet's rows: the same numbers the pane's summary card shows.
import { uiStrings, type Lang, type Report } from "../../core/index.ts";
import { uiAddin } from "../../core/messages/ui-addin.ts";
import { formatNumber } from "./view.ts";

export function summaryRows(report: Report, lang: Lang, checkedAt: string): (string | number)[][] {
  const ui = uiStrings(lang);
  const t = uiAddin(lang);
  const rows: (string | number)[][] = [
    [t.summaryTitle, ""],
    [t.checkedAt, checkedAt],
    [t.framework, report.framework.title],
    [],
    [ui.iid, report.iid],
    [ui.predikat, report.category],
    [ui.gapToNext, report.next ? `${formatNumber(report.next.gap, lang)} → ${report.next.label}` : "-"],
    [ui.assessed, `${report.score.assessed} / ${report.score.reported}`],
    [ui.region, report.score.region],
    [ui.innovations, report.score.innovations],
    [ui.innovationCount, report.score.innovationCount],
    [ui.total, report.score.total],
    [],
    [ui.severity.error, report.counts.error],
    [ui.severity.warning, report.counts.warning],
    [ui.severity.info, report.counts.info],
  ];
  if (report.advice.length) {
    rows.push([], [ui.advice, ui.gain]);
    for (const a of report.advice.slice(0, 20)) rows.push([a.message, a.gain]);
  }
  return rows;
}
