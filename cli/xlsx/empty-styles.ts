// One style object per cell type for exceljs's unstyled cells when it writes.
//
// exceljs's style writer (StylesXform.addStyleModel) remembers the style id of each style object it
// has seen, so cells that share an object cost one lookup. A cell read from a file without a style
// gets its own empty object, though: on the 500-innovation workbook 25,500 of the 29,000 cells of
// "Inovasi", each then rendered to an <xf> XML string and looked up by that string, ≈ 40 ms of an
// annotate (most of exceljs's write preparation). An empty style's id depends only on the cell type
// exceljs passes (a date gets a date number format), so every empty object is handed over as the
// one stand-in for its type: the same ids in the same order, the same file, byte for byte.
import { requireFromExceljs } from "./exceljs-internals.ts";

type StylesXform = { addStyleModel(model: object | undefined, cellType?: number): number };

const StylesXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/style/styles-xform.js") as { prototype: StylesXform };

/** exceljs's own addStyleModel (for tests). */
export const exceljsAddStyleModel = StylesXformClass.prototype.addStyleModel;

/** Per style writer (one per write): cell type -> the empty object that stands for it. */
const standIns = new WeakMap<StylesXform, Map<number | undefined, object>>();

function hasOwnKey(model: object): boolean {
  for (const key in model) if (Object.hasOwn(model, key)) return true;
  return false;
}

export function sharedEmptyAddStyleModel(this: StylesXform, model: object | undefined, cellType?: number): number {
  if (model && !hasOwnKey(model)) {
    let byType = standIns.get(this);
    if (!byType) standIns.set(this, (byType = new Map()));
    let standIn = byType.get(cellType);
    if (!standIn) byType.set(cellType, (standIn = {}));
    model = standIn;
  }
  return exceljsAddStyleModel.call(this, model, cellType);
}

/** Makes exceljs's style writer share empty styles per cell type; idempotent. */
export function installSharedEmptyStyles(): void {
  StylesXformClass.prototype.addStyleModel = sharedEmptyAddStyleModel;
}
