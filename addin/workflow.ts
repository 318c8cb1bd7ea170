// Each user action as one Excel.run: read through the adapter, decide in core and in the pure
// modules, write through the adapter. Shared by the task pane and the UI-less command.
import {
  checkSubmission, getFramework, readWorkbookRows, sortFindings, SHEETS, toReport,
  type CellValue, type CheckResult, type Framework, type Lang, type Report, type SheetRows, type WorkbookRead,
} from "../core/index.ts";
import type { Capabilities, ExcelRunner, RunOptions, XlContext } from "./excel/api.ts";
import { installDropdowns, type DropdownOutcome } from "./excel/dropdowns.ts";
import { readColumn, selectCell, sheetExists } from "./excel/navigate.ts";
import { DEFAULT_BLOCK_ROWS, listSheets, MAX_ROWS, readRemainingRows, readSheetHeads, rereadRows, type ReadStats, type SheetData } from "./excel/read.ts";
import { insertTemplateSheets } from "./excel/template.ts";
import { clearMarks, writeResults, type ClearOutcome, type WriteOutcome } from "./excel/write.ts";
import { planDropdowns } from "./logic/dropdowns.ts";
import { fillMergesDown, shownCell, type MergedArea } from "./logic/merges.ts";
import { marksByCell, parseSnapshotStore, SNAPSHOT_SETTING, type CellMark, type FillSnapshotStore } from "./logic/marks.ts";
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
      /** Cells with findings left without a mark (past MAX_MARKED_CELLS); the pane says so. */
      unmarkedCells?: number;
      /** The rows read, for a live re-check of edited rows only. */
      state: SheetState;
      stats: ReadStats;
    };

type Checked = Extract<CheckOutcome, { kind: "checked" }>;

/** At most this many cells get a fill and a note; the pane still lists every finding. */
export const MAX_MARKED_CELLS = 2000;

const undoOptions = (caps: Capabilities): RunOptions => (caps.mergeUndoGroup ? { mergeUndoGroup: true } : {});

export async function checkWorkbook(deps: AddinDeps, options: { lang: Lang; sheet?: string; write: boolean }): Promise<CheckOutcome> {
  const framework = deps.framework ?? getFramework();
  const stats: ReadStats = { syncs: 0, blockRows: deps.blockRows ?? DEFAULT_BLOCK_ROWS, merges: deps.caps.mergedAreas };
  return deps.run(undoOptions(deps.caps), async (context) => {
    const { sheets: listing, settings } = await listSheets(context, stats, [SNAPSHOT_SETTING]);
    const names = new Set(listing.map((s) => s.name));
    const wanted = [options.sheet ?? SHEETS.innovations, SHEETS.region].filter((n) => names.has(n));
    const ownSheets = [SHEETS.summary, `${SHEETS.summary} (${OWN_SHEET_MARK})`];
    const probe = listing.filter((s) => (s.visible || ownSheets.includes(s.name)) && !wanted.includes(s.name)).map((s) => s.name);
    const heads = await readSheetHeads(context, { full: wanted, probe }, stats);
    const filledHeads = new Map([...heads].map(([name, head]) => [name, { rows: fillMergesDown(head.rows, head.merges) }]));
    const choice = chooseSheets(listing, filledHeads, framework, options.sheet);
    if (!choice.innovations) return { kind: "no-sheet", sheets: listing.map((s) => s.name), stats };

    const innovations = await readRemainingRows(context, heads.get(choice.innovations)!, stats);
    const regionHead = choice.region ? heads.get(choice.region) : undefined;
    const region = regionHead ? await readRemainingRows(context, regionHead, stats) : undefined;
    const summary = summaryTarget(heads, names);
    const state: SheetState = {
      candidates: choice.candidates,
      innovations,
      ...(region ? { region } : {}),
      summary: { ...summary, protected: heads.get(summary.sheet)?.protected ?? false },
    };
    return evaluate(context, deps, state, parseSnapshotStore(settings[SNAPSHOT_SETTING]), options, stats);
  });
}

/** What a later partial re-check needs from the last full read. */
export type SheetState = {
  candidates: string[];
  innovations: SheetData;
  region?: SheetData;
  summary: { sheet: string; exists: boolean; protected: boolean };
};

/** Rows in, findings and writes out: the part of a check after reading, shared by full and live re-checks. */
async function evaluate(
  context: XlContext,
  deps: AddinDeps,
  state: SheetState,
  previous: FillSnapshotStore,
  options: { lang: Lang; write: boolean },
  stats: ReadStats,
): Promise<Checked> {
  const framework = deps.framework ?? getFramework();
  const { innovations, region } = state;
  // Values merged down belong to every row of their area, as the CLI reads them.
  const read = readWorkbookRows(
    { innovations: fillMergesDown(innovations.rows, innovations.merges), ...(region ? { region: fillMergesDown(region.rows, region.merges) } : {}) },
    framework,
  );
  const result = checkSubmission(read.input, { framework, absentFields: read.absentFields, ...(deps.today ? { today: deps.today } : {}) });
  const merged = { ...result, findings: sortFindings([...read.findings, ...result.findings]) };
  const report = toReport(merged, { lang: options.lang, locate: (f) => read.locate(f.path) });
  const outcome: Checked = {
    kind: "checked",
    sheet: innovations.name,
    candidates: state.candidates,
    report,
    result: merged,
    read,
    lastRow: innovations.lastRow,
    truncated: innovations.truncated,
    state,
    stats,
  };
  if (options.write && read.innovationSheet) {
    const columns = planOwnColumns(read.innovationSheet, Math.min(innovations.lastRow, MAX_ROWS), innovations.lastColumn, report, options.lang);
    const sheetMarks = marksFor(report, innovations.name, innovations.merges);
    const marks: Record<string, CellMark[]> = { [innovations.name]: sheetMarks.slice(0, MAX_MARKED_CELLS) };
    // The Pemda sheet is a target when it has findings now or marks from before.
    if (region && (report.findings.some((f) => f.location?.sheet === region.name && f.location.column) || previous[region.name]))
      marks[region.name] = marksFor(report, region.name, region.merges).slice(0, MAX_MARKED_CELLS);
    const protectedSheets = [
      innovations.protected ? innovations.name : "",
      region?.protected && marks[region.name] ? region.name : "",
      state.summary.protected ? state.summary.sheet : "",
    ].filter(Boolean);
    outcome.write = await writeResults(
      context,
      {
        sheet: innovations.name,
        marks,
        columns,
        summary: { sheet: state.summary.sheet, exists: state.summary.exists, rows: summaryRows(report, options.lang) },
        previous,
        protectedSheets,
      },
      deps.caps,
      stats,
    );
    if (outcome.write.written && sheetMarks.length > MAX_MARKED_CELLS) outcome.unmarkedCells = sheetMarks.length - MAX_MARKED_CELLS;
    if (outcome.write.written) {
      // The summary sheet exists from now on, and the sheet is as wide as our own columns.
      // Our header cells go into the kept rows too, so a live re-check recognises our columns.
      const lastColumn = Math.max(innovations.lastColumn, ...columns.map((c) => c.column + 1));
      const headerIndex = read.innovationSheet.headerRowNumber - innovations.rows.firstRow;
      const rows = innovations.rows.rows.map((r, i) => {
        if (i !== headerIndex) return r;
        const header = [...r];
        for (const c of columns) header[c.column] = c.values[0];
        return header;
      });
      outcome.state = { ...state, innovations: { ...innovations, lastColumn, rows: { ...innovations.rows, rows } }, summary: { ...state.summary, exists: true } };
    }
  }
  return outcome;
}

/** Live mode re-reads at most this many edited rows; a bigger change gets a full check. */
export const LIVE_MAX_ROWS = 500;

/**
 * Live mode: after an edit on the checked sheet, re-read only the edited rows (one round trip),
 * patch them into the last read and check again. Anything that moves rows (inserts, deletes,
 * several areas, whole columns) or touches another sheet gets a full check instead.
 */
export async function recheckEditedRows(
  deps: AddinDeps,
  last: Checked,
  change: { sheet: string; address: string; changeType: string },
  options: { lang: Lang; write: boolean },
): Promise<CheckOutcome> {
  const rows = editedRows(change.address);
  const full = () => checkWorkbook(deps, { ...options, sheet: last.sheet });
  if (change.sheet !== last.sheet || change.changeType !== "RangeEdited" || !rows || rows.to - rows.from + 1 > LIVE_MAX_ROWS) return full();
  const stats: ReadStats = { syncs: 0, blockRows: deps.blockRows ?? DEFAULT_BLOCK_ROWS, merges: deps.caps.mergedAreas };
  return deps.run(undoOptions(deps.caps), async (context) => {
    const state = last.state;
    const columns = Math.max(state.innovations.lastColumn, 1);
    const fresh = await rereadRows(context, last.sheet, { ...rows, columns }, [SNAPSHOT_SETTING], stats);
    // A wider sheet (a new column) changes the header: read everything again.
    if (fresh.lastColumn > state.innovations.lastColumn || fresh.lastRow > MAX_ROWS) return full();
    const patched = patchRows(state.innovations.rows, rows.from, fresh.rows, fresh.lastRow);
    const merges = fresh.merges ?? state.innovations.merges;
    const innovations: SheetData = { ...state.innovations, rows: patched, lastRow: fresh.lastRow, protected: fresh.protected, ...(merges ? { merges } : {}) };
    return evaluate(context, deps, { ...state, innovations }, parseSnapshotStore(fresh.settings[SNAPSHOT_SETTING]), options, stats);
  });
}

/** "C3", "C3:F7" -> rows 3..7; multi-area or whole-column addresses -> undefined (check everything). */
export function editedRows(address: string): { from: number; to: number } | undefined {
  const plain = address.slice(address.lastIndexOf("!") + 1);
  const m = /^\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?$/i.exec(plain) ?? /^(\d+)(?::(\d+))?$/.exec(plain);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2] ?? m[1]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The last read's rows with rows from..from+n-1 replaced, trimmed or padded to lastRow. */
export function patchRows(previous: SheetRows, from: number, fresh: readonly (readonly CellValue[])[], lastRow: number): SheetRows {
  const rows = previous.rows.map((r) => r);
  fresh.forEach((row, i) => {
    const index = from + i - previous.firstRow;
    if (index < 0) return;
    while (rows.length < index) rows.push([]);
    rows[index] = row;
  });
  rows.length = Math.max(0, Math.min(rows.length, lastRow - previous.firstRow + 1));
  return { ...previous, rows };
}

/**
 * Cells of the checked sheet that carry findings (rows only: workbook-level findings have no
 * cell), all of them: the caller marks at most MAX_MARKED_CELLS. A finding on a cell hidden in a merged area is marked on the area's top-left cell, the
 * one Excel shows, and its note line names the finding's own cell; the pane keeps that cell.
 */
export function marksFor(report: Report, sheet: string, merges?: readonly MergedArea[]) {
  const shown = shownCell(merges);
  const items = report.findings
    .filter((f) => f.location?.sheet === sheet && f.location.cell && f.location.row !== undefined && f.location.column)
    .map((f) => {
      const own = cellAddress(f.location!.cell!);
      const address = shown(own);
      return { address, severity: f.severity, message: address === own ? f.message : `${own}: ${f.message}` };
    });
  return marksByCell(items);
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
    // Asked first, so that only this answer means "moved": any other failure is Excel's and is shown as such.
    if (!(await sheetExists(context, target.sheet))) return "moved";
    let row: number | undefined = target.row;
    if (sheet && nameColumn && target.sheet === checked.sheet && target.name) {
      const firstRow = sheet.headerRowNumber + 1;
      // As far as the check read (a stray value far down must not make this read a million rows).
      const lastRow = Math.min(Math.max(checked.lastRow, target.row), MAX_ROWS) + 50;
      row = resolveRow(await readColumn(context, checked.sheet, nameColumn.index, firstRow, lastRow), firstRow, target);
    }
    if (row === undefined) return "moved";
    await selectCell(context, target.sheet, withRow(target.address, row));
    return "selected";
  });
}
