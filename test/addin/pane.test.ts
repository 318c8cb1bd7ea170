// @vitest-environment happy-dom
// The task pane's words around a check, mounted on the in-memory workbook (the full pane in
// Chromium is covered by taskpane.browser.test.ts).
import { describe, expect, it } from "vitest";
import { MAX_ROWS } from "../../addin/excel/read.ts";
import { mountPane } from "../../addin/taskpane/pane.ts";
import { FakeWorkbook } from "./fake-excel.ts";
import { innovationSheet } from "./workbooks.ts";

function pane(book: FakeWorkbook) {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const mounted = mountPane(root, { deps: { run: book.runner(), caps: book.capabilities(), today: "2026-06-01" } });
  return { root, ...mounted };
}

describe("task pane status", () => {
  it("a sheet cut at the row limit says how many rows were checked, not how far the sheet reaches", async () => {
    const book = new FakeWorkbook();
    const sheet = innovationSheet(book, 2);
    // A stray value far below the table: the sheet reaches past the limit.
    const lastRow = MAX_ROWS + 7_000;
    sheet.cells.set(`${lastRow - 1},0`, { value: "catatan" });
    const { root, check } = pane(book);
    await check();
    const status = root.querySelector("#status")!.textContent!;
    expect(status).toContain(`${MAX_ROWS}`);
    expect(status).not.toContain(`${lastRow}`);
  }, 60_000);
});
