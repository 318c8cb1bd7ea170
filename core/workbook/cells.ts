// Plain cell values as every host hands them to the core: exceljs (CLI) and Office.js (add-in)
// both reduce their cells to this shape. Formulas arrive as their cached result.

export type CellValue = string | number | boolean | Date | null | undefined | { text?: string; hyperlink?: string };

export type SheetRows = {
  sheet: string;
  /** Row values, 0-based columns; rows[0] is Excel row `firstRow`. */
  rows: readonly (readonly CellValue[])[];
  /** 1-based Excel row number of rows[0]. */
  firstRow: number;
};

/** The text a person sees in the cell. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return value.text ?? value.hyperlink ?? "";
}

/** What `text.trim() === ""` says, without trimming: most cells start with a visible character. */
function blankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // trim() removes ASCII controls and spaces up to U+0020, U+00A0, and white space from U+1680 up.
  if (first > 0x20 && first !== 0xa0 && first < 0x1680) return false;
  return text.trim() === "";
}

export const isBlank = (value: CellValue): boolean => blankText(cellText(value));

/** The value to hand to the normaliser: numbers and dates stay typed, hyperlinks become text; null exactly when isBlank. */
export function cellScalar(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  // Text first: nearly every cell, and instanceof Date costs more than the rest of the test.
  if (typeof value === "string") return blankText(value) ? null : value;
  if (typeof value === "number") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = cellText(value);
  return blankText(text) ? null : text;
}
