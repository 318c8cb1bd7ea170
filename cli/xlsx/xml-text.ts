// exceljs's XML text of a part, joined as it grows instead of once at the end.
//
// exceljs renders a part as a list of small strings (an element name, one attribute, a ">") and
// joins the list when the part is done: ≈ 680,000 strings for the 500-innovation annotate, every
// one alive until then. The garbage collector copies each of them from young space to old while
// exceljs renders (scavenges of annotate ≈ 50 ms; ≈ 8 ms for a read of the same file), and one
// Array.join of 420,000 strings is slow in itself (≈ 23 ms for all parts against ≈ 15 ms in slices).
// Here, whenever an element opens and at least 4,096 strings are waiting, they are joined into one
// string, so the small ones die young. exceljs may still take back what it wrote since a mark
// (XmlStream.addRollback, for an empty alignment or fill element): while a mark is open nothing is
// joined, so the rollback finds its strings where it left them. Same strings, same order: the same
// text.
import { requireFromExceljs } from "./exceljs-internals.ts";

type XmlStream = { _xml: string[]; _rollbacks: unknown[]; closeAll(): void; openNode(name: string, attributes?: object): void };

const XmlStreamClass = requireFromExceljs("exceljs/lib/utils/xml-stream.js") as { prototype: XmlStream };

/** exceljs's own openNode and xml getter (for tests). */
export const exceljsOpenNode = XmlStreamClass.prototype.openNode;
export const exceljsXmlGetter = Object.getOwnPropertyDescriptor(XmlStreamClass.prototype, "xml")!.get as (this: XmlStream) => string;

const JOIN_AT = 4096;

/** The text already joined, per stream (only streams that grew past JOIN_AT have any). */
const joined = new WeakMap<XmlStream, string[]>();

export function joiningOpenNode(this: XmlStream, name: string, attributes?: object): void {
  const pieces = this._xml;
  if (pieces.length >= JOIN_AT && this._rollbacks.length === 0) {
    let done = joined.get(this);
    if (!done) joined.set(this, (done = []));
    done.push(pieces.join(""));
    pieces.length = 0;
  }
  exceljsOpenNode.call(this, name, attributes);
}

export function joiningXmlGetter(this: XmlStream): string {
  // As exceljs's getter: open elements are closed first.
  this.closeAll();
  const done = joined.get(this);
  const rest = this._xml.join("");
  // One flat string: `joined + rest` would be a rope, flattened (copied again) when it is encoded.
  return done ? done.concat(rest).join("") : rest;
}

/** Makes exceljs's XmlStream join its text as it grows; idempotent. */
export function installJoiningXmlText(): void {
  XmlStreamClass.prototype.openNode = joiningOpenNode;
  Object.defineProperty(XmlStreamClass.prototype, "xml", { get: joiningXmlGetter, configurable: true });
}
