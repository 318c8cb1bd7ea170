// exceljs's XML parsing event by event for the CLI's own reads (cli/xlsx/direct-parse.ts): it is
// the parse in use once the CLI's exceljs adapter is loaded, only inside `directParse`; inside it,
// any workbook exceljs writes loads into the same workbook (its values, and every part written
// back, byte for byte), and broken XML fails with the very error exceljs's own parse gives.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { directParse, directParseStream } from "../../cli/xlsx/direct-parse.ts";
import { sheetsOf } from "../../cli/xlsx/read.ts";
import { workbookSpec, written, writtenParts } from "./arbitrary-workbooks.ts";
import { JSZip } from "./support.ts";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
const BaseXform = fromExceljs("exceljs/lib/xlsx/xform/base-xform.js") as { prototype: { parseStream: unknown } };

/** A load of BUFFER inside the scope or outside it: the workbook, or the error's message. */
async function loaded(buffer: Buffer, direct: boolean): Promise<ExcelJS.Workbook | { error: string }> {
  const workbook = new ExcelJS.Workbook();
  const load = () => workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  try {
    await (direct ? directParse(load) : load());
    return workbook;
  } catch (error) {
    return { error: String(error) };
  }
}

describe("parsing event by event", () => {
  it("is the parse exceljs uses once the CLI's adapter is loaded", () => {
    expect(ExcelJS).toBeDefined();
    expect(BaseXform.prototype.parseStream).toBe(directParseStream);
  });

  it("loads any workbook exceljs writes as exceljs's own parse does", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const buffer = await written(spec);
        const theirs = (await loaded(buffer, false)) as ExcelJS.Workbook;
        const ours = (await loaded(buffer, true)) as ExcelJS.Workbook;
        expect(sheetsOf(ours)).toStrictEqual(sheetsOf(theirs));
        expect(await writtenParts(ours)).toStrictEqual(await writtenParts(theirs));
      }),
      { numRuns: 50 },
    );
  });

  const BROKEN: [string, (xml: string) => string][] = [
    ["an element left open", (xml) => xml.replace("</sheetData>", "<row r=\"99\"></sheetData>")],
    ["a bad character reference", (xml) => xml.replace("<sheetData>", "<sheetData>&#xFFFFFFF;")],
    ["text after the root element", (xml) => `${xml}trailing`],
    ["a second root element", (xml) => `${xml}<worksheet/>`],
    ["nothing after the declaration", (xml) => xml.slice(0, xml.indexOf("?>") + 2)],
  ];
  for (const [what, breakIt] of BROKEN) {
    it(`meets ${what} as exceljs's own parse does`, async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Inovasi").addRows([["a", 1], ["b", 2]]);
      const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as unknown as Buffer);
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", breakIt(xml));
      const buffer = await zip.generateAsync({ type: "nodebuffer" });
      const theirs = await loaded(buffer, false);
      const ours = await loaded(buffer, true);
      if ("error" in theirs) expect(ours).toStrictEqual(theirs);
      else expect(sheetsOf(ours as ExcelJS.Workbook)).toStrictEqual(sheetsOf(theirs));
    });
  }
});
