// The Excel adapter against the in-memory fake: what a user would notice in the grid (marks,
// restored fills, notes, own columns, drop-downs) and what they would feel (round trips).
import { describe, expect, it } from "vitest";
import { getFramework, OWN_COLUMNS, REGION_LAYOUT, regionRows, SHEETS } from "../../core/index.ts";
import { SPECULATIVE_BLOCKS } from "../../addin/excel/read.ts";
import { LISTS_SHEET } from "../../addin/logic/dropdowns.ts";
import { NOTE_PREFIX, SEVERITY_FILL, SNAPSHOT_SETTING } from "../../addin/logic/marks.ts";
import { findingItems } from "../../addin/logic/view.ts";
import { checkWorkbook, clearWorkbookMarks, editedRows, goToFinding, insertTemplate, installWorkbookDropdowns, recheckEditedRows, type AddinDeps, type CheckOutcome } from "../../addin/workflow.ts";
import { FakeWorkbook } from "./fake-excel.ts";
import { columnIndex, columns, headers, innovationRow, innovationSheet } from "./workbooks.ts";
import { columnLetter } from "../../core/index.ts";

const TODAY = "2026-06-01";
const deps = (book: FakeWorkbook, extra: Partial<AddinDeps> = {}): AddinDeps => ({ run: book.runner(), caps: book.capabilities(), today: TODAY, ...extra });
const letter = (id: string) => columnLetter(columnIndex(id) + 1);
const STAGE = letter("stage");
const DESIGN = letter("design");

function checked(outcome: CheckOutcome): Extract<CheckOutcome, { kind: "checked" }> {
  if (outcome.kind !== "checked") throw new Error(`expected a checked outcome, got ${outcome.kind}`);
  return outcome;
}

/** Three innovations; row 3 (the second) has an unknown stage and a one-word design. */
function smallBook() {
  const book = new FakeWorkbook();
  innovationSheet(book, 3, { row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap X", design: "pendek" } : {}) });
  return book;
}

describe("checking a workbook", () => {
  it("finds the template sheet, reports findings at the right cells and paints them by severity", async () => {
    const book = smallBook();
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.sheet).toBe("Inovasi");
    const cells = result.report.findings.map((f) => f.location?.cell);
    expect(cells).toContain(`Inovasi!${STAGE}3`);
    expect(cells).toContain(`Inovasi!${DESIGN}3`);
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: SEVERITY_FILL.error, pattern: "Solid" });
    expect(book.fill("Inovasi", `${STAGE}2`).pattern).toBe("None");
    expect(book.sheet("Inovasi").notes.get(`${STAGE}3`)).toMatch(new RegExp(`^\\${NOTE_PREFIX}.*Tahap X`));
    expect(result.write).toMatchObject({ written: true });
  });

  it("fills its own score and status columns right of the user's columns, and recognises them next time", async () => {
    const book = smallBook();
    await checkWorkbook(deps(book), { lang: "id", write: true });
    const score = columnLetter(headers.length + 1);
    const status = columnLetter(headers.length + 2);
    expect(book.value("Inovasi", `${score}1`)).toBe(OWN_COLUMNS.score);
    expect(book.value("Inovasi", `${status}1`)).toBe(OWN_COLUMNS.status);
    expect(typeof book.value("Inovasi", `${score}2`)).toBe("number");
    expect(book.value("Inovasi", `${status}2`)).toBe("Dinilai");
    expect(book.value("Inovasi", `${status}3`)).toMatch(/tidak dinilai|Tidak dinilai/);
    // Second run: the same two columns are found by header; no third column appears.
    const before = book.writes.length;
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.value("Inovasi", `${columnLetter(headers.length + 3)}1`)).toBeUndefined();
    const ownWrites = book.writes.slice(before).filter((w) => w.startsWith("values Inovasi!"));
    expect(ownWrites).toEqual([`values Inovasi!${score}1:${score}4`, `values Inovasi!${status}1:${status}4`]);
    // No user column was ever written.
    expect(book.writes.filter((w) => w.startsWith("values Inovasi!") && !w.includes(`!${score}`) && !w.includes(`!${status}`))).toEqual([]);
  });

  it("fills the Ringkasan sheet as the CLI does, and never clears a user's own sheet of that name", async () => {
    const book = smallBook();
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    const labelled = (sheet: string, label: string) => {
      for (let row = 1; row < 100; row++) if (book.value(sheet, `A${row}`) === label) return book.value(sheet, `B${row}`);
      return undefined;
    };
    expect(book.value(SHEETS.summary, "A1")).toBe("Ringkasan (IID Check)");
    expect(labelled(SHEETS.summary, "Estimasi IID")).toBe(result.report.iid);
    expect(labelled(SHEETS.summary, "Predikat")).toBe(result.report.category);

    const mine = smallBook();
    mine.addSheet(SHEETS.summary, [["Catatan rapat"], ["jangan dihapus"]]);
    await checkWorkbook(deps(mine), { lang: "id", write: true });
    expect(mine.value(SHEETS.summary, "A2")).toBe("jangan dihapus");
    expect(mine.value("Ringkasan (IID Check)", "A1")).toBe("Ringkasan (IID Check)");
  });

  it("a 5,000-row sheet is checked and marked in 4 round trips, and 10,000 rows take no more", async () => {
    for (const rows of [5000, 10_000]) {
      const book = new FakeWorkbook();
      innovationSheet(book, rows, { row: (n) => innovationRow(n, n % 100 === 0 ? { stage: "?" } : {}) });
      const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
      expect(result.report.score.reported).toBe(rows);
      expect(result.stats.syncs).toBe(4);
      expect(book.syncs).toBe(4);
    }
  }, 120_000);

  it("past the speculative blocks the rest is read in one more round trip", async () => {
    const book = new FakeWorkbook();
    const rows = 2 * SPECULATIVE_BLOCKS * 100;
    innovationSheet(book, rows);
    const result = checked(await checkWorkbook(deps(book, { blockRows: 100 }), { lang: "id", write: false }));
    expect(result.report.score.reported).toBe(rows);
    expect(result.stats.syncs).toBe(3);
  });

  it("halves the row block on a payload error and still reads every row", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 1200);
    book.payloadCellLimit = 400 * columns.length;
    const result = checked(await checkWorkbook(deps(book, { blockRows: 1000 }), { lang: "id", write: false }));
    expect(result.report.score.reported).toBe(1200);
    expect(result.stats.blockRows).toBeLessThanOrEqual(400);
    expect(result.report.innovations.at(-1)?.name).toBe("Inovasi 1200");
    // After a payload error, syncs carry what the first trip proved fits: a handful, not one per small block.
    expect(result.stats.syncs).toBeLessThanOrEqual(12);
  });

  it("a used range inflated to a million rows by formatting is read values-only", async () => {
    const book = new FakeWorkbook();
    const sheet = innovationSheet(book, 20);
    sheet.formattedRows = 1_000_000;
    book.payloadCellLimit = 200_000;
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.report.score.reported).toBe(20);
    expect(result.lastRow).toBe(21);
    expect(result.stats.syncs).toBe(4);
  });

  it("own columns too large for one request are written in pieces after a payload error, and every row gets its score", async () => {
    const book = new FakeWorkbook();
    const rows = 7000;
    innovationSheet(book, rows, { row: (n) => innovationRow(n, n % 500 === 0 ? { stage: "Tahap X" } : {}) });
    // Reading fits in blocks of 50 rows; the two own columns (2 x 7,001 cells) do not fit one request.
    book.payloadCellLimit = 12_000;
    const result = checked(await checkWorkbook(deps(book, { blockRows: 50 }), { lang: "id", write: true }));
    expect(result.write).toMatchObject({ written: true });
    const score = columnLetter(headers.length + 1);
    const status = columnLetter(headers.length + 2);
    expect(book.value("Inovasi", `${score}1`)).toBe(OWN_COLUMNS.score);
    // The last two innovations: 6,999 is assessed, 7,000 (an unknown stage) is not.
    expect(typeof book.value("Inovasi", `${score}${rows}`)).toBe("number");
    expect(book.value("Inovasi", `${status}${rows}`)).toBe("Dinilai");
    expect(book.value("Inovasi", `${status}${rows + 1}`)).toMatch(/tidak dinilai|Tidak dinilai/);
    expect(book.fill("Inovasi", `${STAGE}501`).color).toBe(SEVERITY_FILL.error);
    expect(book.value(SHEETS.summary, "A1")).toBe("Ringkasan (IID Check)");
    expect(book.settings.has(SNAPSHOT_SETTING)).toBe(true);
  }, 60_000);

  it("hidden rows are checked and keep their real row numbers", async () => {
    const book = new FakeWorkbook();
    const sheet = innovationSheet(book, 5, { row: (n) => innovationRow(n, n === 4 ? { stage: "Hilang" } : {}) });
    sheet.hiddenRows.add(2).add(3);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(result.report.findings.find((f) => f.code === "enum-unknown")?.location?.cell).toBe(`Inovasi!${STAGE}5`);
  });

  it("title rows and a merged title above the header are skipped", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 2, { title: true, row: (n) => innovationRow(n, n === 1 ? { stage: "?" } : {}) });
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(result.read.innovationSheet?.headerRowNumber).toBe(3);
    expect(result.report.findings.find((f) => f.code === "enum-unknown")?.location?.cell).toBe(`Inovasi!${STAGE}4`);
  });

  it("merged two-row indicator headers (group label above 'Parameter' / 'Bukti Dukung') are recognised", async () => {
    const book = new FakeWorkbook();
    // Row 1: a merged "16 · Regulasi Inovasi Daerah" over two columns (value in the first only).
    const top = ["", "", "", "16 · Regulasi Inovasi Daerah", ""];
    const header = ["Nama Inovasi", "Tahapan Inovasi", "Perangkat Daerah (OPD)", "Parameter", "Bukti Dukung"];
    book.addSheet("Data", [top, header, ["Inovasi A", "Penerapan", "Dinkes", "3", "perbup.pdf"]]);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(result.sheet).toBe("Data");
    expect(result.report.innovations[0]?.indicators["16"]).toMatchObject({ level: 3, evidence: true });
  });

  it("an empty workbook and a sheet without a recognisable header are reported, not crashed on", async () => {
    const empty = new FakeWorkbook();
    empty.addSheet("Sheet1");
    expect(await checkWorkbook(deps(empty), { lang: "id", write: true })).toMatchObject({ kind: "no-sheet", sheets: ["Sheet1"] });
    const other = new FakeWorkbook();
    other.addSheet("Anggaran", [["Kode", "Uraian", "Jumlah"], ["1", "Belanja", 1000]]);
    expect(await checkWorkbook(deps(other), { lang: "id", write: true })).toMatchObject({ kind: "no-sheet" });
    expect(other.writes).toEqual([]);
  });

  it("an empty template sheet (header only) is checked with zero innovations", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 0);
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(result.report.score.reported).toBe(0);
  });

  it("with several matching sheets it checks the template's, lists all, and follows the user's pick", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 2, { name: "Inovasi 2025" });
    innovationSheet(book, 3, { name: "Inovasi" });
    const first = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(first.sheet).toBe("Inovasi");
    expect(first.candidates.sort()).toEqual(["Inovasi", "Inovasi 2025"]);
    const picked = checked(await checkWorkbook(deps(book), { lang: "id", write: false, sheet: "Inovasi 2025" }));
    expect(picked.sheet).toBe("Inovasi 2025");
    expect(picked.report.score.reported).toBe(2);
  });

  it("a protected sheet is still checked, but nothing at all is written and the pane can say why", async () => {
    const book = smallBook();
    book.sheet("Inovasi").protected = true;
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(result.write).toEqual({ written: false, protectedSheets: ["Inovasi"] });
    expect(book.writes).toEqual([]);
  });

  it("runs each check as one undo step where ExcelApi 1.20 exists, and not where it does not", async () => {
    const book = smallBook();
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.runs.at(-1)).toEqual({ mergeUndoGroup: true });
    const old = smallBook();
    old.apiMinor = 9;
    await checkWorkbook(deps(old), { lang: "id", write: true });
    expect(old.runs.at(-1)).toEqual({});
  });
});

describe("marks", () => {
  it("'Hapus tanda' restores the user's own fills exactly and removes only the add-in's notes", async () => {
    const book = smallBook();
    book.cell("Inovasi", `${STAGE}3`).fill = { color: "#00B050", pattern: "Solid" };
    book.cell("Inovasi", `${DESIGN}3`).fill = { color: "#FFFF00", pattern: "Gray25" };
    book.sheet("Inovasi").notes.set("A3", "Catatan Bu Rina: cek ulang nama");
    book.sheet("Inovasi").notes.set(`${DESIGN}3`, "Catatan pengguna pada rancang bangun");
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.fill("Inovasi", `${STAGE}3`).color).toBe(SEVERITY_FILL.error);
    // The user's note on the design cell is kept (a cell has one note); ours is not added there.
    expect(book.sheet("Inovasi").notes.get(`${DESIGN}3`)).toBe("Catatan pengguna pada rancang bangun");

    const cleared = await clearWorkbookMarks(deps(book), ["Inovasi"]);
    expect(cleared).toMatchObject({ cleared: true });
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(book.fill("Inovasi", `${DESIGN}3`)).toEqual({ color: "#FFFF00", pattern: "Gray25" });
    expect(book.fill("Inovasi", `${STAGE}2`)).toEqual({ color: "#FFFFFF", pattern: "None" });
    const notes = [...book.sheet("Inovasi").notes.values()];
    expect(notes.sort()).toEqual(["Catatan Bu Rina: cek ulang nama", "Catatan pengguna pada rancang bangun"]);
    expect(book.settings.has(SNAPSHOT_SETTING)).toBe(false);
  });

  it("a second check keeps the first snapshot, so clearing still restores the original fill", async () => {
    const book = smallBook();
    book.cell("Inovasi", `${STAGE}3`).fill = { color: "#7030A0", pattern: "Solid" };
    await checkWorkbook(deps(book), { lang: "id", write: true });
    await checkWorkbook(deps(book), { lang: "id", write: true });
    await clearWorkbookMarks(deps(book), ["Inovasi"]);
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: "#7030A0", pattern: "Solid" });
  });

  it("a fixed cell loses its mark on the next check and gets its own fill back", async () => {
    const book = smallBook();
    book.cell("Inovasi", `${STAGE}3`).fill = { color: "#92D050", pattern: "Solid" };
    await checkWorkbook(deps(book), { lang: "id", write: true });
    book.cell("Inovasi", `${STAGE}3`).value = "Penerapan";
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(book.sheet("Inovasi").notes.has(`${STAGE}3`)).toBe(false);
  });

  it("a cell the user repainted after marking keeps the user's new colour when marks are cleared", async () => {
    const book = smallBook();
    await checkWorkbook(deps(book), { lang: "id", write: true });
    book.cell("Inovasi", `${STAGE}3`).fill = { color: "#0070C0", pattern: "Solid" };
    await clearWorkbookMarks(deps(book), ["Inovasi"]);
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: "#0070C0", pattern: "Solid" });
  });

  it("without ExcelApi 1.18 there are fills but no notes, and the notes API is never touched", async () => {
    const book = smallBook();
    book.apiMinor = 9;
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    expect(result.write).toMatchObject({ written: true, notes: 0 });
    expect(book.fill("Inovasi", `${STAGE}3`).color).toBe(SEVERITY_FILL.error);
    expect(await clearWorkbookMarks(deps(book), ["Inovasi"])).toMatchObject({ cleared: true });
    expect(book.fill("Inovasi", `${STAGE}3`).pattern).toBe("None");
  });

  it("'Hapus tanda' also clears a sheet marked by an earlier check, after the picker moved to another sheet", async () => {
    const book = smallBook();
    innovationSheet(book, 3, { name: "Inovasi Kecamatan", row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap Y" } : {}) });
    book.cell("Inovasi", `${STAGE}3`).fill = { color: "#00B050", pattern: "Solid" };
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.fill("Inovasi", `${STAGE}3`).color).toBe(SEVERITY_FILL.error);
    // The user picks the other sheet in the pane: it is checked and marked.
    checked(await checkWorkbook(deps(book), { lang: "id", write: true, sheet: "Inovasi Kecamatan" }));
    expect(book.fill("Inovasi Kecamatan", `${STAGE}3`).color).toBe(SEVERITY_FILL.error);
    // The pane clears the sheet it checked last (and Pemda); the first sheet's marks go too.
    expect(await clearWorkbookMarks(deps(book), ["Inovasi Kecamatan", SHEETS.region])).toMatchObject({ cleared: true });
    expect(book.fill("Inovasi Kecamatan", `${STAGE}3`).pattern).toBe("None");
    expect(book.fill("Inovasi", `${STAGE}3`)).toEqual({ color: "#00B050", pattern: "Solid" });
    expect([...book.sheet("Inovasi").notes.values()].filter((n) => n.startsWith(NOTE_PREFIX))).toEqual([]);
    expect(book.settings.has(SNAPSHOT_SETTING)).toBe(false);
  });

  it("clearing a protected sheet writes nothing", async () => {
    const book = smallBook();
    await checkWorkbook(deps(book), { lang: "id", write: true });
    book.sheet("Inovasi").protected = true;
    const before = book.writes.length;
    expect(await clearWorkbookMarks(deps(book), ["Inovasi"])).toEqual({ cleared: false, protectedSheets: ["Inovasi"] });
    expect(book.writes.length).toBe(before);
  });
});

describe("the Pemda sheet", () => {
  function withRegion(level: unknown) {
    const book = smallBook();
    const rows: unknown[][] = [[], [REGION_LAYOUT.nameLabel, "Kota Contoh"], [], [...REGION_LAYOUT.headers]];
    for (const spec of regionRows(getFramework())) rows.push([spec.number, spec.name, spec.key === "1" ? level : spec.list[1], "", "bukti.pdf"]);
    book.addSheet(SHEETS.region, rows);
    return book;
  }

  it("region findings are marked on the Pemda sheet and cleared from it with the rest", async () => {
    const book = withRegion("9");
    book.cell(SHEETS.region, "C5").fill = { color: "#D9D9D9", pattern: "Solid" };
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    const finding = result.report.findings.find((f) => f.location?.cell === `${SHEETS.region}!C5`);
    expect(finding?.severity).toBeDefined();
    expect(book.fill(SHEETS.region, "C5").color).toBe(SEVERITY_FILL[finding!.severity]);
    expect(await clearWorkbookMarks(deps(book), ["Inovasi", SHEETS.region])).toMatchObject({ cleared: true });
    expect(book.fill(SHEETS.region, "C5")).toEqual({ color: "#D9D9D9", pattern: "Solid" });
  });

  it("a fixed Pemda cell loses its mark on the next check", async () => {
    const book = withRegion("9");
    await checkWorkbook(deps(book), { lang: "id", write: true });
    book.cell(SHEETS.region, "C5").value = regionRows(getFramework())[0]!.list[1];
    await checkWorkbook(deps(book), { lang: "id", write: true });
    expect(book.fill(SHEETS.region, "C5").pattern).toBe("None");
  });
});

describe("live mode", () => {
  const summaryOf = (o: CheckOutcome) => {
    const c = checked(o);
    return { iid: c.report.iid, cells: c.report.findings.map((f) => `${f.code}@${f.location?.cell ?? ""}`).sort() };
  };

  it("an edit re-reads only the edited rows (one round trip, then the two writes) and matches a full check", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 5000);
    const first = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    book.cell("Inovasi", `${STAGE}2500`).value = "Tahap Aneh";
    book.syncs = 0;
    const live = await recheckEditedRows(deps(book), first, { sheet: "Inovasi", address: `${STAGE}2500`, changeType: "RangeEdited" }, { lang: "id", write: true });
    expect(book.syncs).toBe(3);
    expect(checked(live).report.findings.some((f) => f.location?.cell === `Inovasi!${STAGE}2500`)).toBe(true);
    expect(book.fill("Inovasi", `${STAGE}2500`).color).toBe(SEVERITY_FILL.error);
    expect(summaryOf(live)).toEqual(summaryOf(await checkWorkbook(deps(book), { lang: "id", write: false })));
  }, 60_000);

  it("a new row typed below the table is picked up; inserted rows and other sheets get a full check", async () => {
    const book = smallBook();
    const first = checked(await checkWorkbook(deps(book), { lang: "id", write: true }));
    innovationRow(4).forEach((value, c) => (book.cell("Inovasi", `${columnLetter(c + 1)}5`).value = value));
    const grown = checked(await recheckEditedRows(deps(book), first, { sheet: "Inovasi", address: `A5:${columnLetter(headers.length)}5`, changeType: "RangeEdited" }, { lang: "id", write: true }));
    expect(grown.report.score.reported).toBe(4);
    // Our two columns were found again by header: no third column.
    expect(book.value("Inovasi", `${columnLetter(headers.length + 2)}5`)).toBe("Dinilai");
    expect(book.value("Inovasi", `${columnLetter(headers.length + 3)}1`)).toBeUndefined();
    book.syncs = 0;
    await recheckEditedRows(deps(book), grown, { sheet: "Inovasi", address: "3:3", changeType: "RowInserted" }, { lang: "id", write: false });
    expect(book.syncs).toBeGreaterThanOrEqual(2);
    book.syncs = 0;
    await recheckEditedRows(deps(book), grown, { sheet: "Lain", address: "A1", changeType: "RangeEdited" }, { lang: "id", write: false });
    expect(book.syncs).toBe(2);
  });

  it("edited-row addresses: single cells, ranges and whole rows; several areas fall back to a full check", () => {
    expect(editedRows("C12")).toEqual({ from: 12, to: 12 });
    expect(editedRows("$B$3:$D$9")).toEqual({ from: 3, to: 9 });
    expect(editedRows("5:7")).toEqual({ from: 5, to: 7 });
    expect(editedRows("A1,B5")).toBeUndefined();
    expect(editedRows("C:C")).toBeUndefined();
  });
});

describe("drop-downs, template and navigation", () => {
  it("'Pasang daftar pilihan' clears old rules first and puts lists on enumerated and parameter columns", async () => {
    const book = smallBook();
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    book.cell("Inovasi", `${STAGE}2`).validation = "old,rule";
    const outcome = await installWorkbookDropdowns(deps(book), result);
    expect(outcome).toMatchObject({ written: true });
    expect(book.cell("Inovasi", `${STAGE}2`).validation).toBe("Inisiatif,Uji Coba,Penerapan");
    // Affairs contain commas, so their list lives in the hidden lists sheet.
    expect(book.cell("Inovasi", `${letter("mainAffair")}2`).validation).toMatch(new RegExp(`^='${LISTS_SHEET}'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+$`));
    expect(book.sheet(LISTS_SHEET).visibility).toBe("Hidden");
    expect(book.cell("Inovasi", `${letter("ind:16:level")}500`).validation).toBeDefined();
    expect(book.cell("Inovasi", `${letter("name")}2`).validation).toBeUndefined();
  });

  it("'Sisipkan templat' adds the missing template sheets and leaves existing ones alone", async () => {
    const book = new FakeWorkbook();
    book.addSheet(SHEETS.region, [["punya pengguna"]]);
    const outcome = await insertTemplate(deps(book), "id");
    expect(outcome.added).toEqual([SHEETS.instructions, SHEETS.innovations]);
    expect(outcome.skipped).toEqual([SHEETS.region]);
    expect(book.value(SHEETS.region, "A1")).toBe("punya pengguna");
    expect(book.value(SHEETS.innovations, "A1")).toBe(headers[0]);
    // The inserted sheet is recognised by the check.
    expect(checked(await checkWorkbook(deps(book), { lang: "id", write: false })).sheet).toBe(SHEETS.innovations);
  });

  it("clicking a finding selects its cell, finding the innovation again after rows were inserted above", async () => {
    const book = smallBook();
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    const item = findingItems(result.report, "id").find((i) => i.target?.address === `${STAGE}3`)!;
    expect(await goToFinding(deps(book), result, item)).toBe("selected");
    expect(book.selection).toEqual({ sheet: "Inovasi", address: `${STAGE}3` });
    expect(book.activeSheet).toBe("Inovasi");
    expect(book.runs.at(-1)).toEqual({ delayForCellEdit: true });

    // Two rows inserted above "Inovasi 2": it now lives on row 5.
    const sheet = book.sheet("Inovasi");
    const moved = new Map<string, (typeof sheet.cells extends Map<string, infer V> ? V : never)>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      moved.set(`${r >= 2 ? r + 2 : r},${c}`, cell);
    }
    sheet.cells = moved;
    expect(await goToFinding(deps(book), result, item)).toBe("selected");
    expect(book.selection).toEqual({ sheet: "Inovasi", address: `${STAGE}5` });
  });

  it("clicking a finding on a sheet with a stray value near row 1,000,000 reads the name column only as far as the check read", async () => {
    const book = smallBook();
    book.cell("Inovasi", "A1000000").value = "x";
    // Excel on the web refuses a response of a million cells.
    book.payloadCellLimit = 200_000;
    const result = checked(await checkWorkbook(deps(book), { lang: "id", write: false }));
    expect(result.truncated).toBe(true);
    const item = findingItems(result.report, "id").find((i) => i.target?.address === `${STAGE}3`)!;
    expect(await goToFinding(deps(book), result, item)).toBe("selected");
    expect(book.selection).toEqual({ sheet: "Inovasi", address: `${STAGE}3` });
  }, 60_000);
});
