// A note's VML shape written in one piece (cli/xlsx/note-xml.ts): it is the render in use once the
// CLI's exceljs adapter is loaded, and for any note model, in any drawing, the XML is byte for byte
// what exceljs's own render writes (or it fails as exceljs's does), and so is every part of a file
// written from any workbook.
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { exceljsRenderShape, renderShapeInOnePiece } from "../../cli/xlsx/note-xml.ts";
import { assertSamePartsEitherWay } from "./arbitrary-workbooks.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Render = typeof renderShapeInOnePiece;
const VmlShapeXform = fromExceljs("exceljs/lib/xlsx/xform/comment/vml-shape-xform.js") as { new (): { render: Render }; prototype: { render: Render } };
type Stream = { openNode(name: string, attributes?: object): void; closeNode(): void; writeText(text: string): void; readonly xml: string };
const XmlStream = fromExceljs("exceljs/lib/utils/xml-stream.js") as new () => Stream;

afterEach(() => {
  VmlShapeXform.prototype.render = renderShapeInOnePiece;
});

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const text = fc.oneof(fc.constantFrom("True", "False", "", '<&">'), fc.string({ maxLength: 4 }));
const note = fc.record({
  note: fc.record({
    margins: maybe(fc.record({ insetmode: maybe(fc.constantFrom("auto", "custom", '"x"')), inset: maybe(fc.oneof(fc.array(fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.constantFrom(0.13, 0.25, "0.5", 0)), { maxLength: 4 }), fc.constantFrom("1mm,2mm", ""))) })),
    protection: fc.oneof(fc.record({ locked: maybe(fc.oneof(text, fc.constant(null))), lockText: maybe(fc.oneof(text, fc.constant(null))) }), fc.constant(undefined)),
    editAs: maybe(fc.constantFrom("absolute", "oneCells", "twoCells", "other")),
  }),
  anchor: maybe(fc.record({ left: fc.double({ min: 0, max: 50, noNaN: true }), top: fc.double({ min: 0, max: 50, noNaN: true }), right: fc.double({ min: 0, max: 60, noNaN: true }), bottom: fc.double({ min: 0, max: 60, noNaN: true }) })),
  refAddress: fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), col: fc.integer({ min: 1, max: 16_384 }) }),
});

/** The XML of a drawing holding NOTES, or what rendering threw. */
function drawingXml(render: Render, notes: object[]): string {
  const stream = new XmlStream();
  const xform = new VmlShapeXform();
  try {
    stream.openNode("xml");
    notes.forEach((n, i) => render.call(xform, stream as never, structuredClone(n) as never, i));
    stream.openNode("after");
    stream.closeNode();
    return stream.xml;
  } catch (error) {
    return `threw ${error instanceof Error ? error.name : String(error)}`;
  }
}

describe("note shapes written in one piece", () => {
  it("is the render exceljs uses once the CLI's adapter is loaded", () => {
    expect(ExcelJS).toBeDefined();
    expect(VmlShapeXform.prototype.render).toBe(renderShapeInOnePiece);
  });

  it("writes exactly exceljs's XML for any note models", () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 4 }), (notes) => {
        expect(drawingXml(renderShapeInOnePiece, notes)).toBe(drawingXml(exceljsRenderShape, notes));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes every part of any workbook as exceljs's own render does", { timeout: 120_000 }, () =>
    assertSamePartsEitherWay((patched) => (VmlShapeXform.prototype.render = patched ? renderShapeInOnePiece : exceljsRenderShape)));
});
