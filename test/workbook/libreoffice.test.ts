// A real spreadsheet client opens the annotated copy: LibreOffice converts it to CSV, and every
// original cell of the innovation sheet must read exactly as it does in the input.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getFramework, readWorkbookRows } from "../../core/index.ts";
import { annotateWorkbook } from "../../cli/xlsx/annotate.ts";
import { readWorkbook } from "../../cli/xlsx/read.ts";
import { tempDir, TODAY } from "./support.ts";

const run = promisify(execFile);
const SOFFICE = "/usr/bin/soffice";
const newDir = tempDir();
// Token 12 = -1 exports every sheet to NAME-SHEET.csv (LibreOffice 7.2+); UTF-8 (76), comma, quote.
const ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

async function sheetsAsCsv(path: string, dir: string): Promise<(name: string) => Promise<string[][]>> {
  await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", ALL_SHEETS_CSV, "--outdir", dir, path], { timeout: 120_000 });
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.xlsx$/, "");
  return async (sheet) => parseCsv(await readFile(join(dir, `${base}-${sheet}.csv`), "utf8"));
}

describe.skipIf(!existsSync(SOFFICE))("LibreOffice opens the annotated workbook", () => {
  it("and every original value of the Inovasi and Pemda sheets is unchanged", { timeout: 240_000 }, async () => {
    const dir = await newDir();
    const input = new URL("../../examples/kota-contoh.xlsx", import.meta.url).pathname;
    const output = join(dir, "kota-contoh-bertanda.xlsx");
    const { markedCells } = await annotateWorkbook(input, output, { today: TODAY });
    expect(markedCells).toBeGreaterThan(0);

    const before = await sheetsAsCsv(input, join(dir, "sebelum"));
    const after = await sheetsAsCsv(output, join(dir, "sesudah"));
    for (const sheet of ["Inovasi", "Pemda"]) {
      const original = await before(sheet);
      const annotated = await after(sheet);
      expect(original.length).toBeGreaterThan(1);
      expect(annotated.length, sheet).toBe(original.length);
      original.forEach((row, r) => expect(annotated[r]!.slice(0, row.length), `${sheet} row ${r + 1}`).toEqual(row));
    }
    // The copy also carries our columns and sheets, readable by LibreOffice.
    const header = (await after("Inovasi"))[0]!;
    expect(header.slice(-2)).toEqual(["Skor (IID Check)", "Status (IID Check)"]);
    const summary = (await after("Ringkasan")).flat();
    expect(summary).toContain("Estimasi IID");
    expect((await after("Matriks")).length).toBeGreaterThan(15);
  });
});

describe.skipIf(!existsSync(SOFFICE))("a workbook saved by LibreOffice", () => {
  it("reads the same submission as the original, through both readers", { timeout: 240_000 }, async () => {
    const dir = await newDir();
    const original = new URL("../../examples/kota-contoh.xlsx", import.meta.url).pathname;
    await run(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", dir, original], { timeout: 120_000 });
    const saved = join(dir, "kota-contoh.xlsx");
    const framework = getFramework();
    const expected = readWorkbookRows(await readWorkbook(original), framework).input;
    for (const stream of [false, true]) {
      const sheets = await readWorkbook(saved, { stream });
      expect(sheets.sheetNames).toEqual(["Petunjuk", "Pemda", "Inovasi", "Ringkasan", "Daftar"]);
      expect(readWorkbookRows(sheets, framework).input).toEqual(expected);
    }
  });
});

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
