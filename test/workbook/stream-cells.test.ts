// Large files are read by exceljs's streaming reader (cli/xlsx/stream-cells.ts repairs its cell
// parsing): every kind of cell reads there as the full reader reads it. It read a formula showing
// an error as NaN, LibreOffice's TRUE and FALSE (formulas TRUE() and FALSE() with a boolean
// result) as 1 and 0, and an inline string of several runs as its last run, so `check` of a file
// over 8 MB gave other findings than the same rows in a small file.
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadWorkbook, readValuesSheets, readWorkbook, sheetsOf } from "../../cli/xlsx/read.ts";
import { rewriteSheetXml, tempDir } from "./support.ts";

const newDir = tempDir();
const SHEET = "xl/worksheets/sheet1.xml";
/** The base workbook's shared strings, by index. */
const SHARED = ["satu", "dua & tiga", "tebal biasa"];

/**
 * An exceljs-written workbook whose one sheet's rows are replaced by ROWS (<row> elements), and
 * its shared strings by STRINGS (<si> elements) when given.
 */
async function workbookWithRows(dir: string, name: string, rows: (dateStyle: string) => string, strings?: string[]): Promise<string> {
  const base = join(dir, `${name}-dasar.xlsx`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inovasi");
  sheet.getCell("A1").value = SHARED[0]!;
  sheet.getCell("B1").value = SHARED[1]!;
  sheet.getCell("C1").value = { richText: [{ text: "tebal ", font: { bold: true } }, { text: "biasa" }] };
  sheet.getCell("D1").value = 45_000;
  sheet.getCell("D1").numFmt = "dd/mm/yyyy";
  await workbook.xlsx.writeFile(base);
  const path = join(dir, `${name}.xlsx`);
  await rewriteSheetXml(base, path, SHEET, (xml) => {
    const dateStyle = /<c r="D1" s="(\d+)"/.exec(xml)![1]!;
    return xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows(dateStyle)}</sheetData>`).replace(/<dimension [^>]*\/>/, "");
  });
  if (strings) await rewriteSheetXml(path, path, "xl/sharedStrings.xml", (xml) => xml.replace(/<si>[\s\S]*<\/sst>/, `${strings.join("")}</sst>`).replace(/count="\d+" uniqueCount="\d+"/, `count="${strings.length}" uniqueCount="${strings.length}"`));
  return path;
}

/** Row 2 of the Inovasi sheet, streamed and read in full. */
async function secondRow(path: string) {
  const [streamed, full] = [await readWorkbook(path, { stream: true }), await readWorkbook(path, { stream: false })];
  return { streamed: streamed.innovations!.rows[1], full: full.innovations!.rows[1] };
}

describe("the streaming reader reads each kind of cell as the full reader does", () => {
  it("a formula whose cached result is an error reads as that error", async () => {
    const path = await workbookWithRows(await newDir(), "galat", () => '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2" t="e"><f>NA()</f><v>#N/A</v></c><c r="C2"><v>3</v></c></row>');
    const { streamed, full } = await secondRow(path);
    expect(streamed).toEqual(["#DIV/0!", "#N/A", 3]);
    expect(streamed).toEqual(full);
  });

  it("TRUE and FALSE as LibreOffice writes them (formulas TRUE() and FALSE()) read as booleans", async () => {
    const path = await workbookWithRows(await newDir(), "logika", () => '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="b"><f>TRUE()</f><v>1</v></c><c r="B2" t="b"><f>FALSE()</f><v>0</v></c><c r="C2" t="b"><f>A2</f><v>1</v></c></row>');
    const { streamed, full } = await secondRow(path);
    expect(streamed).toEqual([true, false, true]);
    expect(streamed).toEqual(full);
  });

  it("an inline string of several runs reads as all its text, an inline string's text as written", async () => {
    const path = await workbookWithRows(
      await newDir(),
      "sebaris",
      () =>
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>Ab</t></r><r><rPr><b/></rPr><t>cd</t></r></is></c>' +
        '<c r="B2" t="inlineStr"><is><t>a &amp;lt; b</t></is></c><c r="C2" t="inlineStr">\n  <is>\n    <t>Sehat Bersama</t>\n  </is>\n</c></row>',
    );
    const { streamed, full } = await secondRow(path);
    expect(streamed).toEqual(["Abcd", "a &lt; b", "Sehat Bersama"]);
    expect(streamed).toEqual(full);
  });

  it("shared strings as Excel writes them: a line break from Windows, indentation, a phonetic guide", async () => {
    const strings = [
      // A CR LF line break: Excel escapes the CR.
      "<si><t>Dasar hukum_x000D_\nPerda 2024</t></si>",
      "<si>\n    <t>Sehat Bersama</t>\n  </si>",
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
      "<si><r><rPr><b/></rPr><t>teks </t></r><r><t>tebal</t></r></si>",
    ];
    const path = await workbookWithRows(await newDir(), "teks", () => '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c></row>', strings);
    const { streamed, full } = await secondRow(path);
    expect(streamed).toEqual(["Dasar hukum\r\nPerda 2024", "Sehat Bersama", "漢字", "teks tebal"]);
    expect(streamed).toEqual(full);
  });
});

// Cell elements as generators write them: every value type, with and without a formula, inline
// strings plain or in runs, date styles, text that needs escaping.
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const text = fc.oneof(fc.string({ unit: fc.constantFrom(..."ab Z0&<>'\"_\u00e9\u8868"), maxLength: 8 }), fc.constantFrom("&lt;", "&amp;amp;", " padded ", "_x0041_", "baris_x000D_\ndua", "Dinas Kesehatan", "Ünïcödé 🙂"));
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 80_000 }));
const error = fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?");
/** A <c> element's type and content (its r and a date style are added at random). */
type Kind = { t?: string; body: string };
const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc.integer({ min: 0, max: SHARED.length - 1 }).map((i) => ({ t: "s", body: `<v>${i}</v>` })),
  number.map((n) => ({ body: `<v>${n}</v>` })),
  fc.boolean().map((b) => ({ t: "b", body: `<v>${b ? 1 : 0}</v>` })),
  error.map((e) => ({ t: "e", body: `<v>${e}</v>` })),
  text.map((s) => ({ t: "str", body: `<v>${escape(s)}</v>` })),
  text.map((s) => ({ t: "inlineStr", body: `<is><t>${escape(s)}</t></is>` })),
  fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 3 }).map((runs) => ({ t: "inlineStr", body: `<is>${runs.map(([s, bold]) => `<r>${bold ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${escape(s)}</t></r>`).join("")}</is>` })),
  number.map((n) => ({ body: `<f>A1+1</f><v>${n}</v>` })),
  fc.boolean().map((b) => ({ t: "b", body: `<f>${b ? "TRUE()" : "FALSE()"}</f><v>${b ? 1 : 0}</v>` })),
  error.map((e) => ({ t: "e", body: `<f>1/0</f><v>${e}</v>` })),
  text.map((s) => ({ t: "str", body: `<f>"x"&amp;A1</f><v>${escape(s)}</v>` })),
  fc.constant({ body: "<f>A1</f>" }),
  fc.constant({ body: "" }),
);
/** A shared string as generators write it: plain, indented, in runs, with a phonetic guide, empty. */
const sharedString: fc.Arbitrary<string> = fc.oneof(
  text.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`),
  text.map((s) => `<si>\n  <t>${escape(s)}</t>\n</si>`),
  fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 3 }).map((runs) => `<si>${runs.map(([s, bold]) => `<r>${bold ? '<rPr><b/><sz val="11"/></rPr>' : ""}<t xml:space="preserve">${escape(s)}</t></r>`).join("\n")}</si>`),
  fc.tuple(text, text).map(([s, guide]) => `<si><t>${escape(s)}</t><rPh sb="0" eb="1"><t>${escape(guide)}</t></rPh><phoneticPr fontId="1"/></si>`),
  fc.constant("<si><t/></si>"),
);
const row = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), kind, fc.boolean(), fc.boolean()), { maxLength: 8 });
const sheetRows = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), row, fc.boolean()), { maxLength: 10 });

/** The rows as sheet XML; a row or cell right after the previous one sometimes without its `r`. */
function rowsXml(rows: [number, [number, Kind, boolean, boolean][], boolean][], dateStyle: string): string {
  let number = 0;
  return rows
    .map(([gap, cells, rowWithoutRef]) => {
      number += gap;
      let column = 0;
      const xml = cells.map(([step, { t, body }, styled, withoutRef]) => {
        column += step;
        const ref = step === 1 && withoutRef ? "" : ` r="${columnLetter(column)}${number}"`;
        const style = styled ? ` s="${dateStyle}"` : "";
        return `<c${ref}${style}${t ? ` t="${t}"` : ""}>${body}</c>`;
      });
      return `<row${gap === 1 && rowWithoutRef ? "" : ` r="${number}"`}>${xml.join("")}</row>`;
    })
    .join("");
}
const columnLetter = (n: number): string => (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

describe("random cells of every kind", () => {
  it("read the same streamed as in full", async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(sheetRows, fc.array(sharedString, { minLength: SHARED.length, maxLength: SHARED.length }), async (rows, strings) => {
        const path = await workbookWithRows(dir, `acak${n++}`, (dateStyle) => rowsXml(rows, dateStyle), strings);
        const full = await readWorkbook(path, { stream: false });
        expect(await readWorkbook(path, { stream: true })).toEqual(full);
        expect(await readValuesSheets(path)).toEqual(sheetsOf(await loadWorkbook(path)));
      }),
      { numRuns: 60 },
    );
  });
});
