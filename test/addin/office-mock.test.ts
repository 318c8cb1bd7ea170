// Smoke tests with Microsoft's office-addin-mock: the Office-facing module wires office.js the
// way the docs describe (requirement sets, Excel.run options, activate + select). The fake in
// fake-excel.ts carries the real behaviour tests; this only checks the seams.
import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it } from "vitest";
import type { XlContext } from "../../addin/excel/api.ts";
import { readColumn, selectCell } from "../../addin/excel/navigate.ts";
import { officeCapabilities, officeRunner, registerCommand } from "../../addin/excel/office.ts";

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe("office.js seams (office-addin-mock)", () => {
  it("capabilities come from Office.context.requirements.isSetSupported", () => {
    const asked: string[] = [];
    globals.Office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (name: string, version: string) => (asked.push(`${name} ${version}`), version === "1.14") } },
    });
    expect(officeCapabilities()).toEqual({ triggerSource: true, notes: false, mergeUndoGroup: false, mergedAreas: false });
    expect(asked).toEqual(["ExcelApi 1.14", "ExcelApi 1.18", "ExcelApi 1.20", "ExcelApi 1.13"]);
  });

  it("officeRunner passes the run options (delayForCellEdit, mergeUndoGroup) to Excel.run", async () => {
    const seen: unknown[] = [];
    const context = new OfficeMockObject({ workbook: {} });
    globals.Excel = { run: (options: unknown, batch: (c: unknown) => Promise<unknown>) => (seen.push(options), batch(context)) };
    const result = await officeRunner({ delayForCellEdit: true }, async () => "done");
    expect(result).toBe("done");
    expect(seen).toEqual([{ delayForCellEdit: true }]);
  });

  it("selecting a cell activates its sheet and selects the range in one sync", async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    });
    const sync = context.sync.bind(context);
    let syncs = 0;
    context.sync = async () => {
      syncs++;
      await sync();
    };
    await selectCell(context as unknown as XlContext, "Inovasi", "C7");
    expect(calls).toEqual(["activate Inovasi", "select C7"]);
    expect(syncs).toBe(1);
  });

  it("reading a column loads values and returns them as plain cells", async () => {
    // office-addin-mock turns nested arrays into mock objects, so the range is a plain object.
    const range = { values: [["Inovasi 1"], ["Inovasi 2"]], load: () => range };
    const context = new OfficeMockObject({
      workbook: { worksheets: { getItemOrNullObject: () => ({ getRangeByIndexes: () => range }) } },
    });
    expect(await readColumn(context as unknown as XlContext, "Inovasi", 0, 2, 3)).toEqual(["Inovasi 1", "Inovasi 2"]);
  });

  it("the ribbon command is associated with Office.actions and always completes its event", async () => {
    const associated = new Map<string, (event: { completed: () => void }) => void>();
    globals.Office = { actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => associated.set(name, fn) } };
    let completed = 0;
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    registerCommand("runCheck", async () => {
      throw new Error("Excel busy");
    });
    associated.get("runCheck")!({ completed: () => completed++ });
    await new Promise((r) => setTimeout(r, 0));
    console.error = error;
    expect(completed).toBe(1);
    expect(String(logged[0])).toMatch(/Excel busy/);
    expect(typeof globals.runCheck).toBe("function");
    delete globals.runCheck;
  });
});
