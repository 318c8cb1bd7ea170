// What the task pane shows, as plain data: findings grouped by severity with counts, each with
// its "Sheet!Cell · column · message" line. The DOM code only renders these.
import { SEVERITIES, uiStrings, type Lang, type Report, type Severity } from "../../core/index.ts";
import { uiAddin } from "../../core/messages/ui-addin.ts";

type ReportFinding = Report["findings"][number];

export type FindingItem = {
  /** Stable within one check: index into the report's findings. */
  id: number;
  severity: Severity;
  /** "Inovasi!F12", or the sheet, or "Buku kerja" when the finding has no cell. */
  place: string;
  column?: string;
  message: string;
  why?: string;
  fix?: string;
  /** Where to jump; absent when there is no cell to select. */
  target?: { sheet: string; address: string; row: number; innovation?: number; name?: string };
};

export type FindingGroup = { severity: Severity; label: string; count: number; items: FindingItem[] };

/** The pane's numbers; the one definition is with the pane's words (core/messages/ui-addin.ts). */
export { formatNumber } from "../../core/messages/ui-addin.ts";

/** The A1 address without the sheet: "'Data Inovasi'!F12" -> "F12". */
export const cellAddress = (cell: string): string => cell.slice(cell.lastIndexOf("!") + 1);

export function findingItems(report: Report, lang: Lang): FindingItem[] {
  const t = uiAddin(lang);
  return report.findings.map((f: ReportFinding, id) => {
    const location = f.location;
    const place = location?.cell ?? location?.sheet ?? t.noLocation;
    const innovation = f.path[0] === "innovations" && typeof f.path[1] === "number" ? f.path[1] : undefined;
    const name = innovation !== undefined ? report.innovations[innovation]?.name ?? undefined : undefined;
    const item: FindingItem = { id, severity: f.severity, place, message: f.message };
    if (location?.label) item.column = location.label;
    if (f.why) item.why = f.why;
    if (f.fix) item.fix = f.fix;
    if (location?.cell && location.sheet && location.row !== undefined) {
      item.target = { sheet: location.sheet, address: cellAddress(location.cell), row: location.row, ...(innovation !== undefined ? { innovation } : {}), ...(name ? { name: String(name) } : {}) };
    }
    return item;
  });
}

export function groupFindings(items: readonly FindingItem[], lang: Lang): FindingGroup[] {
  const labels = uiStrings(lang).severity;
  return SEVERITIES.map((severity) => {
    const inGroup = items.filter((i) => i.severity === severity);
    return { severity, label: labels[severity], count: inGroup.length, items: inGroup };
  }).filter((g) => g.count > 0);
}

/** The one line a finding shows: "Inovasi!F12 · Tahapan Inovasi · message". */
export const findingLine = (item: FindingItem): string => [item.place, item.column, item.message].filter(Boolean).join(" · ");

/**
 * Rows move between a check and a click (rows inserted, sorted). Find the innovation's row
 * again by its name, nearest to where it was; fall back to the old row when names are absent.
 */
export function resolveRow(names: readonly unknown[], firstRow: number, target: { row: number; name?: string }): number | undefined {
  if (!target.name) return target.row;
  const wanted = target.name.trim();
  let best: number | undefined;
  names.forEach((value, i) => {
    if (String(value ?? "").trim() !== wanted) return;
    const row = firstRow + i;
    if (best === undefined || Math.abs(row - target.row) < Math.abs(best - target.row)) best = row;
  });
  return best;
}

/** The address with its row replaced: ("F12", 15) -> "F15". */
export const withRow = (address: string, row: number): string => address.replace(/\d+$/, String(row));
