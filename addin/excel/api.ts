// The slice of the Excel JavaScript API the adapter uses, as structural types. Excel's own
// RequestContext satisfies them (addin/excel/office.ts passes it in without a cast), and the
// test fake implements them, so the adapter is typed against exactly what it calls.

export type FillSnapshot = { color: string; pattern: string };

export type CellFillProperties = { format?: { fill?: { color?: string; pattern?: string } } };

export type ClientResult<T> = { readonly value: T };

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  load(propertyNames: string): unknown;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.13. Only areas whose top-left cell lies in this range; more than 512 fail. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  getCellProperties(options: { format: { fill: { color: true; pattern: true } } }): ClientResult<CellFillProperties[][]>;
  setCellProperties(properties: CellFillProperties[][]): void;
  readonly format: {
    readonly fill: { color: string; clear(): void };
    readonly font: { bold: boolean };
    columnWidth: number;
    wrapText: boolean;
  };
  readonly dataValidation: { clear(): void; rule: { list?: { inCellDropDown: boolean; source: string | object } } };
  select(): void;
  clear(applyTo?: "Contents"): void;
}

/** Merged areas: `address` lists them as "Sheet1!A1:B4, Sheet1!D1:D4". */
export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  load(propertyNames: string): unknown;
}

export interface XlNote {
  readonly isNullObject: boolean;
  readonly content: string;
  getLocation(): XlRange;
  delete(): void;
}

export interface XlNoteCollection {
  readonly items: XlNote[];
  load(propertyNames: string): unknown;
  add(cellAddress: string, content: string): unknown;
  /** By cell address ("F12"). */
  getItemOrNullObject(key: string): XlNote & { load(propertyNames: string): unknown };
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly name: string;
  visibility: string;
  readonly protection: { readonly protected: boolean; load(propertyNames: string): unknown };
  readonly notes: XlNoteCollection;
  load(propertyNames: string): unknown;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
}

export interface XlSetting {
  readonly isNullObject: boolean;
  readonly value: unknown;
  load(propertyNames: string): unknown;
  delete(): void;
}

export interface XlContext {
  sync(): Promise<void>;
  readonly workbook: {
    readonly worksheets: {
      readonly items: XlWorksheet[];
      load(propertyNames: string): unknown;
      getItemOrNullObject(name: string): XlWorksheet;
      add(name: string): XlWorksheet;
    };
    readonly settings: {
      getItemOrNullObject(key: string): XlSetting;
      add(key: string, value: string): unknown;
    };
  };
}

export type RunOptions = { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };

/** Excel.run, or the fake's equivalent: one batch, one request context. */
export type ExcelRunner = <T>(options: RunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** Optional API sets the adapter adapts to (the manifest requires ExcelApi 1.9). */
export type Capabilities = {
  /** ExcelApi 1.14: change events say whether this add-in made the change. */
  triggerSource: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject (marks go to a merged area's top-left cell). */
  mergedAreas: boolean;
  /** ExcelApi 1.18: cell notes. */
  notes: boolean;
  /** ExcelApi 1.20 in @types/office-js (the notes say 1.19): one undo step per Excel.run. */
  mergeUndoGroup: boolean;
};

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return {
    triggerSource: isSetSupported("ExcelApi", "1.14"),
    notes: isSetSupported("ExcelApi", "1.18"),
    mergeUndoGroup: isSetSupported("ExcelApi", "1.20"),
    mergedAreas: isSetSupported("ExcelApi", "1.13"),
  };
}

const PAYLOAD_CODES = new Set(["PayloadTooLarge", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Excel on the web rejects requests or responses over ~5 MB; the reader halves its block then. */
export function isPayloadError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (typeof code === "string" && PAYLOAD_CODES.has(code)) || (typeof message === "string" && /payload/i.test(message));
}

export function isProtectionError(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && (error as { code?: unknown }).code === "AccessDenied");
}
