// Cells and rows without their `r` attribute (cli/xlsx/cell-refs.ts, and stream-cells.ts for large
// files). Some generators leave it out, as the spec allows: the cell follows the previous one in
// its row, column A for the first; the row follows the previous row, row 1 for the first. exceljs
// reported every such file as corrupt, in every reader, so `check` and `annotate` refused a
// workbook Excel opens.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { loadWorkbook, readValuesSheets, readWorkbook, sheetsOf } from "../../cli/xlsx/read.ts";
import { design, noteText, rewriteSheetXml, tempDir, TODAY } from "./support.ts";

const newDir = tempDir();
const SHEET = "xl/worksheets/sheet1.xml";
type Zip = { file(name: string): { async(type: "string"): Promise<string> } | null };
const JSZip = createRequire(createRequire(import.meta.url).resolve("exceljs"))("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

const HEADER = ["No", "Nama Inovasi", "Tahapan Inovasi", "Rancang Bangun", "Bukti Dukung 16"];

/** An innovation sheet with text, numbers, gaps, a hyperlink and a note, as exceljs writes it (every cell with its `r`). */
async function agencyWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inovasi");
  sheet.addRow(HEADER);
  sheet.addRow([1, "Sehat Bersama", "Penerapan", design(320), { text: "perkada.pdf", hyperlink: "https://example.org/perkada.pdf" }]);
  sheet.addRow([2, "Cepat Tanggap", "Uji Coba", design(80)]);
  // A gap: row 4 has values in A and C only.
  sheet.getCell("A4").value = 3;
  sheet.getCell("C4").value = "Inisiatif";
  sheet.getCell("B3").note = "nama dicek";
  // A gap: row 5 is empty.
  sheet.addRow([]);
  sheet.getCell("A6").value = 4;
  sheet.getCell("B6").value = "Setelah Jeda";
  sheet.getCell("A7").value = 5;
  sheet.getCell("B7").value = "Terakhir";
  await workbook.xlsx.writeFile(path);
}

/**
 * The file without the `r` of every row and cell whose place the spec gives without it: the first
 * of its kind when it is row 1 or column A, and one right after the previous one.
 */
function withoutRefs(xml: string): string {
  let previousRow = 0;
  return xml.replace(/<row r="(\d+)"([^>]*>[\s\S]*?<\/row>)/g, (_row, number: string, rest: string) => {
    const rowFollows = Number(number) === previousRow + 1;
    previousRow = Number(number);
    let previous = 0;
    const cells = rest.replace(/<c r="([A-Z]+)\d+"/g, (tag, letters: string) => {
      const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const follows = column === previous + 1;
      previous = column;
      return follows ? "<c" : tag;
    });
    return `<row${rowFollows ? "" : ` r="${number}"`}${cells}`;
  });
}

/** Every reader's rows of the file: check's values-only read, the objects annotate reads, the streaming reader. */
async function everyRead(path: string) {
  return {
    values: await readValuesSheets(path),
    objects: sheetsOf(await loadWorkbook(path)),
    valuesOnlyObjects: sheetsOf(await loadWorkbook(path, { valuesOnly: true })),
    stream: (await readWorkbook(path, { stream: true })).innovations,
  };
}

describe("cells without their r attribute", () => {
  it("read in their places, in every reader, as the same file with every r", async () => {
    const dir = await newDir();
    const original = join(dir, "asli.xlsx");
    await agencyWorkbook(original);
    const edited = join(dir, "tanpa-r.xlsx");
    await rewriteSheetXml(original, edited, SHEET, withoutRefs);
    // The edit leaves every row but 6, and every cell but C4, without r.
    const xml = await (await JSZip.loadAsync(await readFile(edited))).file(SHEET)!.async("string");
    expect(xml).toMatch(/<\/row><row spans="1:5"[^>]*><c><v>1<\/v><\/c><c t="s">/);
    expect(xml.match(/<row r="\d+"/g)).toEqual(['<row r="6"']);
    expect(xml.match(/<c r="/g)).toEqual(['<c r="']);

    const reads = await everyRead(edited);
    expect(reads).toEqual(await everyRead(original));
    const rows = reads.values[0]!.rows;
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["No", "Nama Inovasi", "Tahapan Inovasi"],
      [1, "Sehat Bersama", "Penerapan"],
      [2, "Cepat Tanggap", "Uji Coba"],
      [3, undefined, "Inisiatif"],
      [undefined, undefined, undefined],
      [4, "Setelah Jeda", undefined],
      [5, "Terakhir", undefined],
    ]);
    // The hyperlink and the note are on their cells.
    expect(rows[1]![4]).toEqual({ text: "perkada.pdf", hyperlink: "https://example.org/perkada.pdf" });
    expect(noteText((await loadWorkbook(edited)).getWorksheet("Inovasi")!.getCell("B3"))).toBe("nama dicek");
  });

  it("annotate marks a copy that every reader opens, as it marks the same file with every r", async () => {
    // The same file name in two folders: the report names the file.
    const [dir, originalDir] = [await newDir(), await newDir()];
    const original = join(originalDir, "opd.xlsx");
    await agencyWorkbook(original);
    const edited = join(dir, "opd.xlsx");
    await rewriteSheetXml(original, edited, SHEET, withoutRefs);
    const marked = join(dir, "opd-bertanda.xlsx");
    const markedOriginal = join(originalDir, "opd-bertanda.xlsx");
    const result = await annotateWorkbook(edited, marked, { today: TODAY });
    expect(result).toEqual(await annotateWorkbook(original, markedOriginal, { today: TODAY }));
    // The copy has every cell's r again, so any reader opens it (exceljs as it was too).
    const zip = await JSZip.loadAsync(await readFile(marked));
    const sheetXml = await zip.file(SHEET)!.async("string");
    expect(sheetXml).toMatch(/<c r="A2"/);
    expect(sheetXml).not.toMatch(/<c(?! r=)[ >]/);
    const copy = await loadWorkbook(marked);
    expect(sheetsOf(copy)).toEqual(sheetsOf(await loadWorkbook(markedOriginal)));
    expect(noteText(copy.getWorksheet("Inovasi")!.getCell("B3"))).toContain("nama dicek");
    expect(copy.getWorksheet("Inovasi")!.getCell("E2").value).toEqual({ text: "perkada.pdf", hyperlink: "https://example.org/perkada.pdf" });
  });
});
