// Real .xlsx fixtures for the workbook tests: written by exceljs into a temporary directory,
// shaped like the workbooks agencies actually send (title rows, merged cells, odd headers).
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll } from "vitest";

export const TODAY = "2026-05-15";

/** A temp directory removed after the test file. */
export function tempDir(): () => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), "iid-workbook-"));
    made.push(dir);
    return dir;
  };
}

export type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; merges?: string[]; firstRow?: number };

/** Writes sheets of raw cell values (strings, numbers, Dates, formulas, hyperlinks) to PATH. */
export async function writeSheets(path: string, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell((spec.firstRow ?? 1) + r, c + 1).value = value;
      }),
    );
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}

type Zip = {
  file(name: string): { async(type: "string"): Promise<string> } | null;
  file(name: string, data: string): void;
  files: Record<string, { dir: boolean }>;
  generateAsync(options: { type: "nodebuffer"; compression?: "DEFLATE" }): Promise<Buffer>;
};
/** JSZip as exceljs bundles it. */
export const JSZip = createRequire(createRequire(import.meta.url).resolve("exceljs"))("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

/**
 * Writes to TARGET a copy of the workbook SOURCE whose worksheet PART ("xl/worksheets/sheet1.xml")
 * EDIT rewrites: XML as other programs write it, which exceljs's writer never does. (Deflated,
 * as Excel and LibreOffice write their parts.)
 */
export async function rewriteSheetXml(source: string, target: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(source));
  zip.file(part, edit(await zip.file(part)!.async("string")));
  await writeFile(target, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function sha256(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** A design text of N words that names the six recommended parts. */
export function design(words: number): string {
  const parts =
    "Dasar hukum inovasi ini adalah Perda. Permasalahan yang dihadapi adalah antrean panjang. Isu strategis daerah adalah layanan dasar. Metode pembaharuan berupa aplikasi daring. Keunggulan dan kebaharuan terletak pada integrasi data. Tahapan inovasi dimulai dari uji coba.";
  const base = parts.split(/\s+/);
  if (words <= base.length) return base.slice(0, words).join(" ");
  return `${parts} ${Array.from({ length: words - base.length }, (_, i) => `layanan${i}`).join(" ")}`;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Note text of a cell, whichever form exceljs returns it in. */
export function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

export function fillColour(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}
