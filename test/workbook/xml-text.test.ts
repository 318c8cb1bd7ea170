// exceljs's XML text joined in slices (cli/xlsx/xml-text.ts): in use once the CLI's exceljs adapter
// is loaded, and the same text as exceljs's own getter for any list of pieces, around the slice size
// too, open elements closed as exceljs closes them.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../../cli/xlsx/exceljs.ts";
import { exceljsXmlGetter, slicedXmlGetter } from "../../cli/xlsx/xml-text.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type XmlStream = { openNode(name: string, attributes?: object): void; writeText(text: string): void; closeNode(): void; readonly xml: string };
const XmlStreamClass = fromExceljs("exceljs/lib/utils/xml-stream.js") as { new (): XmlStream; prototype: XmlStream };

/** An XmlStream after STEPS (open an element, write text, close the innermost one). */
function streamAfter(steps: { open?: string; text?: string; close?: boolean }[]): XmlStream {
  const stream = new XmlStreamClass();
  let depth = 0;
  for (const step of steps) {
    if (step.open) {
      stream.openNode(step.open, { n: step.open.length });
      depth++;
    } else if (step.text !== undefined && depth > 0) stream.writeText(step.text);
    else if (step.close && depth > 0) {
      stream.closeNode();
      depth--;
    }
  }
  return stream;
}

describe("exceljs's XML text", () => {
  it("is joined in slices once the CLI's exceljs adapter is loaded", () => {
    expect(Object.getOwnPropertyDescriptor(XmlStreamClass.prototype, "xml")!.get).toBe(slicedXmlGetter);
  });

  it("is the text exceljs's own getter gives, for any pieces, elements left open included", () => {
    const step = fc.oneof(fc.constantFrom("c", "row", "v", "si").map((open) => ({ open })), fc.string({ unit: "grapheme", maxLength: 8 }).map((text) => ({ text })), fc.constant({ close: true }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (steps, repeats) => {
        // Repeated to several times the slice size (4,096 pieces) at times.
        const all = Array.from({ length: 1 + repeats * 400 }, () => steps).flat();
        expect(slicedXmlGetter.call(streamAfter(all) as never)).toBe(exceljsXmlGetter.call(streamAfter(all) as never));
      }),
      { numRuns: 120 },
    );
  });
});
