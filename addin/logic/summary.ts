// The "Ringkasan" sheet's rows, line for line as the CLI's annotate command writes them
// (cli/xlsx/annotate.ts), so a workbook looks the same whichever tool filled it.
import { SEVERITIES, SHEETS, uiStrings, type CellValue, type Lang, type Report } from "../../core/index.ts";

/** The mark both tools put in A1 of the sheets they own. */
export const OWN_SHEET_MARK = "IID Check";

export function summaryRows(report: Report, lang: Lang): (string | number)[][] {
  const ui = uiStrings(lang);
  const en = lang === "en";
  const rows: (string | number)[][] = [[`Ringkasan (${OWN_SHEET_MARK})`]];
  if (report.region) rows.push([en ? "Region" : "Pemda", report.region]);
  rows.push([en ? "Framework" : "Kerangka", report.framework.title]);
  if (report.framework.provisional) rows.push(["", ui.provisional]);
  rows.push([]);
  rows.push([ui.iid, report.iid], [ui.predikat, report.category]);
  if (report.next) rows.push([ui.gapToNext, `${report.next.label}: ${report.next.gap}`]);
  rows.push(
    [ui.region, report.score.region],
    [ui.innovations, report.score.innovations],
    [ui.innovationCount, report.score.innovationCount],
    [ui.total, report.score.total],
    [ui.assessed, `${report.score.assessed} / ${report.score.reported}`],
    [`${ui.findings}: ${SEVERITIES.map((s) => ui.severity[s]).join(" / ")}`, SEVERITIES.map((s) => report.counts[s]).join(" / ")],
    [],
    [ui.advice],
    ["#", en ? "Action" : "Tindakan", ui.gain],
  );
  report.advice.forEach((advice, i) => rows.push([i + 1, advice.message, advice.gain]));
  if (report.closing?.actions.length) rows.push([], [ui.closing, report.closing.actions.map((a) => `#${a + 1}`).join(", "), report.closing.iid]);
  // Findings without a cell (region-wide, missing columns) are listed here, as the CLI does.
  const unplaced = report.findings.filter((f) => !f.location?.column);
  if (unplaced.length) {
    rows.push([], [ui.findings]);
    for (const f of unplaced) rows.push([ui.severity[f.severity], f.fix ? `${f.message} ${f.fix}` : f.message, f.location?.sheet ?? ""]);
  }
  return rows;
}

/**
 * Which sheet gets the summary: "Ringkasan" when it is absent, empty or ours (A1 carries the
 * mark); otherwise "Ringkasan (IID Check)", so a user's own sheet of that name is never cleared.
 */
export function summaryTarget(existing: ReadonlyMap<string, { lastRow: number; rows: { rows: readonly (readonly CellValue[])[] } }>, names: ReadonlySet<string>): { sheet: string; exists: boolean } {
  const head = existing.get(SHEETS.summary);
  const a1 = head?.rows.rows[0]?.[0];
  const ours = !names.has(SHEETS.summary) || (head !== undefined && (head.lastRow === 0 || (typeof a1 === "string" && a1.includes(OWN_SHEET_MARK))));
  const sheet = ours ? SHEETS.summary : `${SHEETS.summary} (${OWN_SHEET_MARK})`;
  return { sheet, exists: names.has(sheet) };
}
