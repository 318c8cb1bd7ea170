// exceljs's shared-string table, with its text index in a Map.
//
// exceljs's writer gives every text cell the index of its string in the table (SharedStringsXform
// .addText), looked up in an object keyed by the text. Each new key is internalised by V8: hashed
// and copied into its string table, once for every distinct text of the workbook; on the
// 500-innovation annotate that is 500 designs of ≈ 2,000 characters and the rest, ≈ 5 ms. A Map
// keyed by the same text (the property key an object would use: String(value)) gives the same
// indexes in the same order, so the same file, byte for byte (test/workbook/shared-strings.test.ts).
import { requireFromExceljs } from "./exceljs-internals.ts";

type SharedStringsXform = { model: { values: unknown[]; count: number }; addText(value: unknown): number };

const SharedStringsXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/strings/shared-strings-xform.js") as { prototype: SharedStringsXform };

/** exceljs's own addText (for tests). */
export const exceljsAddText = SharedStringsXformClass.prototype.addText;

/** Per table (one per write): text -> index. */
const indexes = new WeakMap<SharedStringsXform, Map<string, number>>();

export function mapAddText(this: SharedStringsXform, value: unknown): number {
  let index = indexes.get(this);
  if (!index) indexes.set(this, (index = new Map()));
  const key = typeof value === "string" ? value : String(value);
  let at = index.get(key);
  if (at === undefined) {
    at = this.model.values.length;
    index.set(key, at);
    this.model.values.push(value);
  }
  this.model.count++;
  return at;
}

/** Makes exceljs's shared-string table index its texts in a Map; idempotent. */
export function installMappedSharedStrings(): void {
  SharedStringsXformClass.prototype.addText = mapAddText;
}
