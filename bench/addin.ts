// The Excel add-in's round trips and time per check, measured against the in-memory fake
// (test/addin/fake-excel.ts) that counts context.sync() calls and enforces a payload limit.
// Target (issue 4): at most 4 syncs per check-and-mark below the payload limit, not growing
// with the row count. Run alone: npx tsx bench/addin.ts
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { checkWorkbook } from "../addin/workflow.ts";
import { columns, innovationRow, innovationSheet } from "../test/addin/workbooks.ts";
import { FakeWorkbook } from "../test/addin/fake-excel.ts";

async function measure(rows: number, setup: (book: FakeWorkbook) => void = () => undefined) {
  const book = new FakeWorkbook();
  // One innovation in fifty has a problem, so marks are written too.
  innovationSheet(book, rows, { row: (n) => innovationRow(n, n % 50 === 0 ? { stage: "?" } : {}) });
  setup(book);
  const started = performance.now();
  const outcome = await checkWorkbook({ run: book.runner(), caps: book.capabilities(), today: "2026-06-01" }, { lang: "id", write: true });
  const ms = performance.now() - started;
  if (outcome.kind !== "checked" || outcome.report.score.reported !== rows) throw new Error(`bench check of ${rows} rows did not read every row`);
  return { syncs: book.syncs, ms: Math.round(ms), blockRows: outcome.stats.blockRows };
}

export async function benchAddin(): Promise<Record<string, number>> {
  const small = await measure(500);
  const five = await measure(5000);
  const twenty = await measure(20_000);
  // Excel on the web's 5 MB limit, as cells per request: about 1,000 rows of this sheet.
  const limited = await measure(5000, (book) => (book.payloadCellLimit = 1000 * columns.length));
  return {
    addin_syncs_500_rows: small.syncs,
    addin_syncs_5000_rows: five.syncs,
    addin_syncs_20000_rows: twenty.syncs,
    addin_check_ms_5000_rows: five.ms,
    addin_check_ms_20000_rows: twenty.ms,
    addin_syncs_5000_rows_payload_limited: limited.syncs,
    addin_block_rows_payload_limited: limited.blockRows,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchAddin();
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${value}`);
}
