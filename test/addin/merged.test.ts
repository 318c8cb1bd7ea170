// Marks on merged cells: Excel shows a merged area with its top-left cell's fill and note, so a
// finding on any other cell of the area is marked on that top-left cell (where ExcelApi 1.13
// lets the add-in read merged areas), within the same round trips. The pane keeps the finding's
// own cell. Against the fake, whose merged areas behave as Excel's (see fake-excel.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../core/index.ts";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { tempDir, writeSheets } from "../workbook/support.ts";
import type { XlContext } from "../../addin/excel/api.ts";
import { fillMergesDown, parseMergedAreas, shownCell } from "../../addin/logic/merges.ts";
import { NOTE_PREFIX, SEVERITY_FILL, SNAPSHOT_SETTING } from "../../addin/logic/marks.ts";
import { checkWorkbook, clearWorkbookMarks, recheckEditedRows, type AddinDeps, type CheckOutcome } from "../../addin/workflow.ts";
import { FakeWorkbook, MAX_MERGED_AREAS, parseAddress } from "./fake-excel.ts";
import { columnIndex, headers, innovationRow, innovationSheet } from "./workbooks.ts";

const TODAY = "2026-06-01";
const deps = (book: FakeWorkbook): AddinDeps => ({ run: book.runner(), caps: book.capabilities(), today: TODAY });
const letter = (id: string) => columnLetter(columnIndex(id) + 1);
const STAGE = letter("stage");
const DESIGN = letter("design");
const LEVEL16 = letter("ind:16:level");
const EVIDENCE16 = letter("ind:16:evidence");

function checked(outcome: CheckOutcome): Extract<CheckOutcome, { kind: "checked" }> {
  if (outcome.kind !== "checked") throw new Error(`expected a checked outcome, got ${outcome.kind}`);
  return outcome;
}

/**
 * Four innovations (rows 2-5). Rows 3-4 share one short design merged down (the design of row
 * 4 is then a hidden, empty cell); row 5's indicator 16 level and evidence cells are merged across,
 * so its evidence is missing on the hidden evidence cell.
 */
function mergedBook(rows = 4) {
  const book = new FakeWorkbook();
  innovationSheet(book, rows, { row: (n) => innovationRow(n, n === 2 ? { design: "pendek" } : {}) });
  book.merge("Inovasi", `${DESIGN}3:${DESIGN}4`);
  book.merge("Inovasi", `${LEVEL16}5:${EVIDENCE16}5`);
  return book;
}

const cellsOf = (result: ReturnType<typeof checked>) => result.report.findings.map((f) => f.location?.cell);

describe("the fake's merged areas (as Excel's)", () => {
  it("merging keeps the top-left value; getMergedAreasOrNullObject returns only areas starting in the range", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S", [["a", "b", "c"], ["d", "e", "f"]]);
    book.merge("S", "A1:B2");
    expect(book.value("S", "A1")).toBe("a");
    expect(book.value("S", "B2")).toBeUndefined();
    expect(() => book.merge("S", "B1:C1")).toThrow(/overlaps/);
    const found = await book.runner()({}, async (context: XlContext) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("S");
      const all = sheet.getRange().getMergedAreasOrNullObject();
      const inside = sheet.getRange("B2:C2").getMergedAreasOrNullObject();
      all.load("address");
      inside.load("address");
      await context.sync();
      return { all: all.address, inside: inside.isNullObject };
    });
    expect(found).toEqual({ all: "S!A1:B2", inside: true });
  });
});

describe("marks on merged cells", () => {
  it("go to the merged area's top-left cell, with every finding of the area in its one note", async () => {
    const book = mergedBook();
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    // The pane keeps each finding's own cell.
    expect(cellsOf(result)).toContain(`Inovasi!${DESIGN}3`);
    expect(cellsOf(result)).toContain(`Inovasi!${DESIGN}4`);
    expect(cellsOf(result)).toContain(`Inovasi!${EVIDENCE16}5`);

    // The user sees the whole merged design area marked, and one note holding both rows' findings.
    expect(book.shownFill("Inovasi", `${DESIGN}3`).color).toBe(SEVERITY_FILL.error);
    expect(book.shownFill("Inovasi", `${DESIGN}4`).color).toBe(SEVERITY_FILL.error);
    const notes = book.sheet("Inovasi").notes;
    expect(notes.has(`${DESIGN}4`)).toBe(false);
    const note = notes.get(`${DESIGN}3`)!;
    expect(note.startsWith(NOTE_PREFIX)).toBe(true);
    for (const f of result.report.findings.filter((f) => f.location?.cell === `Inovasi!${DESIGN}3`)) expect(note).toContain(f.message);
    for (const f of result.report.findings.filter((f) => f.location?.cell === `Inovasi!${DESIGN}4`)) expect(note).toContain(`${DESIGN}4: ${f.message}`);

    // The missing evidence, found on the hidden evidence cell, is marked on the level cell.
    const evidence = result.report.findings.find((f) => f.location?.cell === `Inovasi!${EVIDENCE16}5`)!;
    expect(book.shownFill("Inovasi", `${EVIDENCE16}5`).color).toBe(SEVERITY_FILL[evidence.severity]);
    expect(book.shownNote("Inovasi", `${EVIDENCE16}5`)).toContain(`${EVIDENCE16}5: ${evidence.message}`);
    expect(notes.has(`${EVIDENCE16}5`)).toBe(false);
    // Nothing is painted on the hidden cells themselves.
    expect(book.fill("Inovasi", `${DESIGN}4`).pattern).toBe("None");
    expect(book.fill("Inovasi", `${EVIDENCE16}5`).pattern).toBe("None");
  });

  it("'Hapus tanda' gives the top-left cell its own fill back", async () => {
    const book = mergedBook();
    book.cell("Inovasi", `${DESIGN}3`).fill = { color: "#FFC000", pattern: "Solid" };
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.shownFill("Inovasi", `${DESIGN}4`).color).toBe(SEVERITY_FILL.error);
    expect(await clearWorkbookMarks(deps(book), ["Inovasi"])).toMatchObject({ cleared: true });
    expect(book.fill("Inovasi", `${DESIGN}3`)).toEqual({ color: "#FFC000", pattern: "Solid" });
    expect(book.fill("Inovasi", `${DESIGN}4`).pattern).toBe("None");
    expect(book.sheet("Inovasi").notes.size).toBe(0);
    expect(book.settings.has(SNAPSHOT_SETTING)).toBe(false);
  });

  it("a mark an earlier version left on a hidden cell is taken back on the next check", async () => {
    const book = mergedBook();
    // What the add-in did before: the hidden design cell painted, with its snapshot stored.
    book.cell("Inovasi", `${DESIGN}4`).fill = { color: SEVERITY_FILL.error, pattern: "Solid" };
    book.settings.set(SNAPSHOT_SETTING, JSON.stringify({ Inovasi: { [`${DESIGN}4`]: { color: "#FFFFFF", pattern: "None" } } }));
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.fill("Inovasi", `${DESIGN}4`).pattern).toBe("None");
    expect(book.fill("Inovasi", `${DESIGN}3`).color).toBe(SEVERITY_FILL.error);
  });

  it("5,000 rows with merged cells are still checked and marked in 4 round trips", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 5000, { row: (n) => innovationRow(n, n % 100 === 0 ? { stage: "?" } : {}) });
    // Every hundredth stage merged down over the next row, title-like merges elsewhere.
    for (let row = 101; row <= 5001; row += 100) book.merge("Inovasi", `${STAGE}${row}:${STAGE}${row + 1}`);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.stats.syncs).toBe(4);
    expect(book.syncs).toBe(4);
    // Row 101 holds innovation 100's unknown stage; row 102 (hidden) is innovation 101's empty stage.
    expect(cellsOf(result)).toContain(`Inovasi!${STAGE}102`);
    expect(book.fill("Inovasi", `${STAGE}102`).pattern).toBe("None");
    expect(book.fill("Inovasi", `${STAGE}101`).color).toBe(SEVERITY_FILL.error);
  }, 60_000);

  it("a sheet found by its header (not named Inovasi) gets its merged areas too", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 40, { name: "Data 2026", row: (n) => innovationRow(n, n === 35 ? { design: "pendek" } : {}) });
    book.merge("Data 2026", `${DESIGN}36:${DESIGN}37`);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.sheet).toBe("Data 2026");
    expect(cellsOf(result)).toContain(`'Data 2026'!${DESIGN}37`);
    expect(book.sheet("Data 2026").notes.get(`${DESIGN}36`)).toContain(`${DESIGN}37: `);
    expect(book.fill("Data 2026", `${DESIGN}37`).pattern).toBe("None");
  });

  it("live mode reads the merged areas again with the edited rows", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 6);
    const first = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    // The user merges two stage cells, then types an unknown stage into them (one change over the area).
    book.merge("Inovasi", `${STAGE}4:${STAGE}5`);
    book.cell("Inovasi", `${STAGE}4`).value = "Tahap Aneh";
    book.syncs = 0;
    const live = checked(await recheckEditedRows(deps(book), first, { sheet: "Inovasi", address: `${STAGE}4:${STAGE}5`, changeType: "RangeEdited" }, { lang: "id", write: true }));
    expect(book.syncs).toBe(3);
    expect(cellsOf(live)).toContain(`Inovasi!${STAGE}5`);
    expect(book.fill("Inovasi", `${STAGE}5`).pattern).toBe("None");
    expect(book.sheet("Inovasi").notes.get(`${STAGE}4`)).toContain(`${STAGE}5: `);
  });

  it("without ExcelApi 1.13 merged areas are never asked for and marks stay on the findings' cells", async () => {
    const book = mergedBook();
    book.apiMinor = 12;
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.write).toMatchObject({ written: true });
    expect(book.fill("Inovasi", `${DESIGN}4`).color).toBe(SEVERITY_FILL.error);
  });

  it("past Excel's 512 merged areas the check still marks, on the findings' cells, at one round trip's cost", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 600, { row: (n) => innovationRow(n, n === 2 ? { design: "pendek" } : {}) });
    book.merge("Inovasi", `${DESIGN}3:${DESIGN}4`);
    // Many merged areas out of the way (a column of notes merged in pairs).
    const far = columnLetter(200);
    for (let row = 1; row <= 2 * MAX_MERGED_AREAS; row += 2) book.merge("Inovasi", `${far}${row}:${far}${row + 1}`);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.report.score.reported).toBe(600);
    expect(book.syncs).toBe(5);
    expect(book.fill("Inovasi", `${DESIGN}3`).color).toBe(SEVERITY_FILL.error);
    expect(book.fill("Inovasi", `${DESIGN}4`).color).toBe(SEVERITY_FILL.error);
  });
});

describe("values merged down, read as the CLI reads them", () => {
  const newDir = tempDir();
  const AGENCY = letter("agency");
  const NAME = letter("name");

  /**
   * A title merged across; the name and agency headers merged down over a two-row header (the
   * other headers in its second row); an agency merged down over two innovations; a short design
   * merged down over two; indicator 16's level and evidence merged across. Values sit in the
   * top-left cells only, as Excel keeps them.
   */
  function layout() {
    const last = columnLetter(headers.length);
    const rows: unknown[][] = [["Daftar Inovasi Daerah 2026"], [headers[0], headers[1]], [null, null, ...headers.slice(2)]];
    for (let n = 1; n <= 5; n++) rows.push(innovationRow(n, n === 3 ? { design: "pendek" } : {}));
    const merges = [`A1:${last}1`, `${NAME}2:${NAME}3`, `${AGENCY}2:${AGENCY}3`, `${AGENCY}4:${AGENCY}5`, `${DESIGN}6:${DESIGN}7`, `${LEVEL16}7:${EVIDENCE16}7`];
    const cleared = rows.map((r) => [...r]);
    for (const box of merges.map(parseAddress))
      for (let r = box.r0; r < box.r0 + box.rows; r++)
        for (let c = box.c0; c < box.c0 + box.cols; c++) if ((r !== box.r0 || c !== box.c0) && cleared[r]) cleared[r]![c] = null;
    return { rows: cleared, merges };
  }

  it("gives every row of a merged-down area its value and finds what the CLI finds, at the same cells", async () => {
    const { rows, merges } = layout();
    const book = new FakeWorkbook();
    book.addSheet("Inovasi", rows);
    for (const m of merges) book.merge("Inovasi", m);
    const addin = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(addin.read.innovationSheet?.headerRowNumber).toBe(3);
    expect(addin.report.findings.filter((f) => f.code === "column-required-missing")).toEqual([]);
    expect(addin.read.input.innovations!.map((i) => i.agency)).toEqual(Array(5).fill("Dinas Kesehatan"));
    expect(addin.read.input.innovations![3]!.design).toBe("pendek");

    const path = join(await newDir(), "gabung.xlsx");
    await writeSheets(path, [{ name: "Inovasi", rows: rows as never, merges }]);
    const cli = await annotateWorkbook(path, join(await newDir(), "hasil.xlsx"), { today: TODAY, lang: "id" });
    const located = (findings: readonly { code: string; location?: { cell?: string } }[]) => findings.map((f) => `${f.code}@${f.location?.cell ?? ""}`).sort();
    expect(located(addin.report.findings)).toEqual(located(cli.findings));
    // Both design findings on the merged design cell's one note.
    expect(book.sheet("Inovasi").notes.get(`${DESIGN}6`)).toContain(`${DESIGN}7: `);
  });
});

describe("merged-area addresses", () => {
  it("reads RangeAreas addresses (quoted sheet names with commas too), fills values down, finds the shown cell", () => {
    expect(parseMergedAreas("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { row: 0, column: 0, rows: 4, columns: 2 },
      { row: 0, column: 3, rows: 4, columns: 1 },
    ]);
    expect(parseMergedAreas("'Data, 2026!'!$N$5:$N$7,'Data, 2026!'!AA10:AB10,'Data, 2026!'!C3")).toEqual([
      { row: 4, column: 13, rows: 3, columns: 1 },
      { row: 9, column: 26, rows: 1, columns: 2 },
    ]);
    const sheet = { sheet: "S", firstRow: 2, rows: [["x", "y", "1"], ["", "", "2"], ["", "", "3"], ["z", "", ""], ["", "", ""]] };
    // B2:C2 across (kept in B2), A2:A4 down (filled), B3:B5 down from an empty cell (nothing to
    // fill), A5:A6 down from "z" over a row with nothing of its own (stays blank).
    const filled = fillMergesDown(sheet, parseMergedAreas("S!B2:C2, S!A2:A4, S!B3:B5, S!A5:A6"));
    expect(filled.rows).toEqual([["x", "y", "1"], ["x", "", "2"], ["x", "", "3"], ["z", "", ""], ["", "", ""]]);
    expect(sheet.rows[1]).toEqual(["", "", "2"]);
    const shown = shownCell(parseMergedAreas("S!N5:N7, S!AA10:AB11"));
    expect(["N5", "N6", "N7", "N8", "AB11", "AA10", "AC10", "M6"].map(shown)).toEqual(["N5", "N5", "N5", "N8", "AA10", "AA10", "AC10", "M6"]);
  });
});
