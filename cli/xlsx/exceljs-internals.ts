// exceljs's own modules and the libraries it bundles (JSZip, unzipper), resolved as exceljs
// resolves them, so a patch or a parser taken from here is the very one exceljs uses. None of this
// is in exceljs's typings: exceljs 4.4.0 (with JSZip 3.10 and unzipper 0.10) is pinned, and the
// tests of zip-codec.ts, validations.ts and the streaming reader fail if these internals change.
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";

export const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));

/** exceljs's cell types (lib/doc/enums.js), the `type` of its cell models. */
export const ValueType = (requireFromExceljs("exceljs/lib/doc/enums.js") as { ValueType: typeof ExcelJS.ValueType }).ValueType;

/** exceljs's helpers (lib/utils/utils.js), as far as cli/xlsx uses them. */
export const exceljsUtils = requireFromExceljs("exceljs/lib/utils/utils.js") as {
  xmlEncode(text: string): string;
  xmlDecode(text: string): string;
  isDateFmt(format: unknown): boolean;
  excelToDate(serial: number, date1904?: boolean): Date;
};
