// exceljs's shared-string table indexed in a Map (cli/xlsx/shared-strings.ts): it is the one in use
// once the CLI's exceljs adapter is loaded, it gives every text the index exceljs's own table
// gives (texts that are object keys, numbers as text, repeats), and every part of a file written
// from any workbook is byte for byte what exceljs's own table gives.
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { exceljsAddText, mapAddText } from "../../cli/xlsx/shared-strings.ts";
import { assertSamePartsEitherWay } from "./arbitrary-workbooks.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Table = { addText(value: unknown): number; readonly uniqueCount: number; readonly count: number; values: unknown[] };
const SharedStringsXform = fromExceljs("exceljs/lib/xlsx/xform/strings/shared-strings-xform.js") as { new (): Table; prototype: Table };

afterEach(() => {
  SharedStringsXform.prototype.addText = mapAddText;
});

/** What a table made with ADD gives for VALUES: the indexes, then its counts and values. */
function indexed(add: typeof mapAddText, values: unknown[]) {
  SharedStringsXform.prototype.addText = add;
  const table = new SharedStringsXform();
  return { indexes: values.map((v) => table.addText(v)), unique: table.uniqueCount, count: table.count, values: table.values };
}

describe("the shared-string table", () => {
  it("is the one exceljs uses once the CLI's adapter is loaded", () => {
    expect(ExcelJS).toBeDefined();
    expect(SharedStringsXform.prototype.addText).toBe(mapAddText);
  });

  it("indexes any texts as exceljs's own table does", () => {
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "toString", "1", "01", "", " "), fc.integer({ min: -3, max: 3 }), fc.constant(1.5));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), (values) => {
        expect(indexed(mapAddText, values)).toStrictEqual(indexed(exceljsAddText, values));
      }),
      { numRuns: 500 },
    );
  });

  it("writes every part of any workbook as exceljs's own table does", { timeout: 120_000 }, () =>
    assertSamePartsEitherWay((patched) => (SharedStringsXform.prototype.addText = patched ? mapAddText : exceljsAddText)));
});
