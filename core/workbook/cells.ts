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

export const isBlank = (value: CellValue): boolean => cellText(value).trim() === "";

/** The value to hand to the normaliser: numbers and dates stay typed, hyperlinks become text. */
export function cellScalar(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = cellText(value);
  return text.trim() === "" ? null : text;
}
