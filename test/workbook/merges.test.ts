// Merged cells read the same in every host: the rule in core/workbook/merges.ts.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetter, fillMergesDown, getFramework, isBlank, parseA1Range, readWorkbookRows, type CellValue } from "../../core/index.ts";
import { readWorkbook } from "../../cli/xlsx/read.ts";
import { design, tempDir, writeSheets } from "./support.ts";

describe("parseA1Range", () => {
  it("reads ranges with or without $, either corner first, any case", () => {
    expect(parseA1Range("B3:D7")).toEqual({ row: 2, column: 1, rows: 5, columns: 3 });
    expect(parseA1Range("$d$7:$B$3")).toEqual({ row: 2, column: 1, rows: 5, columns: 3 });
    expect(parseA1Range("AA10:AB10")).toEqual({ row: 9, column: 26, rows: 1, columns: 2 });
    for (const bad of ["", "A1", "A0:B2", "1A:B2", "A1:B2:C3", "Sheet1!A1:B2"]) expect(parseA1Range(bad)).toBeUndefined();
  });

  it("round-trips any area written with column letters, and never throws on any text", () => {
    const area = fc.record({ row: fc.nat(1_048_575), column: fc.nat(16_383), rows: fc.integer({ min: 1, max: 50 }), columns: fc.integer({ min: 1, max: 20 }) });
    fc.assert(
      fc.property(area, (a) => {
        const range = `${columnLetter(a.column + 1)}${a.row + 1}:${columnLetter(a.column + a.columns)}${a.row + a.rows}`;
        expect(parseA1Range(range)).toEqual(a);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseA1Range(text)));
  });
});

describe("fillMergesDown", () => {
  it("gives an agency merged down to each innovation row of its area, not to blank rows below", () => {
    const rows = [["Dinas Kesehatan", "Inovasi A"], [null, "Inovasi B"], [null, null], []];
    // A2:A5: the merge runs two rows past the last innovation.
    const filled = fillMergesDown(rows, 2, [{ row: 1, column: 0, rows: 4, columns: 1 }]);
    expect(filled).toEqual([["Dinas Kesehatan", "Inovasi A"], ["Dinas Kesehatan", "Inovasi B"], [null, null], []]);
    expect(rows[1]).toEqual([null, "Inovasi B"]);
  });

  it("keeps a title merged across in its top-left cell, and returns the same rows when nothing fills", () => {
    const rows = [["Daftar Inovasi Kota Contoh"], ["Nama", "Tahapan"]];
    expect(fillMergesDown(rows, 1, [{ row: 0, column: 0, rows: 1, columns: 5 }])).toBe(rows);
    expect(fillMergesDown(rows, 1, undefined)).toBe(rows);
  });

  it("never changes its input, never makes a blank row non-blank, and fills only from a top-left value", () => {
    const cell = fc.oneof(fc.constant(null), fc.constant(""), fc.constant("  "), fc.string({ maxLength: 4 }), fc.integer());
    const rowsArb = fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 });
    const areaArb = fc.record({ row: fc.nat(9), column: fc.nat(4), rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 3 }), fc.array(areaArb, { maxLength: 4 }), (rows, firstRow, areas) => {
        const before = structuredClone(rows);
        const filled = fillMergesDown(rows as CellValue[][], firstRow, areas);
        expect(rows).toEqual(before);
        expect(filled.length).toBe(rows.length);
        const blank = (row: readonly CellValue[] | undefined) => !row || row.every((v) => v === undefined || isBlank(v));
        filled.forEach((row, i) => {
          if (blank(rows[i])) expect(blank(row)).toBe(true);
          row?.forEach((value, c) => {
            if (value === rows[i]?.[c]) return;
            // A changed cell holds the value of the top-left cell of an area over it.
            const over = areas.filter((a) => c === a.column && i + firstRow - 1 > a.row && i + firstRow - 1 < a.row + a.rows);
            expect(over.map((a) => rows[a.row + 1 - firstRow]?.[c])).toContain(value);
          });
        });
      }),
    );
  });
});

describe("merged cells in a real workbook", () => {
  const newDir = tempDir();
  const PROFILE = ["Tahap", "Inisiator", "Nama Inisiator", "Jenis", "Bentuk", "Urusan Utama", "Tgl Uji Coba", "Waktu Implementasi", "Rancang Bangun"];
  const values = ["Penerapan", "OPD", "Tim A", "Digital", "Inovasi Pelayanan Publik", "Kesehatan", "01/06/2024", "15/09/2024", design(320)];

  it.each([false, true])("an agency merged on past the last innovation adds no innovations (streaming reader: %s)", async (stream) => {
    const path = join(await newDir(), "gabung-lebih.xlsx");
    await writeSheets(path, [
      {
        name: "Inovasi",
        rows: [["Perangkat Daerah", "Nama Inovasi", ...PROFILE], ["Dinas Kesehatan", "A", ...values], [null, "B", ...values]],
        // The agency cell was merged over five rows, ready for innovations not written yet.
        merges: ["A2:A6"],
      },
    ]);
    const read = readWorkbookRows({ ...(await readWorkbook(path, { stream })), fileName: "opd.xlsx" }, getFramework());
    expect(read.input.innovations!.map((i) => [i.agency, i.name])).toEqual([
      ["Dinas Kesehatan", "A"],
      ["Dinas Kesehatan", "B"],
    ]);
  });
});
