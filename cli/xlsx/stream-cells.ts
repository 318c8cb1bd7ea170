// Cells read by exceljs's streaming worksheet reader as its full reader reads them.
//
// exceljs's streaming reader (lib/stream/xlsx/worksheet-reader.js, the one `readWorkbook` uses for
// large files) parses <c> elements with code of its own, which the full reader's CellXform does not
// share, and read these differently:
// - a formula's cached result as a number whatever its type: an error (t="e", =1/0) read as NaN,
//   a boolean (t="b", which LibreOffice writes for every TRUE and FALSE) as 1 or 0;
// - an inline string of several runs (<is><r><t>Ab</t></r><r><t>cd</t></r></is>) as its last run,
//   and an inline string's text decoded a second time ("&amp;lt;" read as "<");
// - an empty value (<v/>) as "" or NaN, and the indentation of a pretty-printed file as text;
// - a cell without its `r` attribute (the spec allows it: the cell follows the previous one in
//   its row, column A for the first) threw, so the whole file read as corrupt; so did a row
//   without its number (it follows the previous row, row 1 for the first).
// Here its `parse` is exceljs's own, line for line, with those repairs (marked "Repair").
// Inline rich text keeps each run's text, not its font. exceljs is pinned (4.4.0).
import { exceljsUtils as utils, requireFromExceljs } from "./exceljs-internals.ts";
import { isoCellDate } from "./iso-dates.ts";
import { decodeExcelEscapes } from "./stream-strings.ts";

type SaxNode = { name: string; attributes: Record<string, string | undefined> };
type SaxEvent = { eventType: string; value: unknown };
type CellLike = { style: unknown; value: unknown; text?: unknown; hyperlink?: unknown; numFmt?: unknown };
type RowLike = { height?: number; style?: unknown; getCell(column: number): CellLike };
type Hyperlink = { ref?: string; rId?: string };
type Reader = {
  iterator: unknown;
  options: { worksheets?: string; hyperlinks?: string };
  workbook: { sharedStrings?: unknown[]; styles: { getStyleModel(id: number): unknown }; properties: { model?: { date1904?: boolean } } };
  hyperlinks?: Record<string, Hyperlink>;
  _columns: unknown;
  _dimensions: { expandRow(row: RowLike): void };
};
type WorksheetReaderClass = { prototype: { parse(this: Reader): AsyncGenerator<SaxEvent[]> } };
/** A <c> element as parsed so far. */
type CellXml = { ref: string; col: number; s: number; t: string | undefined; f?: { text: string }; v?: { text: string }; runs?: string[] };

const WorksheetReader = requireFromExceljs("exceljs/lib/stream/xlsx/worksheet-reader.js") as WorksheetReaderClass;
const parseSax = requireFromExceljs("exceljs/lib/utils/parse-sax.js") as (iterator: unknown) => AsyncIterable<SaxEvent[]>;
const colCache = requireFromExceljs("exceljs/lib/utils/col-cache.js") as { decodeAddress(address: string): { col: number }; n2l(column: number): string };
const Row = requireFromExceljs("exceljs/lib/doc/row.js") as new (worksheet: unknown, number: number) => RowLike;
const Column = requireFromExceljs("exceljs/lib/doc/column.js") as { fromModel(model: unknown): unknown };

/** exceljs's own parse (for tests). */
export const exceljsWorksheetParse = WorksheetReader.prototype.parse;


export async function* parseWorksheetCells(this: Reader): AsyncGenerator<SaxEvent[]> {
  const { iterator, options } = this;
  let emitSheet = false;
  let emitHyperlinks = false;
  let hyperlinks: Record<string, Hyperlink> | null = null;
  if (options.worksheets === "emit") emitSheet = true;
  if (options.hyperlinks === "emit") emitHyperlinks = true;
  else if (options.hyperlinks === "cache") this.hyperlinks = hyperlinks = {};
  if (!emitSheet && !emitHyperlinks && !hyperlinks) return;

  const { sharedStrings, styles, properties } = this.workbook;
  let inCols = false;
  let inRows = false;
  let inHyperlinks = false;
  let cols: unknown[] | null = null;
  let row: RowLike | null = null;
  // Repair: the previous row's number, for a row without `r`.
  let rowNumber = 0;
  // Repair: the column of the previous cell in the row, for a cell without `r`.
  let lastColumn = 0;
  let c: CellXml | null = null;
  let current: { text: string } | null = null;
  // Repair: inside <is>, and inside one of its runs.
  let inInline = false;
  let run: { text: string } | null = null;
  for await (const events of parseSax(iterator)) {
    const worksheetEvents: SaxEvent[] = [];
    for (const { eventType, value } of events) {
      if (eventType === "opentag") {
        const node = value as SaxNode;
        if (emitSheet) {
          switch (node.name) {
            case "cols":
              inCols = true;
              cols = [];
              break;
            case "sheetData":
              inRows = true;
              break;
            case "col":
              if (inCols) {
                const a = node.attributes;
                cols!.push({ min: parseInt(a.min!, 10), max: parseInt(a.max!, 10), width: parseFloat(a.width!), styleId: parseInt(a.style || "0", 10) });
              }
              break;
            case "row":
              if (inRows) {
                rowNumber = node.attributes.r === undefined ? rowNumber + 1 : parseInt(node.attributes.r, 10);
                row = new Row(this, rowNumber);
                lastColumn = 0;
                if (node.attributes.ht) row.height = parseFloat(node.attributes.ht);
                if (node.attributes.s) {
                  const style = styles.getStyleModel(parseInt(node.attributes.s, 10));
                  if (style) row.style = style;
                }
              }
              break;
            case "c":
              if (row) {
                // Repair: no `r` is the column after the previous cell (a row number that is not
                // one fails as before).
                const ref = node.attributes.r ?? (Number.isInteger(rowNumber) ? `${colCache.n2l(lastColumn + 1)}${rowNumber}` : undefined);
                lastColumn = colCache.decodeAddress(ref!).col;
                c = { ref: ref!, col: lastColumn, s: parseInt(node.attributes.s!, 10), t: node.attributes.t };
              }
              break;
            case "f":
              if (c) current = c.f = { text: "" };
              break;
            case "v":
              if (c) current = c.v = { text: "" };
              break;
            case "is":
              if (c) {
                inInline = true;
                c.runs = [];
              }
              break;
            case "r":
              // Repair: each run's text is kept (exceljs kept the last).
              if (c && inInline) run = { text: "" };
              break;
            case "t":
              if (c) {
                if (run) current = run;
                else if (inInline) current = c.v ??= { text: "" };
                else current = c.v = { text: "" };
              }
              break;
            default:
              break;
          }
        }
        if (emitHyperlinks || hyperlinks) {
          if (node.name === "hyperlinks") inHyperlinks = true;
          else if (node.name === "hyperlink" && inHyperlinks) {
            const hyperlink = { ref: node.attributes.ref, rId: node.attributes["r:id"] };
            if (emitHyperlinks) worksheetEvents.push({ eventType: "hyperlink", value: hyperlink });
            else hyperlinks![hyperlink.ref!] = hyperlink;
          }
        }
      } else if (eventType === "text") {
        if (emitSheet && current) current.text += value as string;
      } else if (eventType === "closetag") {
        const node = value as SaxNode;
        if (emitSheet) {
          switch (node.name) {
            case "cols":
              inCols = false;
              this._columns = Column.fromModel(cols);
              break;
            case "sheetData":
              inRows = false;
              break;
            case "row":
              this._dimensions.expandRow(row!);
              worksheetEvents.push({ eventType: "row", value: row });
              row = null;
              break;
            // Repair: text between elements (indentation) is no part of a value, as in the full reader.
            case "f":
            case "v":
            case "t":
              current = null;
              break;
            case "r":
              if (run) {
                c!.runs!.push(decodeExcelEscapes(run.text));
                c!.v ??= { text: "" };
              }
              run = current = null;
              break;
            case "is":
              inInline = false;
              current = null;
              break;
            case "c":
              if (row && c) {
                const cell = row.getCell(c.col);
                if (c.s) {
                  const style = styles.getStyleModel(c.s);
                  if (style) cell.style = style;
                }
                // Repair: an empty <v/> (or <t/>) is no value, as in the full reader (exceljs's
                // streaming reader read "" for text, NaN for a number).
                const v = c.v && (c.v.text !== "" || c.runs?.length) ? c.v : undefined;
                if (c.f) {
                  const cellValue: { formula: string; result?: unknown } = { formula: c.f.text };
                  // Repair: the cached result by its type, as the full reader's CellXform reads it.
                  if (v) {
                    if (c.t === "str") cellValue.result = utils.xmlDecode(v.text);
                    else if (c.t === "b") cellValue.result = parseInt(v.text, 10) !== 0;
                    else if (c.t === "e") cellValue.result = { error: v.text };
                    // Repair: an ISO 8601 date (iso-dates.ts).
                    else if (c.t === "d") cellValue.result = isoCellDate(v.text) ?? v.text;
                    else {
                      // Repair: a number under a date format is that date, as the full reader reads
                      // it (exceljs converted plain values only: =A2+30 read as its serial number).
                      const result = parseFloat(v.text);
                      cellValue.result = utils.isDateFmt(cell.numFmt) ? utils.excelToDate(result, properties.model?.date1904) : result;
                    }
                  }
                  cell.value = cellValue;
                } else if (v) {
                  switch (c.t) {
                    case "s": {
                      const index = parseInt(v.text, 10);
                      cell.value = sharedStrings ? sharedStrings[index] : { sharedString: index };
                      break;
                    }
                    // Repair: an inline string as the full reader gives it: its runs as rich
                    // text, else its text as written (the XML parser has decoded it once).
                    case "inlineStr":
                      cell.value = c.runs?.length ? { richText: c.runs.map((text) => ({ text })) } : v.text;
                      break;
                    case "str":
                      cell.value = utils.xmlDecode(v.text);
                      break;
                    case "e":
                      cell.value = { error: v.text };
                      break;
                    case "b":
                      cell.value = parseInt(v.text, 10) !== 0;
                      break;
                    // Repair: an ISO 8601 date, as the full reader now reads it (iso-dates.ts).
                    case "d":
                      cell.value = isoCellDate(v.text) ?? v.text;
                      break;
                    default:
                      cell.value = utils.isDateFmt(cell.numFmt) ? utils.excelToDate(parseFloat(v.text), properties.model?.date1904) : parseFloat(v.text);
                      break;
                  }
                }
                if (hyperlinks) {
                  const hyperlink = hyperlinks[c.ref];
                  if (hyperlink) {
                    cell.text = cell.value;
                    cell.value = undefined;
                    cell.hyperlink = hyperlink;
                  }
                }
                c = null;
              }
              break;
            default:
              break;
          }
        }
        if ((emitHyperlinks || hyperlinks) && node.name === "hyperlinks") inHyperlinks = false;
      }
    }
    if (worksheetEvents.length > 0) yield worksheetEvents;
  }
}

/** Makes exceljs's streaming reader read cells as its full reader does; idempotent. */
export function installStreamCells(): void {
  WorksheetReader.prototype.parse = parseWorksheetCells;
}
