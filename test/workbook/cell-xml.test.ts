// exceljs's cell element and shared string written in one piece (cli/xlsx/cell-xml.ts): they are
// the renders in use once the CLI's exceljs adapter is loaded, and for any cell model in any row,
// and any shared string in a table, the XML is byte for byte what exceljs's own render writes, and
// so is every part of a file written from any workbook.
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { exceljsRenderCell, exceljsRenderSharedString, renderCellInOnePiece, renderSharedStringInOnePiece } from "../../cli/xlsx/cell-xml.ts";
import { assertSamePartsEitherWay } from "./arbitrary-workbooks.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Render = typeof renderCellInOnePiece;
const CellXform = fromExceljs("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { new (): { render: Render }; prototype: { render: Render } };
type Stream = { openNode(name: string, attributes?: object): void; closeNode(): void; writeText(text: string): void; readonly xml: string };
const XmlStream = fromExceljs("exceljs/lib/utils/xml-stream.js") as new () => Stream;

const SharedStringXform = fromExceljs("exceljs/lib/xlsx/xform/strings/shared-string-xform.js") as { new (): { render: Render }; prototype: { render: Render } };

afterEach(() => {
  CellXform.prototype.render = renderCellInOnePiece;
  SharedStringXform.prototype.render = renderSharedStringInOnePiece;
});

const nasty = fc.constantFrom("A1", "XFD1048576", "B7", 'A"1', "C<3>", "D&4", "E'5", "");
const cellModel = fc.record(
  {
    type: fc.constantFrom(0, 1, 2, 3, 4, 5, 8, 9, 10),
    address: fc.oneof(nasty, fc.string({ maxLength: 6 }), fc.constant(undefined)),
    styleId: fc.oneof(fc.constant(undefined), fc.constant(0), fc.nat(300), fc.constant(null)),
    value: fc.oneof(fc.double(), fc.integer(), fc.constant(-0), fc.constant(null), fc.string({ maxLength: 6 }), fc.constant(true), fc.constant(undefined)),
    ssId: fc.oneof(fc.constant(undefined), fc.nat(5000), fc.constant(null)),
  },
  { requiredKeys: ["type"] },
);

/** The XML of a row holding CELLS (after an element with text, and before one), or what rendering threw. */
function rowXml(render: Render, cells: object[]): string {
  const stream = new XmlStream();
  const xform = new CellXform();
  try {
    stream.openNode("sheetData");
    stream.openNode("row", { r: 1 });
    for (const cell of cells) render.call(xform, stream as never, structuredClone(cell) as never);
    stream.openNode("extra");
    stream.writeText("x");
    stream.closeNode();
    return stream.xml;
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe("cells written in one piece", () => {
  it("is the render exceljs uses once the CLI's adapter is loaded", () => {
    expect(ExcelJS).toBeDefined();
    expect(CellXform.prototype.render).toBe(renderCellInOnePiece);
    expect(SharedStringXform.prototype.render).toBe(renderSharedStringInOnePiece);
    expect(exceljsRenderCell).not.toBe(renderCellInOnePiece);
  });

  it("writes exactly exceljs's XML for any shared strings in a table", () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", " x", "x ", "a\nb", "\t", "<&>\"'", "\u0001", "✓ · é", "_x000D_"));
    const value = fc.oneof(text, fc.integer(), fc.record({ richText: fc.array(fc.record({ text }), { maxLength: 2 }) }));
    const xml = (render: Render, values: unknown[]) => {
      const stream = new XmlStream();
      const xform = new SharedStringXform();
      stream.openNode("sst", { count: values.length });
      for (const v of values) render.call(xform, stream as never, structuredClone(v) as never);
      return stream.xml;
    };
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (values) => {
        expect(xml(renderSharedStringInOnePiece, values)).toBe(xml(exceljsRenderSharedString, values));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes exactly exceljs's XML for any cell models in a row", () => {
    fc.assert(
      fc.property(fc.array(cellModel, { maxLength: 6 }), (cells) => {
        expect(rowXml(renderCellInOnePiece, cells)).toBe(rowXml(exceljsRenderCell, cells));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes every part of any workbook as exceljs's own render does", { timeout: 120_000 }, () =>
    assertSamePartsEitherWay((patched) => {
      CellXform.prototype.render = patched ? renderCellInOnePiece : exceljsRenderCell;
      SharedStringXform.prototype.render = patched ? renderSharedStringInOnePiece : exceljsRenderSharedString;
    }, 60));
});
