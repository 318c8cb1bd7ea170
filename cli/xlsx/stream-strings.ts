// Shared strings read by exceljs's streaming reader as its full reader reads them.
//
// exceljs's streaming reader (lib/stream/xlsx/workbook-reader.js, for files over 8 MB) parses the
// shared strings with code of its own, which differed from the full reader's SharedStringXform:
// - it kept Excel's escapes of control characters as they are: a line break pasted from Windows
//   (CR LF) read as "_x000D_" and a new line, where the full reader gives "\r\n";
// - it took every piece of text in a string, the indentation of a pretty-printed file too;
// - a string with a phonetic guide (<rPh>, as East Asian Excel writes) read as the guide.
// Here its `_parseSharedStrings` is exceljs's own with those repairs (marked "Repair"): text is
// the content of <t> elements outside <rPh>, each decoded as the full reader's TextXform does.
import { requireFromExceljs } from "./exceljs-internals.ts";

type SaxNode = { name: string; attributes: Record<string, string | undefined> };
type SaxEvent = { eventType: string; value: unknown };
type Font = Record<string, unknown> & { color?: Record<string, unknown> };
type SharedString = string | null | { richText: { font: Font | null; text: string | null }[] };
type Reader = {
  options: { sharedStrings?: string };
  sharedStrings?: SharedString[];
  _emitEntry(payload: unknown): void;
};
type WorkbookReaderClass = { prototype: { _parseSharedStrings(this: Reader, entry: unknown): AsyncGenerator<unknown> } };

const WorkbookReader = requireFromExceljs("exceljs/lib/stream/xlsx/workbook-reader.js") as WorkbookReaderClass;
const parseSax = requireFromExceljs("exceljs/lib/utils/parse-sax.js") as (iterator: unknown) => AsyncIterable<SaxEvent[]>;
const iterateStream = requireFromExceljs("exceljs/lib/utils/iterate-stream.js") as (stream: unknown) => AsyncIterable<unknown>;

/** exceljs's own _parseSharedStrings (for tests). */
export const exceljsParseSharedStrings = WorkbookReader.prototype._parseSharedStrings;

/** A <t> element's text as exceljs's TextXform gives it: `_xHHHH_` escapes decoded. */
export const decodeExcelEscapes = (text: string): string => text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export async function* parseSharedStrings(this: Reader, entry: unknown): AsyncGenerator<{ index: number; text: SharedString }> {
  this._emitEntry({ type: "shared-strings" });
  switch (this.options.sharedStrings) {
    case "cache":
      this.sharedStrings = [];
      break;
    case "emit":
      break;
    default:
      return;
  }

  let text: string | null = null;
  let richText: { font: Font | null; text: string | null }[] = [];
  let index = 0;
  let font: Font | null = null;
  // Repair: the text of the <t> being read (null outside one), whether inside <rPh>, and the run's text.
  let t: string | null = null;
  let phonetic = false;
  let inRun = false;
  let runText: string | null = null;
  for await (const events of parseSax(iterateStream(entry))) {
    for (const { eventType, value } of events) {
      if (eventType === "opentag") {
        const node = value as SaxNode;
        switch (node.name) {
          case "b":
            font = font || {};
            font.bold = true;
            break;
          case "charset":
            font = font || {};
            font.charset = parseInt(node.attributes.charset!, 10);
            break;
          case "color":
            font = font || {};
            font.color = {};
            if (node.attributes.rgb) font.color.argb = node.attributes.argb;
            if (node.attributes.val) font.color.argb = node.attributes.val;
            if (node.attributes.theme) font.color.theme = node.attributes.theme;
            break;
          case "family":
            font = font || {};
            font.family = parseInt(node.attributes.val!, 10);
            break;
          case "i":
            font = font || {};
            font.italic = true;
            break;
          case "outline":
            font = font || {};
            font.outline = true;
            break;
          case "rFont":
            font = font || {};
            font.name = (node as unknown as { value?: unknown }).value;
            break;
          case "si":
            font = null;
            richText = [];
            text = null;
            break;
          case "sz":
            font = font || {};
            font.size = parseInt(node.attributes.val!, 10);
            break;
          case "strike":
            break;
          case "r":
            inRun = true;
            runText = null;
            break;
          case "rPh":
            phonetic = true;
            break;
          case "t":
            if (!phonetic) t = "";
            break;
          case "u":
            font = font || {};
            font.underline = true;
            break;
          case "vertAlign":
            font = font || {};
            font.vertAlign = node.attributes.val;
            break;
        }
      } else if (eventType === "text") {
        if (t !== null) t += value as string;
      } else if (eventType === "closetag") {
        const node = value as SaxNode;
        switch (node.name) {
          case "t":
            if (t !== null) {
              if (inRun) runText = decodeExcelEscapes(t);
              else text = decodeExcelEscapes(t);
            }
            t = null;
            break;
          case "rPh":
            phonetic = false;
            break;
          case "r":
            richText.push({ font, text: runText });
            font = null;
            inRun = false;
            runText = null;
            break;
          case "si": {
            // Repair: as the full reader, a <t> of the string itself wins over runs.
            const string: SharedString = text !== null ? text : richText.length ? { richText } : null;
            if (this.options.sharedStrings === "cache") this.sharedStrings!.push(string);
            else if (this.options.sharedStrings === "emit") yield { index: index++, text: string };
            richText = [];
            font = null;
            text = null;
            break;
          }
        }
      }
    }
  }
}

/** Makes exceljs's streaming reader read shared strings as its full reader does; idempotent. */
export function installStreamStrings(): void {
  WorkbookReader.prototype._parseSharedStrings = parseSharedStrings;
}
