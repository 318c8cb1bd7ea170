// `iid-check annotate` on merged cells: a finding on a cell hidden inside a merged range is
// marked on the range's top-left cell (the one Excel and LibreOffice show), with every finding
// of the range in its one note; the reports keep the cell the reader attributed each finding to.
import { join } from "node:path";
import type { CellValue } from "exceljs";
import { describe, expect, it } from "vitest";
import { annotateWorkbook, NOTE_PREFIX, SEVERITY_FILLS } from "../../cli/xlsx/annotate.ts";
import { design, fillColour, loadWorkbook, noteText, tempDir, TODAY, writeSheets } from "../workbook/support.ts";

const newDir = tempDir();

const HEADER = ["No", "Nama Inovasi", "Klasifikasi", "Tahapan Inovasi", "Inisiator", "Nama Inisiator", "Jenis Inovasi", "Bentuk Inovasi", "Urusan Utama", "Tgl Uji Coba", "Tgl Penerapan", "Rancang Bangun", "Tujuan", "Manfaat", "Hasil", "Parameter 16", "Bukti Dukung 16", "Parameter 17", "Bukti Dukung 17", "Parameter 32", "Bukti Dukung 32", "Dasar 33", "Parameter 33", "Bukti Dukung 33", "Parameter 35", "Bukti Dukung 35", "Catatan OPD"];
const good = (no: number, name: string): CellValue[] => [no, name, "Inovasi Perangkat Daerah", "Penerapan", "OPD", "Tim", "Digital", "Inovasi Pelayanan Publik", "Kesehatan", "01/06/2024", "15/09/2024", design(330), "tujuan", "manfaat", "hasil", 2, "perkada.pdf", 2, "sk-tim.pdf", 2, "laporan.pdf", "a", 3, "penerima.pdf", 3, "https://youtu.be/abc", "catatan kami"];

/**
 * Row 1 a title merged across (A1:AA1), row 2 the header. Rows 3-4: two innovations sharing one
 * 120-word design merged down (L3:L4), so both have a too-short design, one of them on the hidden
 * L4. Row 5: indicator 16's level and evidence cells merged across (P5:Q5), so the missing
 * evidence is found on the hidden Q5. Row 6: clean.
 */
async function mergedWorkbook(): Promise<string> {
  const path = join(await newDir(), "merged.xlsx");
  const first = good(1, "Berbagi Rancangan A");
  first[11] = design(120);
  const second = good(2, "Berbagi Rancangan B");
  second[11] = null;
  const acrossEvidence = good(3, "Bukti Tergabung");
  acrossEvidence[16] = null;
  await writeSheets(path, [
    {
      name: "Inovasi",
      rows: [["DAFTAR INOVASI DINAS KESEHATAN"], HEADER, first, second, acrossEvidence, good(4, "Bersih")],
      merges: ["A1:AA1", "L3:L4", "P5:Q5"],
    },
  ]);
  return path;
}

describe("annotate: findings on merged cells", () => {
  it("marks the merged range's top-left cell, keeping every finding of the range in its one note", async () => {
    const input = await mergedWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    const done = await annotateWorkbook(input, out, { today: TODAY, lang: "id" });
    const sheet = (await loadWorkbook(out)).getWorksheet("Inovasi")!;

    // The reports keep the reader's cells: the second innovation's design is L4, the evidence Q5.
    const cells = (code: string) => done.findings.filter((f) => f.code === code).map((f) => f.location?.cell);
    expect(cells("design-too-short")).toEqual(["Inovasi!L3", "Inovasi!L4"]);
    expect(done.findings.some((f) => f.location?.cell === "Inovasi!Q5" && f.severity === "error")).toBe(true);

    // Both design findings in the note of L3, the visible cell; the hidden cell's line names it.
    const design = sheet.getCell("L3");
    expect(fillColour(design)).toBe(SEVERITY_FILLS.error);
    const lines = noteText(design).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[IID Check\] Rancang bangun baru 120 kata/);
    expect(lines[1]).toMatch(/^\[IID Check\] L4: Rancang bangun baru 120 kata/);
    expect(noteText(sheet.getCell("L4"))).toBe("");
    expect(fillColour(sheet.getCell("L4"))).not.toBe(SEVERITY_FILLS.error);

    // The evidence missing in Q5 is marked on P5, where the merged P5:Q5 shows.
    const level = sheet.getCell("P5");
    expect(fillColour(level)).toBe(SEVERITY_FILLS.error);
    expect(noteText(level)).toContain(`${NOTE_PREFIX}Q5: `);
    expect(noteText(level)).toContain("16");
    expect(noteText(sheet.getCell("Q5"))).toBe("");

    // One marked cell per merged range.
    const marked: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => noteText(cell).includes(NOTE_PREFIX) && marked.push(cell.address)));
    expect(marked).toContain("L3");
    expect(marked).toContain("P5");
    expect(marked).not.toContain("L4");
    expect(marked).not.toContain("Q5");
    expect(done.markedCells).toBe(marked.length);
  });

  it("changes no value and no merge of the input's cells", async () => {
    const input = await mergedWorkbook();
    const out = join(await newDir(), "hasil.xlsx");
    await annotateWorkbook(input, out, { today: TODAY });
    const before = (await loadWorkbook(input)).getWorksheet("Inovasi")!;
    const after = (await loadWorkbook(out)).getWorksheet("Inovasi")!;
    expect([...after.model.merges].sort()).toEqual([...before.model.merges].sort());
    let compared = 0;
    for (let r = 1; r <= before.rowCount; r++)
      for (let c = 1; c <= HEADER.length; c++) {
        const was = before.getCell(r, c);
        const is = after.getCell(r, c);
        expect(is.value, was.address).toEqual(was.value);
        expect(is.type, was.address).toBe(was.type);
        compared++;
      }
    expect(compared).toBe(6 * HEADER.length);
  });
});
