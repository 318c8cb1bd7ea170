// Workbook benchmark (issue 3): `check` and `annotate` on a 500-innovation workbook against the
// read-only floor (a plain exceljs read of the same file, in the same run), and the peak memory
// of reading and checking a 50,000-row sheet, measured in a child process.
//   npx tsx bench/workbook.ts        (also called by bench/run.ts)
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { checkSubmission, getFramework, innovationColumns, readWorkbookRows, SHEETS, toReport, type InnovationInput, type SubmissionInput } from "../core/index.ts";
import { annotateWorkbook, compactValidations } from "../cli/xlsx/annotate.ts";
import { readWorkbook } from "../cli/xlsx/read.ts";
import { innovationRowValues, writeFilledTemplate, writeWorkbookAtomically } from "../cli/xlsx/template.ts";
import { EXAMPLE_TODAY, kotaContoh } from "../examples/data/kota-contoh.ts";

const framework = getFramework();
const THIS_FILE = fileURLToPath(import.meta.url);
const RUNS = 3;

/** N innovations built from the Kota Contoh ones, each with its own name and design. */
function innovations(n: number): InnovationInput[] {
  const base = kotaContoh.innovations!;
  return Array.from({ length: n }, (_, i) => {
    const source = base[i % base.length]!;
    return { ...source, name: `${source.name} ${i + 1}`, design: `Inovasi nomor ${i + 1}. ${String(source.design)}` };
  });
}

/** How long one call of `fn` takes (in ms). */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const middle = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

const median = (fn: () => Promise<unknown>): Promise<number> => medianOf(() => time(fn));

/** Median of RUNS calls that each time their own part (in ms). */
async function medianOf(timed: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed());
  return middle(times);
}

/** As the CLI does it: the rows and the raw submission are released before the report is built. */
async function checkFile(path: string) {
  const read = readWorkbookRows(await readWorkbook(path), framework);
  const { locate } = read;
  const result = checkSubmission(read.input, { framework, today: EXAMPLE_TODAY, absentFields: read.absentFields });
  read.input = {};
  return toReport(result, { locate: (f) => locate(f.path) });
}

/** A 50,000-row innovation sheet written with exceljs's streaming writer (the in-memory writer would not fit). */
async function writeLargeWorkbook(path: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = writer.addWorksheet(SHEETS.innovations);
  const columns = innovationColumns(framework);
  sheet.addRow(columns.map((c) => c.header)).commit();
  const all = innovations(rows);
  for (const innovation of all) sheet.addRow(innovationRowValues(innovation, framework, columns).map((v) => v ?? null)).commit();
  sheet.commit();
  await writer.commit();
}

/** Runs in the child: read (and check + report) of PATH, then prints time and peak RSS. */
async function childMeasure(mode: string, path: string): Promise<void> {
  const started = performance.now();
  const count = mode === "read" ? (await readWorkbook(path)).innovations!.rows.length - 1 : (await checkFile(path)).innovations.length;
  const ms = performance.now() - started;
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, innovations: count }));
}

async function measureInChild(mode: "read" | "check", path: string) {
  const child = await promisify(execFile)(process.execPath, ["--import", "tsx", THIS_FILE, "--measure", mode, path], {
    cwd: resolve(THIS_FILE, "../.."),
    maxBuffer: 1 << 20,
    timeout: 15 * 60_000,
  });
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { ms: number; maxRssMb: number; innovations: number };
}

export async function benchWorkbook(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "iid-bench-workbook-"));
  try {
    const path = join(dir, "500.xlsx");
    await writeFilledTemplate(path, { ...kotaContoh, innovations: innovations(500) } as SubmissionInput, framework);
    const out = join(dir, "500-bertanda.xlsx");
    // Warm up module and JIT paths once so the first measured run is not penalised.
    await checkFile(path);
    await annotateWorkbook(path, out, { force: true, today: EXAMPLE_TODAY });

    // The floor, check and annotate rounds alternate (median of 7 each) so all see the same
    // machine conditions; timed one after the other, a busy moment moved a ratio by 0.2 between runs.
    const floorTimes: number[] = [];
    const checkTimes: number[] = [];
    const annotateTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      floorTimes.push(await time(() => new ExcelJS.Workbook().xlsx.readFile(path)));
      checkTimes.push(await time(() => checkFile(path)));
      annotateTimes.push(await time(() => annotateWorkbook(path, out, { force: true, today: EXAMPLE_TODAY })));
    }
    const floor = middle(floorTimes);
    const check = middle(checkTimes);
    const annotate = middle(annotateTimes);
    // exceljs's streaming reader, values only: a lower floor, shown for reference.
    const streamFloor = await median(async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
      for await (const sheet of reader) for await (const row of sheet) void row;
    });
    // What annotate cannot go below: exceljs writing the workbook it read back out, unchanged, the
    // way annotate writes (validations compacted, level-1 deflate). Timed on its own, after a read.
    const writeFloor = await medianOf(async () => {
      const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
      for (const sheet of workbook.worksheets) compactValidations(sheet);
      return time(() => writeWorkbookAtomically(workbook, out, { compressionLevel: 1 }));
    });

    const large = join(dir, "50000.xlsx");
    const writeMs = await time(() => writeLargeWorkbook(large, 50_000));
    const readOnly = await measureInChild("read", large);
    const measured = await measureInChild("check", large);

    const round = (x: number, d = 0) => Number(x.toFixed(d));
    return {
      workbook_500_file_kb: round((await stat(path)).size / 1024),
      workbook_read_floor_ms: round(floor),
      workbook_stream_read_floor_ms: round(streamFloor),
      workbook_check_ms: round(check),
      workbook_check_vs_floor_ratio: round(check / floor, 2),
      workbook_write_floor_ms: round(writeFloor),
      workbook_annotate_ms: round(annotate),
      workbook_annotate_vs_floor_ratio: round(annotate / floor, 2),
      workbook_read_plus_write_floor_ratio: round((floor + writeFloor) / floor, 2),
      workbook_50k_file_mb: round((await stat(large)).size / 1048576, 1),
      workbook_50k_write_ms: round(writeMs),
      workbook_50k_read_ms: round(readOnly.ms),
      workbook_50k_read_peak_rss_mb: round(readOnly.maxRssMb),
      workbook_50k_check_ms: round(measured.ms),
      workbook_50k_innovations: measured.innovations,
      workbook_50k_peak_rss_mb: round(measured.maxRssMb),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TARGETS: Record<string, string> = {
  workbook_check_vs_floor_ratio: "≤ 1.3×",
  workbook_annotate_vs_floor_ratio: "≤ 2×",
  workbook_50k_read_peak_rss_mb: "< 1024 MB",
  workbook_50k_peak_rss_mb: "< 1024 MB",
};

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const at = process.argv.indexOf("--measure");
  if (at >= 0) await childMeasure(process.argv[at + 1]!, process.argv[at + 2]!);
  else {
    const figures = await benchWorkbook();
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(36)} ${String(value).padStart(10)}${TARGETS[key] ? `   target ${TARGETS[key]}` : ""}`);
    console.log(JSON.stringify(figures));
  }
}
