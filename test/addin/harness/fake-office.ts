// Test-only: stands in for office.js and Excel in the real task-pane page. Injected before the
// page's scripts (Playwright addInitScript), so the pane runs unchanged against an in-memory
// workbook. The CDN's office.js request is answered with an empty stub by the test.
import { FakeContext, FakeWorkbook } from "../fake-excel.ts";
import { innovationRow, innovationSheet } from "../workbooks.ts";

type Batch = (context: FakeContext) => Promise<unknown>;

export function demoWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  innovationSheet(book, 6, {
    row: (n) =>
      innovationRow(
        n,
        n === 2
          ? { stage: "Tahap X", design: "Ringkas saja." }
          : n === 4
            ? { name: '<img src=x onerror="document.title=\'pwned\'">', implementationDate: "" }
            : {},
      ),
  });
  // A user's own fill on a cell the check will mark: "Hapus tanda" must bring it back.
  book.cell("Inovasi", "C3").fill = { color: "#00B050", pattern: "Solid" };
  return book;
}

// ?book=empty: a workbook with one blank sheet (the "Sisipkan templat" path).
function emptyWorkbook(): FakeWorkbook {
  const empty = new FakeWorkbook();
  empty.addSheet("Sheet1");
  return empty;
}

const book = new URLSearchParams(location.search).get("book") === "empty" ? emptyWorkbook() : demoWorkbook();

function run(first: unknown, second?: unknown): Promise<unknown> {
  const batch = (typeof first === "function" ? first : second) as Batch;
  if (first && typeof first === "object" && !(first instanceof FakeContext)) book.runs.push(first as object);
  return batch(first instanceof FakeContext ? first : new FakeContext(book));
}

const globals = globalThis as Record<string, unknown>;
globals.Excel = { run };
globals.Office = {
  HostType: { Excel: "Excel" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
  context: { requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && book.supports(Number(version.split(".")[1])) } },
  actions: { associate: () => undefined },
};
globals.__iid = { book };
