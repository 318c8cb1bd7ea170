// exceljs's cell element, written in one piece for the three kinds of cell a sheet is mostly made
// of; and a plain shared string (<si><t>text</t></si>) likewise.
//
// exceljs renders a cell (CellXform.render) through its XmlStream one piece at a time: open the
// element, each attribute, the value element, its text, the closing tags, about a dozen strings
// and calls per cell (≈ 29,000 cells on the 500-innovation annotate). A styled empty cell, a
// number and a shared string are here written as the one string those calls make, with exceljs's
// own escaping and in its order, and the stream left as exceljs's calls leave it. Any other cell
// (formulas, dates, booleans, errors, inline text, hyperlinks, ...) is exceljs's. The shared-string
// table is one element per text (≈ 2,200 on the 500-innovation annotate, the designs among them);
// a rich text stays exceljs's. Same text, byte for byte (test/workbook/cell-xml.test.ts).
import { exceljsUtils, requireFromExceljs, ValueType } from "./exceljs-internals.ts";

type CellModel = { type?: unknown; address?: { toString(): string }; styleId?: { toString(): string } | null; value?: { toString(): string } | null; ssId?: { toString(): string } | null };
export type XmlStream = { _xml: string[]; _stack: string[]; open: boolean; leaf: boolean };
type CellXform = { render(xmlStream: XmlStream, model: CellModel): void };

const CellXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: CellXform };
const SharedStringXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/strings/shared-string-xform.js") as { prototype: { render(xmlStream: XmlStream, model: unknown): void } };
const { xmlEncode } = exceljsUtils;

/** exceljs's own renders (for tests, and for everything else). */
export const exceljsRenderCell = CellXformClass.prototype.render;
export const exceljsRenderSharedString = SharedStringXformClass.prototype.render;


export function renderCellInOnePiece(this: CellXform, xmlStream: XmlStream, model: CellModel): void {
  const { type, address } = model;
  let xml: string;
  // As exceljs: an attribute is written as ` name="escaped value"`, the style only when not 0.
  const style = model.styleId ? ` s="${xmlEncode(model.styleId.toString())}"` : "";
  if (type === ValueType.Null && !model.styleId) return;
  if (address === undefined) {
    // (exceljs leaves the attribute out)
    exceljsRenderCell.call(this, xmlStream, model);
    return;
  }
  if (type === ValueType.Null) {
    xml = `<c r="${xmlEncode(address.toString())}"${style}/>`;
  } else if (type === ValueType.Number && model.value !== undefined && model.value !== null) {
    xml = `<c r="${xmlEncode(address.toString())}"${style}><v>${xmlEncode(model.value.toString())}</v></c>`;
  } else if ((type === ValueType.String || type === ValueType.RichText) && model.ssId !== undefined && model.ssId !== null) {
    xml = `<c r="${xmlEncode(address.toString())}"${style} t="s"><v>${xmlEncode(model.ssId.toString())}</v></c>`;
  } else {
    exceljsRenderCell.call(this, xmlStream, model);
    return;
  }
  writeElement(xmlStream, xml);
}

/** XML of one whole element, left in XMLSTREAM as its openNode ... closeNode calls leave it. */
export function writeElement(xmlStream: XmlStream, xml: string): void {
  // The parent's start tag is closed first, and afterwards no element is open.
  if (xmlStream._stack.length && xmlStream.open) xmlStream._xml.push(">");
  xmlStream.open = false;
  xmlStream.leaf = false;
  xmlStream._xml.push(xml);
}

// exceljs's TextXform: leading or trailing white space, or a line break, is kept with xml:space.
const KEEP_SPACE = /^\s|\n|\s$/;

export function renderSharedStringInOnePiece(this: unknown, xmlStream: XmlStream, model: unknown): void {
  if (typeof model !== "string") {
    exceljsRenderSharedString.call(this, xmlStream, model);
    return;
  }
  writeElement(xmlStream, `<si><t${KEEP_SPACE.test(model) ? ' xml:space="preserve"' : ""}>${xmlEncode(model)}</t></si>`);
}

/** Makes exceljs write those cells and shared strings in one piece; idempotent. */
export function installOnePieceCells(): void {
  CellXformClass.prototype.render = renderCellInOnePiece;
  SharedStringXformClass.prototype.render = renderSharedStringInOnePiece;
}
