// Notes already in a workbook survive `annotate`, including notes on cells that hold nothing.
// Excel, LibreOffice and exceljs itself write a note on an empty, unstyled cell as a comment with
// no <c> element in the sheet; exceljs's reader attaches comments only to the cells it parsed, so
// such a note was silently dropped from the annotated copy.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { loadWorkbook, readValuesSheets, sheetsOf } from "../../cli/xlsx/read.ts";
import { design, noteText, tempDir, TODAY } from "./support.ts";

const newDir = tempDir();
type Zip = { files: Record<string, unknown>; file(name: string): { async(type: "string"): Promise<string> } | null };
const JSZip = createRequire(createRequire(import.meta.url).resolve("exceljs"))("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

/** Every note of the file as cell -> its text, read from the comment parts themselves. */
async function notesInFile(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const notes = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const [, ref, body] of xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
      notes.set(`${name}!${ref}`, [...body!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join(""));
    }
  }
  return notes;
}

const HEADER = ["No", "Nama Inovasi", "Tahapan Inovasi", "Rancang Bangun"];

describe("annotate keeps the notes a workbook already has", () => {
  it("on empty cells too (in a row with values, in a row without any cell, rich text)", async () => {
    const dir = await newDir();
    const input = join(dir, "catatan.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRow(HEADER);
    sheet.addRow([1, "Sehat Bersama", "Penerapan", design(320)]);
    sheet.getCell("B2").note = "catatan pada sel berisi";
    sheet.getCell("AZ2").note = "catatan pada sel kosong";
    sheet.getCell("C9").note = { texts: [{ text: "tebal ", font: { bold: true } }, { text: "biasa" }] };
    sheet.getCell("A1").note = "judul";
    await workbook.xlsx.writeFile(input);
    const before = await notesInFile(input);
    // exceljs writes no cell for the empty ones, as Excel and LibreOffice do.
    expect([...before.keys()].map((k) => k.split("!")[1]).sort()).toEqual(["A1", "AZ2", "B2", "C9"]);

    const output = join(dir, "catatan-bertanda.xlsx");
    await annotateWorkbook(input, output, { today: TODAY });
    const after = await notesInFile(output);
    for (const [where, text] of before) {
      const ref = where.split("!")[1]!;
      const kept = [...after].find(([k]) => k.endsWith(`!${ref}`));
      expect(kept?.[1], ref).toContain(text);
    }
    // The values read are unchanged by the notes.
    expect((await readValuesSheets(output))[0]!.rows.slice(0, 2).map((r) => r.slice(0, 4))).toEqual([HEADER, [1, "Sehat Bersama", "Penerapan", design(320)]]);
  });
});

describe("a workbook's notes as loaded", () => {
  it("every note is on its cell, with or without a value there; the values read are unchanged", async () => {
    const dir = await newDir();
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), column: fc.integer({ min: 1, max: 30 }) });
    const spec = fc.record({
      values: fc.uniqueArray(fc.tuple(cell, fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.integer())), { selector: ([c]) => `${c.row}:${c.column}`, maxLength: 20 }),
      notes: fc.uniqueArray(fc.tuple(cell, fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim() === t && t.trim() !== "")), { selector: ([c]) => `${c.row}:${c.column}`, minLength: 1, maxLength: 8 }),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(spec, async ({ values, notes }) => {
        const path = join(dir, `n${n++}.xlsx`);
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Data");
        for (const [{ row, column }, value] of values) sheet.getCell(row, column).value = value;
        for (const [{ row, column }, text] of notes) sheet.getCell(row, column).note = text;
        await workbook.xlsx.writeFile(path);
        const loaded = await loadWorkbook(path);
        const read = loaded.getWorksheet("Data")!;
        for (const [{ row, column }, text] of notes) expect(noteText(read.getCell(row, column)), `${row}:${column}`).toBe(text);
        expect(await readValuesSheets(path)).toEqual(sheetsOf(await loadWorkbook(path, { valuesOnly: true })));
        expect(sheetsOf(loaded)).toEqual(sheetsOf(await loadWorkbook(path, { valuesOnly: true })));
      }),
      { numRuns: 40 },
    );
  });
});

describe("a note on a cell without an element, in a sheet whose rows are out of order", () => {
  it("lands in the row of its number, which keeps its values", async () => {
    const dir = await newDir();
    const path = join(dir, "acak.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.getCell("A5").value = "lima";
    sheet.getCell("A7").value = "tujuh";
    sheet.getCell("C5").note = "catatan";
    await workbook.xlsx.writeFile(path);
    // Row 7 first, then row 5.
    const zip = (await JSZip.loadAsync(await readFile(path))) as Zip & { file(name: string, data: string): void; generateAsync(o: { type: "nodebuffer" }): Promise<Buffer> };
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const row5 = /<row r="5".*?<\/row>/.exec(xml)![0];
    const row7 = /<row r="7".*?<\/row>/.exec(xml)![0];
    zip.file("xl/worksheets/sheet1.xml", xml.replace(row5, "\u0000").replace(row7, row5).replace("\u0000", row7));
    const edited = join(dir, "acak-diedit.xlsx");
    await writeFile(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const read = (await loadWorkbook(edited)).getWorksheet("Data")!;
    expect([read.getCell("A5").value, read.getCell("A7").value, noteText(read.getCell("C5"))]).toEqual(["lima", "tujuh", "catatan"]);
  });
});
