// Each user action as one Excel.run: read through the adapter, decide in core and in the pure
// modules, write through the adapter. Shared by the task pane and the UI-less command.
import {
  checkSubmission, getFramework, readWorkbookRows, sortFindings, SHEETS, toReport,
  type CheckResult, type Framework, type Lang, type Report, type WorkbookRead,
} from "../core/index.ts";
import type { Capabilities, ExcelRunner, RunOptions } from "./excel/api.ts";
import { installDropdowns, type DropdownOutcome } from "./excel/dropdowns.ts";
import { readColumn, selectCell } from "./excel/navigate.ts";
import { DEFAULT_BLOCK_ROWS, listSheets, MAX_ROWS, readRemainingRows, readSheetHeads, type ReadStats } from "./excel/read.ts";
import { insertTemplateSheets } from "./excel/template.ts";
import { clearMarks, writeResults, type ClearOutcome, type WriteOutcome } from "./excel/write.ts";
import { planDropdowns } from "./logic/dropdowns.ts";
import { marksByCell, parseSnapshotStore, SNAPSHOT_SETTING } from "./logic/marks.ts";
import { planOwnColumns } from "./logic/own-columns.ts";
import { chooseSheets } from "./logic/sheets.ts";
import { OWN_SHEET_MARK, summaryRows, summaryTarget } from "./logic/summary.ts";
import { templateSheets } from "./logic/template.ts";
import { cellAddress, resolveRow, withRow, type FindingItem } from "./logic/view.ts";

export type AddinDeps = {
  run: ExcelRunner;
  caps: Capabilities;
  framework?: Framework;
  /** yyyy-mm-dd; tests pin it. */
  today?: string;
  /** Starting row block; the reader halves it on payload errors. */
  blockRows?: number;
};

export type CheckOutcome =
  | { kind: "no-sheet"; sheets: string[]; stats: ReadStats }
  | {
      kind: "checked";
      sheet: string;
      candidates: string[];
      report: Report;
      /** The check with the workbook-level findings merged in: re-rendered when the language changes. */
      result: CheckResult;
      read: WorkbookRead;
      /** Last used row of the innovation sheet (values only). */
      lastRow: number;
      truncated: boolean;
      write?: WriteOutcome;
      stats: ReadStats;
    };

/** At most this many cells get a fill and a note; the pane still lists every finding. */
export const MAX_MARKED_CELLS = 2000;

const undoOptions = (caps: Capabilities): RunOptions => (caps.mergeUndoGroup ? { mergeUndoGroup: true } : {});

export async function checkWorkbook(deps: AddinDeps, options: { lang: Lang; sheet?: string; write: boolean }): Promise<CheckOutcome> {
  const framework = deps.framework ?? getFramework();
  const stats: ReadStats = { syncs: 0, blockRows: deps.blockRows ?? DEFAULT_BLOCK_ROWS };
  return deps.run(undoOptions(deps.caps), async (context) => {
    const { sheets: listing, settings } = await listSheets(context, stats, [SNAPSHOT_SETTING]);
    const names = new Set(listing.map((s) => s.name));
    const wanted = [options.sheet ?? SHEETS.innovations, SHEETS.region].filter((n) => names.has(n));
    const ownSheets = [SHEETS.summary, `${SHEETS.summary} (${OWN_SHEET_MARK})`];
    const probe = listing.filter((s) => (s.visible || ownSheets.includes(s.name)) && !wanted.includes(s.name)).map((s) => s.name);
    const heads = await readSheetHeads(context, { full: wanted, probe }, stats);
    const choice = chooseSheets(listing, heads, framework, options.sheet);
    if (!choice.innovations) return { kind: "no-sheet", sheets: listing.map((s) => s.name), stats };

    const innovations = await readRemainingRows(context, heads.get(choice.innovations)!, stats);
    const regionHead = choice.region ? heads.get(choice.region) : undefined;
    const region = regionHead ? await readRemainingRows(context, regionHead, stats) : undefined;
    const read = readWorkbookRows({ innovations: innovations.rows, ...(region ? { region: region.rows } : {}) }, framework);
    const result = checkSubmission(read.input, { framework, absentFields: read.absentFields, ...(deps.today ? { today: deps.today } : {}) });
    const merged = { ...result, findings: sortFindings([...read.findings, ...result.findings]) };
    const report = toReport(merged, { lang: options.lang, locate: (f) => read.locate(f.path) });
    const outcome: Extract<CheckOutcome, { kind: "checked" }> = {
      kind: "checked",
      sheet: choice.innovations,
      candidates: choice.candidates,
      report,
      result: merged,
      read,
      lastRow: innovations.lastRow,
      truncated: innovations.truncated,
      stats,
    };
    if (options.write && read.innovationSheet) {
      const summaryHead = heads.get(summaryTarget(heads, names).sheet);
      const protectedSheets = [innovations, summaryHead].filter((d) => d?.protected).map((d) => d!.name);
      outcome.write = await writeResults(
        context,
        {
          sheet: choice.innovations,
          marks: marksFor(report, choice.innovations),
          columns: planOwnColumns(read.innovationSheet, Math.min(innovations.lastRow, MAX_ROWS), innovations.lastColumn, report, options.lang),
          summary: { ...summaryTarget(heads, names), rows: summaryRows(report, options.lang) },
          previous: parseSnapshotStore(settings[SNAPSHOT_SETTING]),
          protectedSheets,
        },
        deps.caps,
        stats,
      );
    }
    return outcome;
  });
}

/** Cells of the checked sheet that carry findings (rows only: workbook-level findings have no cell). */
export function marksFor(report: Report, sheet: string) {
  const items = report.findings
    .filter((f) => f.location?.sheet === sheet && f.location.cell && f.location.row !== undefined && f.location.column)
    .map((f) => ({ address: cellAddress(f.location!.cell!), severity: f.severity, message: f.message }));
  return marksByCell(items).slice(0, MAX_MARKED_CELLS);
}

/** The same check in another language, without going back to Excel. */
export function relabel(checked: Extract<CheckOutcome, { kind: "checked" }>, lang: Lang): Report {
  return toReport(checked.result, { lang, locate: (f) => checked.read.locate(f.path) });
}

export async function clearWorkbookMarks(deps: AddinDeps, sheets: readonly string[]): Promise<ClearOutcome> {
  const stats: ReadStats = { syncs: 0, blockRows: DEFAULT_BLOCK_ROWS };
  return deps.run(undoOptions(deps.caps), (context) => clearMarks(context, sheets, deps.caps, stats));
}

export async function installWorkbookDropdowns(deps: AddinDeps, checked: Extract<CheckOutcome, { kind: "checked" }>): Promise<DropdownOutcome | undefined> {
  const sheet = checked.read.innovationSheet;
  if (!sheet) return undefined;
  const framework = deps.framework ?? getFramework();
  const stats: ReadStats = { syncs: 0, blockRows: DEFAULT_BLOCK_ROWS };
  const plan = planDropdowns(sheet.header, framework);
  return deps.run(undoOptions(deps.caps), (context) =>
    installDropdowns(context, { sheet: checked.sheet, firstDataRow: sheet.headerRowNumber + 1, lastRow: checked.lastRow }, plan, stats),
  );
}

export async function insertTemplate(deps: AddinDeps, lang: Lang) {
  const framework = deps.framework ?? getFramework();
  const stats: ReadStats = { syncs: 0, blockRows: DEFAULT_BLOCK_ROWS };
  return deps.run(undoOptions(deps.caps), (context) => insertTemplateSheets(context, templateSheets(framework, lang), stats));
}

/**
 * Selects a finding's cell. Rows may have moved since the check: the innovation's row is found
 * again by its name in the name column, then the sheet is activated and the cell selected.
 */
export async function goToFinding(deps: AddinDeps, checked: Extract<CheckOutcome, { kind: "checked" }>, item: FindingItem): Promise<"selected" | "moved" | "no-cell"> {
  const target = item.target;
  if (!target) return "no-cell";
  const sheet = checked.read.innovationSheet;
  const nameColumn = sheet?.header.columns.find((c) => c.target.kind === "profile" && c.target.key === "name");
  return deps.run({ delayForCellEdit: true }, async (context) => {
    let row: number | undefined = target.row;
    if (sheet && nameColumn && target.sheet === checked.sheet && target.name) {
      const firstRow = sheet.headerRowNumber + 1;
      const lastRow = Math.max(checked.lastRow, target.row) + 50;
      row = resolveRow(await readColumn(context, checked.sheet, nameColumn.index, firstRow, lastRow), firstRow, target);
    }
    if (row === undefined) return "moved";
    await selectCell(context, target.sheet, withRow(target.address, row));
    return "selected";
  });
}
