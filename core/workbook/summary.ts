// What both workbook hosts (the CLI's annotated copy and the Excel add-in) write into the
// grid: the "Ringkasan" rows, the note prefix and the fill per severity, so a workbook looks
// the same whichever tool filled it.
import { SEVERITIES, type Severity } from "../findings.ts";
import type { Lang } from "../messages/types.ts";
import { fixed2 } from "../messages/render.ts";
import { uiStrings } from "../messages/ui.ts";
import type { Report } from "../report.ts";

/** The mark both tools put in A1 of the sheets they own (so a user's own sheet is never cleared). */
export const OWN_SHEET_MARK = "IID Check";

/** Every note the tools write starts with this, so they only ever edit their own notes. */
export const NOTE_PREFIX = "[IID Check] ";

/** Excel's own conditional-format fills (Light Red, Yellow) and a light blue for info, as RRGGBB. */
export const SEVERITY_FILL_RGB: Record<Severity, string> = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" };

/**
 * The values of the tools' own score and status columns, one per innovation of the report (in
 * order): the score, and "Dinilai" or the reason the innovation is not assessed.
 */
export function ownColumnValues(report: Report, lang: Lang): { score: number; status: string; assessed: boolean }[] {
  const ui = uiStrings(lang);
  const reasons = new Map<unknown, string>();
  for (const f of report.findings) if (f.code === "innovation-not-assessed") reasons.set(f.path[1], f.message);
  return report.innovations.map((innovation) => ({
    score: innovation.score,
    assessed: innovation.assessed,
    status: innovation.assessed ? ui.assessedYes : (reasons.get(innovation.index) ?? ui.assessedNo),
  }));
}

export type SummaryRow = {
  cells: (string | number)[];
  /** How a host may emphasise the row. */
  style?: "title" | "headline" | "bold" | "header";
  /** For listed findings: colour the first cell like a marked cell. */
  severity?: Severity;
};

export function summaryRows(report: Report, lang: Lang): SummaryRow[] {
  const ui = uiStrings(lang);
  const en = lang === "en";
  const rows: SummaryRow[] = [{ cells: [`Ringkasan (${OWN_SHEET_MARK})`], style: "title" }];
  const add = (cells: (string | number)[], style?: SummaryRow["style"]) => rows.push(style ? { cells, style } : { cells });
  if (report.region) add([en ? "Region" : "Pemda", report.region]);
  add([en ? "Framework" : "Kerangka", report.framework.title]);
  if (report.framework.provisional) add(["", ui.provisional]);
  add([]);
  add([ui.iid, report.iid], "headline");
  add([ui.predikat, report.category], "bold");
  if (report.next) add([ui.gapToNext, `${report.next.label}: ${fixed2(report.next.gap, lang)}`]);
  add([ui.region, report.score.region]);
  add([ui.innovations, report.score.innovations]);
  add([ui.innovationCount, report.score.innovationCount]);
  add([ui.total, report.score.total]);
  add([ui.assessed, `${report.score.assessed} / ${report.score.reported}`]);
  add([`${ui.findings}: ${SEVERITIES.map((s) => ui.severity[s]).join(" / ")}`, SEVERITIES.map((s) => report.counts[s]).join(" / ")]);
  add([]);
  add([ui.advice], "bold");
  add(["#", en ? "Action" : "Tindakan", ui.gain], "header");
  report.advice.forEach((advice, i) => add([i + 1, advice.message, advice.gain]));
  if (report.closing?.actions.length) {
    add([]);
    add([ui.closing, report.closing.actions.map((a) => `#${a + 1}`).join(", "), report.closing.iid]);
  }
  // Findings with no cell to mark (region-wide, missing columns) are listed here.
  const unplaced = report.findings.filter((f) => !f.location?.column);
  if (unplaced.length) {
    add([]);
    add([ui.findings], "bold");
    for (const f of unplaced) rows.push({ cells: [ui.severity[f.severity], f.fix ? `${f.message} ${f.fix}` : f.message, f.location?.sheet ?? ""], severity: f.severity });
  }
  return rows;
}
