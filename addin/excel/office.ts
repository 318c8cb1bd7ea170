/// <reference types="office-js" />
// The only module that touches the Office and Excel globals. Everything else receives an
// ExcelRunner and Capabilities, so it runs unchanged against the test fake.
import { detectCapabilities, type Capabilities, type ExcelRunner, type XlContext } from "./api.ts";

export const officeRunner: ExcelRunner = (options, batch) =>
  // Excel.RequestContext is passed as the adapter's structural XlContext: this line is
  // where the compiler proves the adapter's types match Excel's.
  Excel.run(options, (context: Excel.RequestContext) => batch(context satisfies XlContext));

export function officeCapabilities(): Capabilities {
  return detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
}

export type SheetChange = { sheet: string; address: string; changeType: string; ownWrite: boolean };

/**
 * Listens to worksheet changes in the whole workbook (ExcelApi 1.9). With ExcelApi 1.14 the
 * event says whether this add-in made the change, so our own writes do not re-trigger a check.
 * Returns a function that removes the listener.
 */
export async function watchWorksheetChanges(onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await Excel.run(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(async (event) => {
      // The event names the sheet by id only.
      const sheet = (await sheetNameById(event.worksheetId)) ?? "";
      onChange({ sheet, address: event.address, changeType: event.changeType, ownWrite: event.triggerSource === "ThisLocalAddin" });
    });
    await context.sync();
  });
  return async () => {
    const current = registration;
    registration = undefined;
    if (!current) return;
    await Excel.run(current.context, async (context) => {
      current.remove();
      await context.sync();
    });
  };
}

/** Sheet id -> name, for change events (they carry the id only). */
export async function sheetNameById(id: string): Promise<string | undefined> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(id);
    sheet.load("name");
    await context.sync();
    return sheet.isNullObject ? undefined : sheet.name;
  });
}

/** Resolves when office.js is ready; false when the page is not running inside Excel. */
export async function officeReady(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

/**
 * Registers a UI-less ribbon command (ExecuteFunction). Office.actions.associate is the
 * current way; older clients look the function up on the page's global object.
 */
export function registerCommand(name: string, run: () => Promise<void>): void {
  const handler = (event: Office.AddinCommands.Event) => {
    // The ribbon waits for completed() whatever happens; a UI-less command can only log.
    run()
      .catch((error: unknown) => console.error("IID Check:", error))
      .finally(() => event.completed());
  };
  Office.actions?.associate(name, handler);
  (globalThis as Record<string, unknown>)[name] = handler;
}
