// exceljs's VML shape of a cell note (the box Excel shows for it), written in one piece.
//
// exceljs renders each note's shape (VmlShapeXform.render) through five nested xforms and about
// forty XmlStream calls; the 500-innovation annotate writes 377 notes (≈ 4 ms). Here the shape is
// written as the one string those calls make, with exceljs's own escaping, attribute order and
// rules (the inset in millimetres, which of MoveWithCells and SizeWithCells the note's editAs asks
// for, an empty element where a value is missing). A note model exceljs's render fails on (no
// margins, no protection) is left to it. Same text, byte for byte (test/workbook/note-xml.test.ts).
import { writeElement, type XmlStream } from "./cell-xml.ts";
import { exceljsUtils, requireFromExceljs } from "./exceljs-internals.ts";

type Anchor = { left: number; top: number; right: number; bottom: number };
type NoteItem = {
  anchor?: Anchor;
  refAddress: { row: number; col: number };
  note: { margins?: { insetmode?: unknown; inset?: unknown }; protection: { locked?: unknown; lockText?: unknown }; editAs?: unknown };
};
type ShapeXform = { render(xmlStream: XmlStream, model: NoteItem, index: number): void };

const VmlShapeXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/comment/vml-shape-xform.js") as { prototype: ShapeXform };
const { xmlEncode } = exceljsUtils;

/** exceljs's own render (for tests, and for a note without margins). */
export const exceljsRenderShape = VmlShapeXformClass.prototype.render;

/** ` name="value"` as XmlStream writes an attribute; nothing for an undefined value. */
const attribute = (name: string, value: unknown): string => (value === undefined ? "" : ` ${name}="${xmlEncode(String(value))}"`);

/** An element with text as XmlStream's leafNode writes it: empty (`<x/>`) when there is none. */
const leaf = (name: string, text: unknown): string => (text === undefined ? `<${name}/>` : `<${name}>${xmlEncode(String(text))}</${name}>`);

// VmlTextboxXform.conversionUnit: a margin in tenths, "0.13" -> "1.3mm" (JavaScript's own number text).
const millimetres = (margin: unknown): string => `${parseFloat(String(margin)) * Number((10).toFixed(2))}mm`;

// VmlAnchorXform: the note's anchor, else a box beside its cell.
function anchorRect(model: NoteItem): number[] {
  const a = model.anchor;
  if (a) {
    const [l, t, r, b] = [Math.floor(a.left), Math.floor(a.top), Math.floor(a.right), Math.floor(a.bottom)];
    return [l, Math.floor((a.left - l) * 68), t, Math.floor((a.top - t) * 18), r, Math.floor((a.right - r) * 68), b, Math.floor((a.bottom - b) * 18)];
  }
  const l = model.refAddress.col;
  const t = Math.max(model.refAddress.row - 2, 0);
  return [l, 6, t, 14, l + 2, 2, t + 4, 16];
}

export function renderShapeInOnePiece(this: ShapeXform, xmlStream: XmlStream, model: NoteItem, index: number): void {
  const { margins, protection, editAs } = model.note;
  // (exceljs's render fails on these: let it)
  if (!margins || !protection || protection.locked === null || protection.lockText === null) {
    exceljsRenderShape.call(this, xmlStream, model, index);
    return;
  }
  let inset = margins.inset;
  if (Array.isArray(inset)) inset = inset.map(millimetres).join(",");
  const xml =
    `<v:shape${attribute("id", `_x0000_s${1025 + index}`)}${attribute("type", "#_x0000_t202")}` +
    `${attribute("style", "position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden")}` +
    `${attribute("fillcolor", "infoBackground [80]")}${attribute("strokecolor", "none [81]")}${attribute("o:insetmode", margins.insetmode)}>` +
    `<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"${inset ? attribute("inset", inset) : ""}><div style="text-align:left"/></v:textbox>` +
    `<x:ClientData ObjectType="Note">` +
    // VmlPositionXform: "absolute" moves and sizes with nothing, "oneCells" sizes with nothing.
    `${editAs === "absolute" ? "<x:MoveWithCells/>" : ""}${editAs === "absolute" || editAs === "oneCells" ? "<x:SizeWithCells/>" : ""}` +
    `${leaf("x:Anchor", anchorRect(model).join(", "))}${leaf("x:Locked", protection.locked)}<x:AutoFill>False</x:AutoFill>${leaf("x:LockText", protection.lockText)}` +
    `${leaf("x:Row", model.refAddress.row - 1)}${leaf("x:Column", model.refAddress.col - 1)}</x:ClientData></v:shape>`;
  writeElement(xmlStream, xml);
}

/** Makes exceljs write a note's VML shape in one piece; idempotent. */
export function installOnePieceNotes(): void {
  VmlShapeXformClass.prototype.render = renderShapeInOnePiece;
}
