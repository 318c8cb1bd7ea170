// Cells of type "d" (cli/xlsx/iso-dates.ts, and stream-cells.ts for large files): some generators
// write a date as ISO 8601 text (t="d"), as the spec allows. exceljs read the text as a number
// (2025-03-01 became 2025, a date in 1905), so `check` judged a date no one wrote. Every reader now
// reads the date (UTC when the text names no zone), a formula's result of that type too, and a
// value that is not a date as its text; `annotate` writes the date back.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { isoCellDate } from "../../cli/xlsx/iso-dates.ts";
import { loadWorkbook, readValuesSheets, readWorkbook, sheetsOf } from "../../cli/xlsx/read.ts";
import { loadEditableWorkbook } from "../../cli/xlsx/sheet-models.ts";
import { rewriteSheetXml, tempDir } from "./support.ts";

const newDir = tempDir();
const utc = (...parts: [number, number, number, number?, number?]) => new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0));

describe("ISO 8601 dates in cells", () => {
  it("reads the date a cell's text names, in UTC unless it names a zone, and nothing else", () => {
    expect(isoCellDate("2025-03-01")).toStrictEqual(utc(2025, 3, 1));
    expect(isoCellDate("2025-03-01T10:30:00")).toStrictEqual(utc(2025, 3, 1, 10, 30));
    expect(isoCellDate(" 2025-03-01 10:30 ")).toStrictEqual(utc(2025, 3, 1, 10, 30));
    expect(isoCellDate("2025-03-01T10:30:00.000Z")).toStrictEqual(utc(2025, 3, 1, 10, 30));
    expect(isoCellDate("2025-03-01T10:30:00+07:00")).toStrictEqual(utc(2025, 3, 1, 3, 30));
    for (const text of ["besok", "2025", "01/03/2025", "2025-13-01", "2025-02-30T99:00", ""]) expect(isoCellDate(text)).toBeUndefined();
    // Any date exceljs would write, written as ISO text, reads back as itself.
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), (date) => {
        expect(isoCellDate(date.toISOString())).toStrictEqual(date);
        expect(isoCellDate(date.toISOString().slice(0, 19))).toStrictEqual(new Date(Math.floor(date.getTime() / 1000) * 1000));
      }),
    );
  });

  it("reads t=\"d\" cells as dates in every reader, and annotate writes them back as dates", async () => {
    const dir = await newDir();
    const source = join(dir, "asal.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Inovasi").addRows([
      ["Nama Inovasi", "Waktu Penerapan", "Waktu Uji Coba", "Catatan"],
      ["Sehat Bersama", 1, 2, 3],
    ]);
    await workbook.xlsx.writeFile(source);
    const path = join(dir, "tanggal-iso.xlsx");
    await rewriteSheetXml(source, path, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="d"><v>2025-03-01T00:00:00</v></c>')
        .replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2" t="d"><f>B2-30</f><v>2025-01-30</v></c>')
        .replace(/<c r="D2"[^>]*>.*?<\/c>/, '<c r="D2" t="d"><v>besok</v></c>'),
    );
    const expected = ["Sehat Bersama", utc(2025, 3, 1), utc(2025, 1, 30), "besok"];
    const row = (sheets: { sheet: string; rows: readonly (readonly unknown[])[] }[]) => sheets.find((s) => s.sheet === "Inovasi")!.rows[1];
    expect(row([(await readWorkbook(path)).innovations!])).toStrictEqual(expected);
    expect(row([(await readWorkbook(path, { stream: true })).innovations!])).toStrictEqual(expected);
    expect(row(await readValuesSheets(path))).toStrictEqual(expected);
    expect(row(sheetsOf(await loadWorkbook(path)))).toStrictEqual(expected);
    expect(row((await loadEditableWorkbook(path)).sheets)).toStrictEqual(expected);

    const out = join(dir, "tanggal-iso-bertanda.xlsx");
    await annotateWorkbook(path, out, { today: "2026-11-01" });
    const written = await new ExcelJS.Workbook().xlsx.readFile(out);
    expect(written.getWorksheet("Inovasi")!.getCell("B2").value).toStrictEqual(utc(2025, 3, 1));
    expect(written.getWorksheet("Inovasi")!.getCell("D2").value).toBe("besok");
  });
});
