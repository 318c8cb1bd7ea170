// @vitest-environment happy-dom
// The task pane's words around a check, mounted on the in-memory workbook (the full pane in
// Chromium is covered by taskpane.browser.test.ts).
import { describe, expect, it, vi } from "vitest";
import { columnLetter } from "../../core/index.ts";
import type { SheetChange } from "../../addin/excel/office.ts";
import { MAX_ROWS } from "../../addin/excel/read.ts";
import { mountPane } from "../../addin/taskpane/pane.ts";
import { MAX_MARKED_CELLS } from "../../addin/workflow.ts";
import { FakeWorkbook } from "./fake-excel.ts";
import { columnIndex, innovationRow, innovationSheet } from "./workbooks.ts";

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
    const idGrouped = (n: number) => n.toLocaleString("id-ID");
    expect(status).toContain(`Hanya ${idGrouped(MAX_ROWS)} baris pertama`);
    expect(status).not.toContain(idGrouped(lastRow));
  }, 60_000);
});

describe("live mode", () => {
  function livePane(book: FakeWorkbook) {
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    // As addin/excel/office.ts reports Excel's change events.
    const watch = async (onChange: (change: SheetChange) => void) => {
      const handler = (e: { worksheetId: string; address: string; changeType: string; triggerSource: string }) =>
        onChange({ sheet: e.worksheetId, address: e.address, changeType: e.changeType, ownWrite: e.triggerSource === "ThisLocalAddin" });
      book.changeHandlers.add(handler);
      return async () => void book.changeHandlers.delete(handler);
    };
    const mounted = mountPane(root, { deps: { run: book.runner(), caps: book.capabilities(), today: "2026-06-01" }, watch, liveDelayMs: 20 });
    return { root, ...mounted };
  }
  const stage = `${columnLetter(columnIndex("stage") + 1)}3`;

  it("where Excel says which edits are ours (ExcelApi 1.14), a fix typed right after a check is re-checked, not dropped", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 3, { row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap X" } : {}) });
    expect(book.capabilities().triggerSource).toBe(true);
    const { root, check } = livePane(book);
    await check();
    const marked = () => root.querySelector(`button.finding[data-cell="Inovasi!${stage}"]`);
    expect(marked()).not.toBeNull();
    const live = root.querySelector<HTMLInputElement>("#live")!;
    live.checked = true;
    live.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(root.querySelector("#status")!.textContent).toContain("otomatis aktif"));
    // The user fixes the cell at once: well inside the time window older Excel needs.
    book.edit("Inovasi", stage, "Penerapan");
    await vi.waitFor(() => expect(marked()).toBeNull(), { timeout: 3000 });
    expect(book.fill("Inovasi", stage).pattern).toBe("None");
  });
});

describe("live mode off", () => {
  it("unticking live mode right after an edit cancels the re-check it had scheduled", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 3, { row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap X" } : {}) });
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const handlers = book.changeHandlers;
    const watch = async (onChange: (change: SheetChange) => void) => {
      const handler = (e: { worksheetId: string; address: string; changeType: string; triggerSource: string }) =>
        onChange({ sheet: e.worksheetId, address: e.address, changeType: e.changeType, ownWrite: false });
      handlers.add(handler);
      return async () => void handlers.delete(handler);
    };
    const { check } = mountPane(root, { deps: { run: book.runner(), caps: book.capabilities(), today: "2026-06-01" }, watch, liveDelayMs: 50 });
    await check();
    const live = root.querySelector<HTMLInputElement>("#live")!;
    live.checked = true;
    live.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(handlers.size).toBe(1));
    book.edit("Inovasi", "A2", "Inovasi baru");
    const syncs = book.syncs;
    live.checked = false;
    live.dispatchEvent(new Event("change"));
    await new Promise((done) => setTimeout(done, 200));
    expect(book.syncs).toBe(syncs);
  });
});

describe("marks on a large sheet", () => {
  it("when more cells have findings than are marked, the pane says how many were left unmarked", async () => {
    const rows = MAX_MARKED_CELLS + 150;
    const book = new FakeWorkbook();
    // One error cell per row (an unknown stage).
    innovationSheet(book, rows, { row: (n) => innovationRow(n, { stage: "Tahap X" }) });
    const { root, check } = pane(book);
    await check();
    const status = root.querySelector("#status")!.textContent!;
    const marked = [...book.sheet("Inovasi").cells.values()].filter((c) => c.fill?.pattern === "Solid").length;
    expect(marked).toBe(MAX_MARKED_CELLS);
    expect(status).toContain(`${MAX_MARKED_CELLS.toLocaleString("id-ID")} sel ditandai.`);
    const unmarked = Number(/([\d.]+) sel lain/.exec(status)?.[1]?.replaceAll(".", ""));
    expect(unmarked).toBeGreaterThanOrEqual(150);
  }, 60_000);
});

describe("findings list", () => {
  it("a severity group longer than the list shows says in words how many findings are not listed", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 230, { row: (n) => innovationRow(n, { stage: "Tahap X" }) });
    const { root, check } = pane(book);
    await check();
    const group = root.querySelector('details[data-severity="error"]')!;
    const count = Number(group.querySelector("summary .count")!.textContent);
    const listed = group.querySelectorAll("li.finding-item").length;
    expect(count).toBeGreaterThan(listed);
    expect(group.querySelector("p.hint")!.textContent).toBe(`${count - listed} temuan lagi tidak ditampilkan di sini.`);
    root.querySelector<HTMLButtonElement>("#lang-switch")!.click();
    const english = root.querySelector('details[data-severity="error"] p.hint')!.textContent;
    expect(english).toBe(`${count - listed} more findings are not listed here.`);
  }, 60_000);
});

describe("clicking a finding", () => {
  it("after its sheet was renamed, the pane says the cell is no longer there instead of failing silently", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 3, { row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap X" } : {}) });
    const { root, check } = pane(book);
    await check();
    book.sheet("Inovasi").name = "Inovasi lama";
    const stage = `${columnLetter(columnIndex("stage") + 1)}3`;
    root.querySelector<HTMLButtonElement>(`button.finding[data-cell="Inovasi!${stage}"]`)!.click();
    await vi.waitFor(() => expect(root.querySelector("#status")!.textContent).toBe("Baris inovasi ini tidak ditemukan lagi; periksa ulang."));
    expect(book.selection).toBeUndefined();
  });
  it("when Excel itself fails the jump (busy, connection lost), the pane shows Excel's error, not that the row is gone", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 3, { row: (n) => innovationRow(n, n === 2 ? { stage: "Tahap X" } : {}) });
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const run = book.runner();
    let excelFails = false;
    const failing: typeof run = (options, batch) => (excelFails ? Promise.reject(new Error("GeneralException")) : run(options, batch));
    mountPane(root, { deps: { run: failing, caps: book.capabilities(), today: "2026-06-01" } });
    root.querySelector<HTMLButtonElement>("#check")!.click();
    const stage = `${columnLetter(columnIndex("stage") + 1)}3`;
    await vi.waitFor(() => expect(root.querySelector(`button.finding[data-cell="Inovasi!${stage}"]`)).not.toBeNull());
    excelFails = true;
    root.querySelector<HTMLButtonElement>(`button.finding[data-cell="Inovasi!${stage}"]`)!.click();
    await vi.waitFor(() => expect(root.querySelector("#status")!.textContent).toBe("Terjadi kesalahan: GeneralException"));
    expect(root.querySelector<HTMLElement>("#status")!.dataset.tone).toBe("error");
  });
});

describe("live mode that cannot start", () => {
  it("says so in the status line and unticks itself, instead of an unhandled rejection", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 2);
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const watch = async () => {
      throw new Error("GeneralException");
    };
    mountPane(root, { deps: { run: book.runner(), caps: book.capabilities(), today: "2026-06-01" }, watch });
    const live = root.querySelector<HTMLInputElement>("#live")!;
    live.checked = true;
    live.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(root.querySelector("#status")!.textContent).toBe("Terjadi kesalahan: GeneralException"));
    expect(live.checked).toBe(false);
  });
});

describe("live mode toggled while Excel is still adding the listener", () => {
  it("unticked before Excel answers: the listener is removed when it arrives and the pane does not say live mode is on", async () => {
    const book = new FakeWorkbook();
    innovationSheet(book, 2);
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    const listeners = new Set<number>();
    const answers: (() => void)[] = [];
    let next = 0;
    // Excel adds each listener only when the test answers (a slow Excel on the web).
    const watch = (_onChange: (change: SheetChange) => void) => {
      const id = next++;
      return new Promise<() => Promise<void>>((resolve) => {
        answers.push(() => {
          listeners.add(id);
          resolve(async () => void listeners.delete(id));
        });
      });
    };
    mountPane(root, { deps: { run: book.runner(), caps: book.capabilities(), today: "2026-06-01" }, watch });
    const live = root.querySelector<HTMLInputElement>("#live")!;
    const toggle = (on: boolean) => {
      live.checked = on;
      live.dispatchEvent(new Event("change"));
    };
    const status = () => root.querySelector("#status")!.textContent ?? "";
    toggle(true);
    toggle(false);
    answers.shift()!();
    await vi.waitFor(() => expect(listeners.size).toBe(0));
    await new Promise((done) => setTimeout(done, 20));
    expect(listeners.size).toBe(0);
    expect(status()).not.toContain("otomatis aktif");
    // On, off, on again: only the last listener stays, whichever answer comes first.
    toggle(true);
    toggle(false);
    toggle(true);
    answers.pop()!();
    answers.pop()!();
    await vi.waitFor(() => expect(status()).toContain("otomatis aktif"));
    await new Promise((done) => setTimeout(done, 20));
    expect(listeners).toEqual(new Set([next - 1]));
    toggle(false);
    await vi.waitFor(() => expect(listeners.size).toBe(0));
  });
});
