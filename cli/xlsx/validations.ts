// Data validations (drop-down lists) as annotate needs them: compacted per column, the way its
// writer emits them.
//
// exceljs expands every validation range it reads into one entry per cell ("C2:C1051" becomes
// 1,050 entries: 27,000 on a 500-innovation template), and annotate then joins them back into
// per-column ranges (compactValidations) so the writer stays fast. Inside `rangeValidations`,
// exceljs's parser hands the ranges over instead, and the same compacted model is built from them
// directly: no per-cell entries to make, enumerate and collect (≈ 15 ms of a 500-innovation
// annotate). Overlapping ranges, or any address that is not a plain cell or range, take exceljs's
// own per-cell way, so the result is the same in every case. Outside the scope (the floor, the
// values-only reader) exceljs is unchanged.
import { AsyncLocalStorage } from "node:async_hooks";
import type ExcelJS from "exceljs";
import { columnLetter, columnNumber } from "../../core/index.ts";
import { requireFromExceljs } from "./exceljs-internals.ts";

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

type DataValidationsXform = {
  model: ValidationModel;
  _address: string;
  _dataValidation: ExcelJS.DataValidation;
  /** The <dataValidation> elements of the sheet being read, while in scope. */
  _ranges?: { address: string; validation: ExcelJS.DataValidation }[];
  parseClose(name: string): boolean;
};

const Xform = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/data-validations-xform.js") as { prototype: DataValidationsXform };

/** Models built here, already compact: compactValidations leaves them as they are. */
const compactModels = new WeakSet<object>();
const scope = new AsyncLocalStorage<true>();

/** Runs FN (a workbook load) with data validations read as compacted ranges. */
export function rangeValidations<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(true, fn);
}

const exceljsParseClose = Xform.prototype.parseClose;
Xform.prototype.parseClose = function (this: DataValidationsXform, name: string): boolean {
  if (!scope.getStore()) return exceljsParseClose.call(this, name);
  if (name === "dataValidation") {
    // As exceljs does before it expands the element's ranges.
    const validation = this._dataValidation;
    if (!validation.formulae || !validation.formulae.length) {
      // (exceljs's typings call both required; exceljs deletes them here.)
      const loose = validation as { formulae?: unknown; operator?: unknown };
      delete loose.formulae;
      delete loose.operator;
    }
    (this._ranges ??= []).push({ address: this._address, validation });
    return true;
  }
  if (name === "dataValidations") {
    const ranges = this._ranges ?? [];
    this._ranges = undefined;
    const compact = compactRanges(ranges);
    if (compact) {
      compactModels.add(compact);
      this.model = compact;
    } else {
      // exceljs's own expansion, element by element, then compacted as before.
      for (const { address, validation } of ranges) {
        this._address = address;
        this._dataValidation = validation;
        exceljsParseClose.call(this, "dataValidation");
      }
    }
    return false;
  }
  return exceljsParseClose.call(this, name);
};

const PLAIN = /^([A-Z]{1,3})([1-9][0-9]*)(?::([A-Z]{1,3})([1-9][0-9]*))?$/;

/**
 * A small id per validation content. exceljs gives every cell of a range the same object: each
 * object's content is compared once (as JSON), and runs are keyed by the id, not the long JSON.
 */
export function validationIds(): (validation: ExcelJS.DataValidation) => number {
  const idOf = new Map<ExcelJS.DataValidation, number>();
  const idOfJson = new Map<string, number>();
  return (validation) => {
    let id = idOf.get(validation);
    if (id === undefined) {
      const json = JSON.stringify(validation);
      id = idOfJson.get(json);
      if (id === undefined) idOfJson.set(json, (id = idOfJson.size));
      idOf.set(validation, id);
    }
    return id;
  };
}

/**
 * What exceljs's per-cell expansion followed by compactValidations gives, from the ranges: per
 * column and validation content, in order of first appearance, the rows joined into runs. Undefined
 * when a cell is covered twice or an address is not plain (the per-cell way decides those).
 */
export function compactRanges(elements: readonly { address: string; validation: ExcelJS.DataValidation }[]): ValidationModel | undefined {
  const idOf = validationIds();
  // (column, id) in order of first appearance, with the first validation object and the rows.
  const runs = new Map<string, { column: number; validation: ExcelJS.DataValidation; spans: [number, number][] }>();
  const spansByColumn = new Map<number, [number, number][]>();
  for (const { address, validation } of elements) {
    const id = idOf(validation);
    for (const token of (address ?? "").split(/\s+/g)) {
      const m = PLAIN.exec(token);
      if (!m) return undefined;
      const [a, b] = [columnNumber(m[1]!), m[3] ? columnNumber(m[3]) : columnNumber(m[1]!)];
      const [r, s] = [Number(m[2]), m[4] ? Number(m[4]) : Number(m[2])];
      const top = Math.min(r, s);
      const bottom = Math.max(r, s);
      // exceljs walks a range row by row, left to right: the first row meets every column.
      for (let column = Math.min(a, b); column <= Math.max(a, b); column++) {
        const key = `${column} ${id}`;
        let run = runs.get(key);
        if (!run) runs.set(key, (run = { column, validation, spans: [] }));
        run.spans.push([top, bottom]);
        let spans = spansByColumn.get(column);
        if (!spans) spansByColumn.set(column, (spans = []));
        spans.push([top, bottom]);
      }
    }
  }
  for (const spans of spansByColumn.values()) {
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) if (spans[i]![0] <= spans[i - 1]![1]) return undefined;
  }
  const compacted: ValidationModel = {};
  for (const { column, validation, spans } of runs.values()) {
    const letters = columnLetter(column);
    spans.sort((x, y) => x[0] - y[0]);
    let [start, end] = spans[0]!;
    for (let i = 1; i <= spans.length; i++) {
      if (i < spans.length && spans[i]![0] === end + 1) {
        end = spans[i]![1];
        continue;
      }
      compacted[start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`] = validation;
      if (i < spans.length) [start, end] = spans[i]!;
    }
  }
  return compacted;
}

/** True for a model rangeValidations built (already compact). */
export const isCompactModel = (model: object): boolean => compactModels.has(model);
