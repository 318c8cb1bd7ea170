// A formula cell reads as the value Excel shows: its cached result, 0 and FALSE included.
// exceljs's `cell.value` of a formula keeps only truthy fields, so a formula showing 0 (a count
// computed as =COUNTIF(...)*0, a parameter picked by =IF(...;0;...)) read as an empty cell:
// check then reported a mandatory indicator as "not chosen" where the user sees 0. Every read
// of a workbook (check's values-only read, exceljs's objects as annotate reads them, the
// streaming reader of large files) gives the cached result, for files written by exceljs and
// by LibreOffice.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { loadWorkbook, readValuesSheets, readWorkbook, sheetsOf } from "../../cli/xlsx/read.ts";
import { JSZip, tempDir } from "./support.ts";

const newDir = tempDir();
const run = promisify(execFile);
const SOFFICE = "/usr/bin/soffice";

/** Row 2 as Excel shows it: 0, FALSE, blank, 1, TRUE, "x"; each from a formula with that cached result. */
async function writeFormulas(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inovasi");
  sheet.addRow(["nol", "salah", "kosong", "satu", "benar", "teks"]);
  const results: (number | boolean | string)[] = [0, false, "", 1, true, "x"];
  results.forEach((result, c) => (sheet.getCell(2, c + 1).value = { formula: `IF(1,${JSON.stringify(result).toUpperCase()},0)`, result } as ExcelJS.CellFormulaValue));
  // A shared formula's copies too (their cached results 0 and 2).
  sheet.getCell("A3").value = { formula: "A2*0", result: 0, shareType: "shared", ref: "A3:B3" } as ExcelJS.CellFormulaValue;
  sheet.getCell("B3").value = { sharedFormula: "A3", result: 0 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell("C3").value = 3;
  await workbook.xlsx.writeFile(path);
}

const EXPECTED = [
  ["nol", "salah", "kosong", "satu", "benar", "teks"],
  // An empty text result is written as an empty <v/>: a blank cell, as before.
  [0, false, null, 1, true, "x"],
  [0, 0, 3],
];

/** The innovation sheet's rows as each reader gives them. */
async function everyRead(path: string): Promise<Record<string, unknown>> {
  const rows = (sheets: { sheet: string; rows: readonly unknown[] }[]) => sheets.find((s) => s.sheet === "Inovasi")!.rows;
  return {
    values: rows(await readValuesSheets(path)),
    objects: rows(sheetsOf(await loadWorkbook(path))),
    valuesOnlyObjects: rows(sheetsOf(await loadWorkbook(path, { valuesOnly: true }))),
    stream: (await readWorkbook(path, { stream: true })).innovations!.rows,
  };
}

describe("formula cells read as their cached result", () => {
  it("0 and FALSE too, in every reader (a workbook exceljs wrote)", async () => {
    const path = join(await newDir(), "rumus.xlsx");
    await writeFormulas(path);
    const reads = await everyRead(path);
    expect(reads).toEqual({ values: EXPECTED, objects: EXPECTED, valuesOnlyObjects: EXPECTED, stream: EXPECTED });
  });

  it.skipIf(!existsSync(SOFFICE))("0 and FALSE too, in a workbook LibreOffice wrote", { timeout: 120_000 }, async () => {
    const dir = await newDir();
    const source = join(dir, "sumber", "rumus.xlsx");
    await run("mkdir", ["-p", join(dir, "sumber")]);
    await writeFormulas(source);
    await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, source], { timeout: 120_000 });
    const reads = await everyRead(join(dir, "rumus.xlsx"));
    expect(reads.values).toEqual(reads.objects);
    expect(reads.values).toEqual(reads.valuesOnlyObjects);
    // What LibreOffice shows: its own recalculated results, 0 and FALSE among them.
    expect(reads.values).toEqual(EXPECTED);
  });

  it("a date computed by a formula reads as that date in every reader, the streaming one too", async () => {
    const path = join(await newDir(), "tanggal.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRow(["Tgl Uji Coba", "Tgl Penerapan"]);
    sheet.getCell("A2").value = new Date(Date.UTC(2024, 2, 1));
    sheet.getCell("B2").value = { formula: "A2+30", result: new Date(Date.UTC(2024, 2, 31)) } as ExcelJS.CellFormulaValue;
    for (const address of ["A2", "B2"]) sheet.getCell(address).numFmt = "dd/mm/yyyy";
    await workbook.xlsx.writeFile(path);
    const expected = [["Tgl Uji Coba", "Tgl Penerapan"], [new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 31))]];
    expect(await everyRead(path)).toEqual({ values: expected, objects: expected, valuesOnlyObjects: expected, stream: expected });
  });

  it("an error, TRUE or text computed in a date-formatted cell reads as that in every reader, and annotate writes it back", async () => {
    // (=A2+30 when A2 holds text shows #VALUE! in a date column.) exceljs turned any such result
    // into a date: an invalid one, which check read as an empty cell and annotate wrote as NaN.
    const dir = await newDir();
    const path = join(dir, "tanggal-galat.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRow(["Nama Inovasi", "Tgl Uji Coba", "Tgl Penerapan", "Tgl Lapor"]);
    sheet.getCell("A2").value = "Sehat Bersama";
    sheet.getCell("B2").value = { formula: "A2+30", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    sheet.getCell("C2").value = { formula: "TRUE()", result: true } as ExcelJS.CellFormulaValue;
    sheet.getCell("D2").value = { formula: '"belum"', result: "belum" } as ExcelJS.CellFormulaValue;
    for (const address of ["B2", "C2", "D2"]) sheet.getCell(address).numFmt = "dd/mm/yyyy";
    await workbook.xlsx.writeFile(path);
    const expected = [
      ["Nama Inovasi", "Tgl Uji Coba", "Tgl Penerapan", "Tgl Lapor"],
      ["Sehat Bersama", "#VALUE!", true, "belum"],
    ];
    expect(await everyRead(path)).toEqual({ values: expected, objects: expected, valuesOnlyObjects: expected, stream: expected });

    const marked = join(dir, "tanggal-galat-bertanda.xlsx");
    await annotateWorkbook(path, marked, { today: "2026-05-15" });
    const xml = await (await JSZip.loadAsync(await readFile(marked))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<c r="B2" s="\d+" t="e"><f>A2\+30<\/f><v>#VALUE!<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C2" s="\d+" t="b"><f>TRUE\(\)<\/f><v>1<\/v><\/c>/);
    expect(xml).toMatch(/<c r="D2" s="\d+" t="str"><f>&quot;belum&quot;<\/f><v>belum<\/v><\/c>/);
    expect((await readWorkbook(marked)).innovations!.rows.slice(0, 2).map((row) => row.slice(0, 4))).toEqual(expected);
  });
});
