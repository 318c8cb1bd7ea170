// `iid-check annotate`: a marked copy a reviewer can hand back to the agency. The input is
// never touched, user columns are never written, and a second run reuses its own columns.
import { symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CellValue } from "exceljs";
import { describe, expect, it } from "vitest";
import { getFramework, OWN_COLUMNS, SHEETS, uiStrings } from "../../core/index.ts";
import { AnnotateError, annotateWorkbook, NOTE_PREFIX, SEVERITY_FILLS } from "../../cli/xlsx/annotate.ts";
import { checkFile } from "../../cli/commands/check.ts";
import { design, fillColour, loadWorkbook, noteText, sha256, tempDir, TODAY, writeSheets } from "./support.ts";

const framework = getFramework();
const newDir = tempDir();

const HEADER = ["No", "Nama Inovasi", "Klasifikasi", "Tahapan Inovasi", "Inisiator", "Nama Inisiator", "Jenis Inovasi", "Bentuk Inovasi", "Urusan Utama", "Tgl Uji Coba", "Tgl Penerapan", "Rancang Bangun", "Tujuan", "Manfaat", "Hasil", "Parameter 16", "Bukti Dukung 16", "Parameter 17", "Bukti Dukung 17", "Parameter 32", "Bukti Dukung 32", "Dasar 33", "Parameter 33", "Bukti Dukung 33", "Parameter 35", "Bukti Dukung 35", "Catatan OPD"];
const good = (name: string): CellValue[] => [1, name, "Inovasi Perangkat Daerah", "Penerapan", "OPD", "Tim", "Digital", "Inovasi Pelayanan Publik", "Kesehatan", "01/06/2024", "15/09/2024", design(330), "tujuan", "manfaat", "hasil", 2, "perkada.pdf", 2, "sk-tim.pdf", 2, "laporan.pdf", "a", 3, "penerima.pdf", 3, "https://youtu.be/abc", "catatan kami"];
// Columns: A-O profile, P/Q indicator 16, R-Z indicators 17-35, AA the user's own notes; ours follow.

/** Row 3: clean. Row 4: a 120-word design and trial after implementation. Row 5: level 16 without evidence, 35 empty. */
async function agencyWorkbook(): Promise<string> {
  const path = join(await newDir(), "dinkes.xlsx");
  const short = good("Pendek");
  short[11] = design(120);
  short[9] = "01/12/2024";
  const noEvidence = good("Tanpa Bukti");
  noEvidence[16] = null;
  // Indicator 35 (mandatory) left unanswered.
  noEvidence[24] = null;
  noEvidence[25] = null;
  await writeSheets(path, [
    { name: "Inovasi", rows: [["DAFTAR INOVASI DINAS KESEHATAN"], HEADER, good("Sehat Bersama"), short, noEvidence] },
  ]);
  return path;
}

describe("annotating a copy of a workbook", () => {
  it("never modifies the input, and writes the output atomically", async () => {
    const input = await agencyWorkbook();
    const before = await sha256(input);
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    expect(await sha256(input)).toBe(before);
    expect(await sha256(out)).not.toBe(before);
  });

  it("refuses an existing output unless forced, and refuses to write over its input (also through a link)", async () => {
    const input = await agencyWorkbook();
    const dir = await newDir();
    const out = join(dir, "hasil.xlsx");
    await writeFile(out, "sudah ada");
    await expect(annotateWorkbook(input, out, { today: TODAY })).rejects.toMatchObject({ code: "exists" });
    await annotateWorkbook(input, out, { today: TODAY, force: true });
    expect(await sha256(out)).not.toBe(await sha256(input));

    const before = await sha256(input);
    await expect(annotateWorkbook(input, input, { force: true })).rejects.toBeInstanceOf(AnnotateError);
    await expect(annotateWorkbook(input, input, { force: true })).rejects.toMatchObject({ code: "same-file" });
    const link = join(dir, "tautan.xlsx");
    await symlink(input, link);
    await expect(annotateWorkbook(input, link, { force: true })).rejects.toMatchObject({ code: "same-file" });
    expect(await sha256(input)).toBe(before);
  });

  it("fills and notes the offending cells, one colour per severity, and leaves clean cells alone", async () => {
    const input = await agencyWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY, lang: "id" });
    const sheet = (await loadWorkbook(out)).getWorksheet("Inovasi")!;
    // Row 4: the design (column L) is too short (error); the trial date (column J) is after implementation (warning).
    expect(fillColour(sheet.getCell("L4"))).toBe(SEVERITY_FILLS.error);
    expect(noteText(sheet.getCell("L4"))).toMatch(/^\[IID Check\] Rancang bangun baru 120 kata/);
    expect(fillColour(sheet.getCell("J4"))).toBe(SEVERITY_FILLS.warning);
    expect(noteText(sheet.getCell("J4"))).toContain(NOTE_PREFIX);
    // Row 5: indicator 16 has a level but no evidence: the evidence cell (column Q) is marked as an error.
    expect(fillColour(sheet.getCell("Q5"))).toBe(SEVERITY_FILLS.error);
    expect(noteText(sheet.getCell("Q5"))).toContain("16");
    // The clean innovation keeps every cell unmarked.
    for (let column = 1; column <= HEADER.length; column++) {
      const cell = sheet.getCell(3, column);
      expect(fillColour(cell), cell.address).toBeUndefined();
      expect(noteText(cell), cell.address).toBe("");
    }
  });

  it("marks only the offending cells of a template, whose cells share their column's style", async () => {
    // In the template every cell of a column has one style (date format, wrapped text), and exceljs
    // hands all of them the same style object: a fill must reach the marked cell alone.
    const input = new URL("../../examples/kota-contoh.xlsx", import.meta.url).pathname;
    const out = join(await newDir(), "hasil.xlsx");
    const { markedCells } = await annotateWorkbook(input, out, { today: TODAY });
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(out)];
    const ownStart = (after.getWorksheet("Inovasi")!.getRow(1).values as unknown[]).indexOf(OWN_COLUMNS.score);
    let filled = 0;
    for (const sheet of after.worksheets) {
      if (sheet.name === SHEETS.summary || sheet.name === SHEETS.matrix) continue;
      sheet.eachRow({ includeEmpty: true }, (row) =>
        // Empty cells too: a missing answer is marked on its empty cell.
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          if (sheet.name === "Inovasi" && column >= ownStart) return;
          if (fillColour(cell) === fillColour(before.getWorksheet(sheet.name)!.getCell(cell.address))) return;
          filled++;
          expect(noteText(cell), `${sheet.name}!${cell.address}`).toContain(NOTE_PREFIX);
        }),
      );
    }
    expect(markedCells).toBeGreaterThan(0);
    expect(filled).toBe(markedCells);
  });

  it("writes notes in English with --lang en", async () => {
    const input = await agencyWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY, lang: "en" });
    const sheet = (await loadWorkbook(out)).getWorksheet("Inovasi")!;
    expect(noteText(sheet.getCell("L4"))).toMatch(/^\[IID Check\] .*120 words/);
  });

  it("adds score and status columns right of the user's columns, and reuses them on a second run", async () => {
    const input = await agencyWorkbook();
    const dir = await newDir();
    const first = join(dir, "satu.xlsx");
    const second = join(dir, "dua.xlsx");
    await annotateWorkbook(input, first, { today: TODAY });
    await annotateWorkbook(first, second, { today: TODAY });
    for (const path of [first, second]) {
      const sheet = (await loadWorkbook(path)).getWorksheet("Inovasi")!;
      const header = sheet.getRow(2).values as unknown[];
      // User column AA ("Catatan OPD") is untouched; ours follow it, once each.
      expect(header.slice(1)).toEqual([...HEADER, OWN_COLUMNS.score, OWN_COLUMNS.status]);
      expect(sheet.getCell("AA3").value).toBe("catatan kami");
      // 16: 3×2 + 17: 2×2 + 32: 2×2 + 33: 3×3 + 35: 4×3.
      expect(sheet.getCell("AB3").value).toBe(35);
      expect(sheet.getCell("AC3").value).toBe(uiStrings("id").assessedYes);
      expect(String(sheet.getCell("AC4").value)).toMatch(/tidak dinilai/);
      // Without evidence for 16 and with 35 empty: 17 + 32 + 33 only.
      expect(sheet.getCell("AB5").value).toBe(17);
      expect(String(sheet.getCell("AC5").value)).toMatch(/tidak dinilai/);
    }
    // The second run replaces its own notes instead of stacking them.
    const sheet = (await loadWorkbook(second)).getWorksheet("Inovasi")!;
    expect(noteText(sheet.getCell("L4")).split(NOTE_PREFIX.trim()).length - 1).toBe(1);
  });

  it("keeps a note the user wrote and adds ours below it", async () => {
    const dir = await newDir();
    const input = join(dir, "catatan.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRow(HEADER);
    const row = good("Pendek");
    row[11] = design(50);
    sheet.addRow(row);
    sheet.getCell("L2").note = "Dilengkapi minggu depan";
    await workbook.xlsx.writeFile(input);
    const out = join(dir, "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    const note = noteText((await loadWorkbook(out)).getWorksheet("Inovasi")!.getCell("L2"));
    expect(note).toMatch(/^Dilengkapi minggu depan\n\n\[IID Check\] Rancang bangun/);
  });

  it("fills the Ringkasan sheet with the IID, predikat, components and ranked advice", async () => {
    const input = await agencyWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    const { report } = await annotateWorkbook(input, out, { today: TODAY });
    const sheet = (await loadWorkbook(out)).getWorksheet(SHEETS.summary)!;
    const ui = uiStrings("id");
    const byLabel = new Map<string, unknown>();
    sheet.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get(ui.iid)).toBe(report.iid);
    expect(byLabel.get(ui.predikat)).toBe(report.category);
    expect(byLabel.get(ui.region)).toBe(report.score.region);
    expect(byLabel.get(ui.innovations)).toBe(report.score.innovations);
    expect(byLabel.get(ui.total)).toBe(report.score.total);
    // The gap is text: written with Indonesian's decimal comma, as every other report shows it.
    expect(report.next).not.toBeNull();
    expect(byLabel.get(ui.gapToNext)).toBe(`${report.next!.label}: ${report.next!.gap.toFixed(2).replace(".", ",")}`);
    expect(report.advice.length).toBeGreaterThan(0);
    expect(byLabel.get("1")).toBe(report.advice[0]!.message);
    // Region-wide findings have no cell; they are listed here instead.
    const texts = [...byLabel.values()].map(String);
    expect(texts.some((t) => t.includes("urusan wajib pelayanan dasar"))).toBe(true);
  });

  it("counts findings on Ringkasan as `check` counts them, the workbook's own (an extra column) included", async () => {
    const input = await agencyWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    const checked = await checkFile({ path: input, kind: "xlsx" }, { lang: "id", today: TODAY });
    if (!("report" in checked)) throw new Error("the workbook should be readable");
    // The "Catatan OPD" column is a workbook-level finding, outside the core check.
    expect(checked.report.findings.some((f) => f.code === "columns-extra")).toBe(true);
    const { report, findings } = await annotateWorkbook(input, out, { today: TODAY });
    expect(report.counts).toEqual(checked.report.counts);
    expect(findings.map((f) => f.code)).toEqual(checked.report.findings.map((f) => f.code));
    const ui = uiStrings("id");
    const sheet = (await loadWorkbook(out)).getWorksheet(SHEETS.summary)!;
    let counted: unknown;
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith(`${ui.findings}:`)) counted = row.getCell(2).value;
    });
    const { error, warning, info } = checked.report.counts;
    expect(counted).toBe(`${error} / ${warning} / ${info}`);
  });

  it("a duplicated name names the cell of its first use, in check's report and in the copy's note", async () => {
    const dir = await newDir();
    const input = join(dir, "kembar.xlsx");
    // Title on row 1, header on row 2: the first "Sehat Bersama" is innovation 1 on row 3.
    await writeSheets(input, [{ name: "Inovasi", rows: [["DAFTAR INOVASI"], HEADER, good("Sehat Bersama"), good("Lain"), good("sehat  bersama")] }]);
    const checked = await checkFile({ path: input, kind: "xlsx" }, { lang: "en", today: TODAY });
    if (!("report" in checked)) throw new Error("the workbook should be readable");
    const duplicate = checked.report.findings.find((f) => f.code === "duplicate-innovation-name")!;
    expect(duplicate.location?.cell).toBe("Inovasi!B5");
    expect(duplicate.message).toContain("innovation 1 (Inovasi!B3)");
    const out = join(dir, "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    expect(noteText((await loadWorkbook(out)).getWorksheet("Inovasi")!.getCell("B5"))).toContain("inovasi ke-1 (Inovasi!B3)");
  });

  it("adds a Matriks sheet: innovations × indicators 16-35, mandatory columns marked", async () => {
    const input = await agencyWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    const sheet = (await loadWorkbook(out)).getWorksheet(SHEETS.matrix)!;
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(["No", "Inovasi"]);
    expect(header.slice(2)).toEqual(framework.sid.map((d) => (d.mandatory ? `${d.key}*` : d.key)));
    const names = [5, 6, 7].map((r) => sheet.getCell(r, 2).value);
    expect(names).toEqual(["Sehat Bersama", "Pendek", "Tanpa Bukti"]);
    // Indicator 16 is column C: answered with evidence, with evidence, without evidence.
    expect([5, 6, 7].map((r) => sheet.getCell(r, 3).value)).toEqual(["✓", "✓", "!"]);
    // Indicator 18 (optional, column E) was never answered: blank, no colour.
    expect(sheet.getCell(5, 5).value).toBeNull();
    expect(fillColour(sheet.getCell(5, 5))).toBeUndefined();
    // Indicator 35 (mandatory, last column) is empty for "Tanpa Bukti": blank and marked red.
    const video = 3 + framework.sid.findIndex((d) => d.key === "35");
    expect(sheet.getCell(7, video).value).toBeNull();
    expect(fillColour(sheet.getCell(7, video))).toBe(SEVERITY_FILLS.error);
    expect(sheet.getCell(5, video).value).toBe("✓");
  });

  it("keeps the template's drop-downs on every row of the copy", async () => {
    const input = new URL("../../examples/kota-contoh.xlsx", import.meta.url).pathname;
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    const [before, after] = [(await loadWorkbook(input)).getWorksheet("Inovasi")!, (await loadWorkbook(out)).getWorksheet("Inovasi")!];
    let checked = 0;
    for (let column = 1; column <= 60; column++) {
      for (const row of [2, 500, 1001, 1002]) {
        const expected = before.getCell(row, column).dataValidation;
        expect(after.getCell(row, column).dataValidation, `${column}:${row}`).toEqual(expected);
        if (expected) checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("reuses the template's own Ringkasan sheet but never clears a user's sheet of that name", async () => {
    const dir = await newDir();
    const input = join(dir, "ringkasan-pengguna.xlsx");
    await writeSheets(input, [
      { name: "Inovasi", rows: [HEADER, good("Sehat Bersama")] },
      { name: "Ringkasan", rows: [["Rekap anggaran OPD"], ["Total", 125_000_000]] },
    ]);
    const out = join(dir, "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    const workbook = await loadWorkbook(out);
    expect(workbook.getWorksheet("Ringkasan")!.getCell("B2").value).toBe(125_000_000);
    expect(String(workbook.getWorksheet("Ringkasan (IID Check)")!.getCell("A1").value)).toContain("IID Check");
  });
});
