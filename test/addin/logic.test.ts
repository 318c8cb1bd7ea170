// The add-in's pure decisions, without Excel: which cells get which colour, what a cleared
// cell goes back to, how findings are grouped and shown, where drop-down lists come from.
import { describe, expect, it } from "vitest";
import { getFramework, recogniseInnovationHeader, type Report } from "../../core/index.ts";
import { LISTS_SHEET, planDropdowns } from "../../addin/logic/dropdowns.ts";
import { isOwnNote, marksByCell, noteText, NOTE_PREFIX, parseSnapshotStore, planClear, planMarks, SEVERITY_FILL } from "../../addin/logic/marks.ts";
import { chooseSheets } from "../../addin/logic/sheets.ts";
import { summaryTarget } from "../../addin/logic/summary.ts";
import { templateSheets } from "../../addin/logic/template.ts";
import { uiAddin } from "../../core/messages/ui-addin.ts";
import { cellAddress, findingItems, findingLine, groupFindings, resolveRow, withRow } from "../../addin/logic/view.ts";
import { headers } from "./workbooks.ts";

const framework = getFramework();
const none = { color: "#FFFFFF", pattern: "None" };
const green = { color: "#00B050", pattern: "Solid" };
const ours = (severity: keyof typeof SEVERITY_FILL) => ({ color: SEVERITY_FILL[severity], pattern: "Solid" });

describe("marks", () => {
  it("one mark per cell: the worst severity colours it and every message goes into the note", () => {
    const marks = marksByCell([
      { address: "C3", severity: "warning", message: "a" },
      { address: "C3", severity: "error", message: "b" },
      { address: "C3", severity: "info", message: "a" },
      { address: "D4", severity: "info", message: "c" },
    ]);
    expect(marks).toEqual([
      { address: "C3", severity: "error", messages: ["a", "b"] },
      { address: "D4", severity: "info", messages: ["c"] },
    ]);
    expect(noteText(marks[0]!)).toBe(`${NOTE_PREFIX}a\nb`);
    expect(isOwnNote(noteText(marks[0]!))).toBe(true);
    expect(isOwnNote("Catatan: [IID Check] bukan di awal")).toBe(false);
  });

  it("the first paint snapshots the user's fill; later paints keep that first snapshot", () => {
    const mark = { address: "C3", severity: "error" as const, messages: ["x"] };
    const first = planMarks([mark], {}, new Map([["C3", green]]));
    expect(first.snapshot).toEqual({ C3: green });
    expect(first.paint).toEqual([{ address: "C3", color: SEVERITY_FILL.error }]);
    const second = planMarks([mark], first.snapshot, new Map([["C3", ours("error")]]));
    expect(second.snapshot).toEqual({ C3: green });
    expect(second.restore).toEqual([]);
  });

  it("a cell no longer marked is restored, unless the user repainted it meanwhile", () => {
    const previous = { C3: green, D4: none };
    const plan = planMarks([], previous, new Map([["C3", ours("warning")], ["D4", { color: "#0070C0", pattern: "Solid" }]]));
    expect(plan.restore).toEqual([{ address: "C3", fill: green }]);
    expect(plan.snapshot).toEqual({});
    expect(planClear(previous, new Map([["C3", ours("info")], ["D4", ours("error")]]))).toEqual([
      { address: "C3", fill: green },
      { address: "D4", fill: none },
    ]);
  });

  it("a damaged snapshot setting reads as empty instead of failing the check", () => {
    expect(parseSnapshotStore("{not json")).toEqual({});
    expect(parseSnapshotStore(undefined)).toEqual({});
    expect(parseSnapshotStore(JSON.stringify({ Inovasi: { C3: green } }))).toEqual({ Inovasi: { C3: green } });
  });
});

describe("findings in the pane", () => {
  const report = {
    innovations: [{ name: "Inovasi Satu" }],
    findings: [
      { code: "x", severity: "warning", path: ["innovations", 0, "stage"], params: {}, message: "Tahapan kosong.", why: "Karena wajib.", fix: "Isi tahapan.", location: { sheet: "Data Inovasi", row: 5, column: "C", cell: "'Data Inovasi'!C5", label: "Tahapan Inovasi" } },
      { code: "y", severity: "error", path: ["region"], params: {}, message: "Data pemda tidak ada." },
      { code: "z", severity: "error", path: ["innovations"], params: {}, message: "Yandas kurang.", location: { sheet: "Data Inovasi" } },
    ],
  } as unknown as Report;

  it("each finding reads 'Sheet!Cell · column · message' and knows which cell to select", () => {
    const items = findingItems(report, "id");
    expect(findingLine(items[0]!)).toBe("'Data Inovasi'!C5 · Tahapan Inovasi · Tahapan kosong.");
    expect(items[0]!.target).toEqual({ sheet: "Data Inovasi", address: "C5", row: 5, innovation: 0, name: "Inovasi Satu" });
    expect(findingLine(items[1]!)).toBe("Buku kerja · Data pemda tidak ada.");
    expect(items[1]!.target).toBeUndefined();
    expect(findingLine(items[2]!)).toBe("Data Inovasi · Yandas kurang.");
    expect(findingLine(findingItems(report, "en")[1]!)).toBe("Workbook · Data pemda tidak ada.");
  });

  it("groups by severity, errors first, with counts, and leaves out empty groups", () => {
    const groups = groupFindings(findingItems(report, "id"), "id");
    expect(groups.map((g) => [g.label, g.count])).toEqual([["Kesalahan", 2], ["Peringatan", 1]]);
    expect(groupFindings(findingItems(report, "en"), "en")[0]!.label).toBe("Error");
  });

  it("a row is found again by the innovation's name, nearest to where it was", () => {
    const names = ["A", "Inovasi Satu", "B", "B", "Inovasi Satu"];
    expect(resolveRow(names, 2, { row: 7, name: "Inovasi Satu" })).toBe(6);
    expect(resolveRow(names, 2, { row: 3, name: "Inovasi Satu" })).toBe(3);
    expect(resolveRow(names, 2, { row: 3, name: "Dihapus" })).toBeUndefined();
    expect(resolveRow(names, 2, { row: 9 })).toBe(9);
    expect(withRow("AB12", 40)).toBe("AB40");
    expect(cellAddress("'Data Inovasi'!C5")).toBe("C5");
  });
});

describe("sheets, drop-downs and template", () => {
  const rows = (sheet: string, data: unknown[][]) => ({ rows: { sheet, rows: data as string[][], firstRow: 1 } });

  it("prefers the user's pick, then the template's Inovasi sheet, then the first match; hidden sheets are not candidates", () => {
    const listing = [{ name: "Lama", visible: true }, { name: "Inovasi", visible: true }, { name: "Arsip", visible: false }, { name: "Catatan", visible: true }];
    const heads = new Map([
      ["Lama", rows("Lama", [headers])],
      ["Inovasi", rows("Inovasi", [headers])],
      ["Arsip", rows("Arsip", [headers])],
      ["Catatan", rows("Catatan", [["Tanggal", "Isi"]])],
    ]);
    expect(chooseSheets(listing, heads, framework)).toEqual({ innovations: "Inovasi", candidates: ["Lama", "Inovasi"] });
    expect(chooseSheets(listing, heads, framework, "Lama").innovations).toBe("Lama");
    expect(chooseSheets(listing.slice(2), heads, framework)).toEqual({ candidates: [] });
  });

  it("short lists go inline; lists with commas (affairs) point at the hidden lists sheet", () => {
    const header = recogniseInnovationHeader([headers], framework)!;
    const plan = planDropdowns(header, framework);
    const stage = header.columns.find((c) => c.target.kind === "profile" && c.target.key === "stage")!;
    const affair = header.columns.find((c) => c.target.kind === "profile" && c.target.key === "mainAffair")!;
    expect(plan.rules.find((r) => r.column === stage.index)?.source).toBe("Inisiatif,Uji Coba,Penerapan");
    const affairRule = plan.rules.find((r) => r.column === affair.index)!;
    expect(affairRule.source).toMatch(new RegExp(`^='${LISTS_SHEET}'!\\$A\\$2:\\$A\\$\\d+$`));
    expect(plan.lists[0]).toContain("Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat");
    for (const rule of plan.rules) if (!rule.source.startsWith("=")) expect(rule.source.length).toBeLessThanOrEqual(255);
  });

  it("the template's Inovasi sheet is recognised by the same header recognition as the check uses", () => {
    const sheets = templateSheets(framework, "id");
    const inovasi = sheets.find((s) => s.name === "Inovasi")!;
    const match = recogniseInnovationHeader(inovasi.rows, framework)!;
    expect(match.own.map((o) => o.header)).toEqual(["Skor (IID Check)", "Status (IID Check)"]);
    expect(match.extra).toEqual([]);
    expect(templateSheets(framework, "en")[0]!.rows[0]).toEqual(["How to fill in"]);
  });

  it("the English instructions name the pane's buttons as the English pane shows them", () => {
    const english = templateSheets(framework, "en")[0]!.rows.flat().join("\n");
    const indonesian = templateSheets(framework, "id")[0]!.rows.flat().join("\n");
    expect(english).toContain(`Click ${uiAddin("en").check}`);
    expect(indonesian).toContain(`Klik ${uiAddin("id").check}`);
  });

  it("the summary goes to Ringkasan unless a user's own sheet has that name", () => {
    const names = new Set(["Ringkasan"]);
    const head = (a1: string, lastRow = 3) => new Map([["Ringkasan", { lastRow, rows: { rows: [[a1]] } }]]);
    expect(summaryTarget(head("Ringkasan (IID Check)"), names)).toEqual({ sheet: "Ringkasan", exists: true });
    expect(summaryTarget(head("", 0), names)).toEqual({ sheet: "Ringkasan", exists: true });
    expect(summaryTarget(head("Notulen rapat"), names)).toEqual({ sheet: "Ringkasan (IID Check)", exists: false });
    expect(summaryTarget(new Map(), new Set())).toEqual({ sheet: "Ringkasan", exists: false });
  });
});
