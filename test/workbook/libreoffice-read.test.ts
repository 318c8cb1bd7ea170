// check's values-only read (model-rows.ts) on a workbook LibreOffice wrote, not exceljs: its own
// cell markup (booleans and errors as formulas, s="0" on every cell, spans, notes without cell
// elements, hyperlinks, a hidden sheet first in tab order, merged ranges, dates under custom
// formats). The rows are exactly those of exceljs's object read, and of the streaming reader of
// large files.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadWorkbook, readValuesSheets, readWorkbook, sheetsOf } from "../../cli/xlsx/read.ts";
import { tempDir } from "./support.ts";

const newDir = tempDir();
const run = promisify(execFile);
const SOFFICE = "/usr/bin/soffice";

describe.skipIf(!existsSync(SOFFICE))("a workbook LibreOffice wrote", () => {
  it("reads the same through the model, through exceljs's objects and through the streaming reader", { timeout: 120_000 }, async () => {
    const dir = await newDir();
    await mkdir(join(dir, "src"));
    const source = join(dir, "src", "campur.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Pemda", { state: "hidden" }).addRow(["Pemda", "Kota Contoh 🙂"]);
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRow(["Nama", "Tanggal", "Angka", "Ya/Tidak", "Rumus", "Tautan", "Galat", "Kaya"]);
    for (let i = 0; i < 12; i++) {
      const row = sheet.addRow([`Inovasi ${i} ${"é🙂".repeat(i)}`, new Date(Date.UTC(2024, 0, i + 1)), i * 1.5, i % 2 === 0, { formula: `C${i + 2}*2`, result: i * 3 }, { text: `tautan ${i}`, hyperlink: `https://contoh.id/${i}` }, { error: "#N/A" }, { richText: [{ text: "te", font: { bold: true } }, { text: "bal" }] }]);
      row.getCell(2).numFmt = i % 2 ? "[$-421]dd mmmm yyyy" : "dd/mm/yyyy";
    }
    sheet.getCell("A3").note = "catatan";
    sheet.getCell("K4").note = "catatan di sel kosong";
    sheet.mergeCells("H5:H8");
    sheet.mergeCells("A15:C16");
    sheet.getCell("A15").value = "gabung";
    await workbook.xlsx.writeFile(source);
    await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, source], { timeout: 120_000 });
    const converted = join(dir, "campur.xlsx");

    const values = await readValuesSheets(converted);
    expect(values).toEqual(sheetsOf(await loadWorkbook(converted, { valuesOnly: true })));
    expect(values.map((s) => s.sheet)).toEqual(["Pemda", "Inovasi"]);
    const inovasi = values[1]!.rows;
    expect(inovasi[1]!.slice(0, 7)).toEqual(["Inovasi 0 ", new Date(Date.UTC(2024, 0, 1)), 0, true, 0, { text: "tautan 0", hyperlink: "https://contoh.id/0" }, "#N/A"]);
    expect(inovasi[2]![3]).toBe(false);
    expect(inovasi[14]![0]).toBe("gabung");
    // Streamed, LibreOffice's TRUE(), FALSE() and NA() formulas read as 1, 0 and NaN before stream-cells.ts.
    expect(await readWorkbook(converted, { stream: true })).toEqual(await readWorkbook(converted, { stream: false }));
  });
});
