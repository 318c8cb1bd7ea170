// The values-only read without exceljs's Row and Cell objects (cli/xlsx/model-rows.ts, used by
// readValuesSheets in cli/xlsx/read.ts): for any workbook exceljs writes (text, rich text, unicode,
// numbers, dates and date formats, booleans, formulas and their cached results, hyperlinks,
// errors, notes, styled empty cells, merged ranges, sparse rows, several sheets in any tab order,
// hidden ones too) it gives exactly what sheetsOf gives for exceljs's own values-only read, and it
// takes that path rather than falling back. Files it does not recognise in full (edited XML) read
// through exceljs's objects as before: the same rows, or the same "corrupt" error.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { columnOf, loadModelRows } from "../../cli/xlsx/model-rows.ts";
import { columnNumber } from "../../core/index.ts";
import { loadWorkbook, readValuesSheets, sheetsOf, WorkbookReadError } from "../../cli/xlsx/read.ts";
import { workbookSpec, written } from "./arbitrary-workbooks.ts";
import { JSZip, tempDir } from "./support.ts";

const newDir = tempDir();

/** What the read gives, or the error it throws (as code and message). */
async function outcome<T>(read: Promise<T>): Promise<T | { error: string; message: string }> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof WorkbookReadError) return { error: error.code, message: error.message };
    throw error;
  }
}

/** The values-only read as it was: exceljs's objects, then sheetsOf. */
const objectRead = (path: string) => outcome(loadWorkbook(path, { valuesOnly: true }).then(sheetsOf));

/** Whether the read of PATH takes the path without exceljs's rows (loads, and nothing was left to exceljs). */
async function tookModelPath(buffer: Buffer): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  const rows = await loadModelRows(workbook, () => workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"] }));
  return rows !== undefined;
}

describe("the values-only read without exceljs's rows", () => {
  it("takes a cell's column as exceljs's Row accepts its address: A-Z letters (up to XFD) and digits", () => {
    const plain = (address: string) => {
      const m = /^([A-Z]{1,3})[0-9]+$/.exec(address);
      return m && columnNumber(m[1]!) <= 16384 ? columnNumber(m[1]!) : 0;
    };
    const letters = fc.string({ unit: fc.constantFrom("A", "B", "X", "Z", "F", "D", "a", "@", "["), maxLength: 4 });
    const digits = fc.string({ unit: fc.constantFrom("0", "1", "9", "/", ":", " "), maxLength: 3 });
    const address = fc.oneof(
      fc.tuple(letters, digits).map(([l, d]) => l + d),
      fc.string(),
    );
    fc.assert(
      fc.property(address, (a) => {
        expect(columnOf(a)).toBe(plain(a));
      }),
      { numRuns: 2000 },
    );
    expect([columnOf("XFD1"), columnOf("XFE1"), columnOf("C"), columnOf(7)]).toEqual([16384, 0, 0, 0]);
  });

  it("gives exactly what sheetsOf gives for exceljs's values-only read, for any workbook exceljs writes", async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const buffer = await written(spec);
        const path = join(dir, `w${n++}.xlsx`);
        await writeFile(path, buffer);
        const expected = await objectRead(path);
        expect(await outcome(readValuesSheets(path))).toStrictEqual(expected);
        // The full read (styles, validations) gives the same rows.
        expect(await outcome(loadWorkbook(path).then(sheetsOf))).toStrictEqual(expected);
        expect(await tookModelPath(buffer)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it("keeps the merged cells' rule: the top-left value, filled down into rows with data of their own", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.getCell("A1").value = "Judul";
    sheet.getCell("B1").value = "hilang";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A2").value = "Dinas";
    sheet.getCell("B2").value = 1;
    sheet.getCell("B3").value = 2;
    sheet.getCell("A3").value = "tertutup";
    sheet.mergeCells("A2:A5");
    sheet.getCell("B5").value = 3;
    const path = join(await newDir(), "merged.xlsx");
    await writeFile(path, (await workbook.xlsx.writeBuffer()) as unknown as Buffer);
    const [read] = await readValuesSheets(path);
    expect(read!.rows).toStrictEqual([["Judul"], ["Dinas", 1], ["Dinas", 2], [], ["Dinas", 3]]);
    expect(await readValuesSheets(path)).toStrictEqual(await objectRead(path));
  });

  // Edited XML: what exceljs would read differently (or refuse) is left to exceljs.
  const EDITS: [string, (xml: string) => string, boolean][] = [
    ["a cell without its address (exceljs takes the next column)", (xml) => xml.replace(/<c r="B2"/, "<c"), false],
    ["rows out of order", (xml) => xml.replace(/(<row r="2"[^]*?<\/row>)(<row r="3"[^]*?<\/row>)/, "$2$1"), false],
    ["a cell address in lower case (exceljs refuses it)", (xml) => xml.replace(/<c r="B2"/, '<c r="b2"'), true],
    ["a column beyond XFD (exceljs refuses it)", (xml) => xml.replace(/<c r="B2"/, '<c r="XFE2"'), true],
    ["overlapping merged ranges (exceljs refuses them)", (xml) => xml.replace(/<mergeCell ref="A1:C1"\/>/, '<mergeCell ref="A1:C1"/><mergeCell ref="B1:B2"/>'), true],
    ["a cell of another row", (xml) => xml.replace(/<c r="B2"/, '<c r="B7"'), false],
  ];
  for (const [what, edit, refused] of EDITS) {
    it(`reads like exceljs's objects with ${what}`, async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Inovasi");
      sheet.addRows([
        ["Judul", null, null],
        ["a", "b", "c"],
        [1, 2, 3],
      ]);
      sheet.mergeCells("A1:C1");
      const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as unknown as Buffer);
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const edited = edit(xml);
      expect(edited).not.toBe(xml);
      zip.file("xl/worksheets/sheet1.xml", edited);
      const path = join(await newDir(), "edited.xlsx");
      await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
      const expected = await objectRead(path);
      expect("error" in expected).toBe(refused);
      if (refused) expect(expected).toMatchObject({ error: "corrupt" });
      expect(await outcome(readValuesSheets(path))).toStrictEqual(expected);
    });
  }
});
