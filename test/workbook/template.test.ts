// The standard workbook as a person opens it: every column recognised when read back,
// drop-downs on enumerated and parameter columns, a frozen header and explanatory notes.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";
import { columnLetter, getFramework, innovationColumns, readWorkbookRows, REGION_LAYOUT, regionRows, SHEETS } from "../../core/index.ts";
import { readWorkbook } from "../../cli/xlsx/read.ts";
import { TEMPLATE_ROWS, writeTemplate } from "../../cli/xlsx/template.ts";
import { loadWorkbook, noteText, tempDir } from "./support.ts";

const framework = getFramework();
const columns = innovationColumns(framework);
const newDir = tempDir();

async function template(lang: "id" | "en" = "id") {
  const dir = await newDir();
  const path = join(dir, "templat.xlsx");
  await writeTemplate(path, framework, { lang });
  return { dir, path };
}

describe("the template written by iid-check template", () => {
  it("has the four sheets in order and a hidden list sheet", async () => {
    const { path } = await template();
    const workbook = await loadWorkbook(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SHEETS.instructions, SHEETS.region, SHEETS.innovations, SHEETS.summary, SHEETS.lists]);
    expect(workbook.getWorksheet(SHEETS.lists)!.state).toBe("hidden");
  });

  it("reads back with every column recognised, no missing or extra columns", async () => {
    const { path } = await template();
    const read = readWorkbookRows(await readWorkbook(path), framework);
    expect(read.findings).toEqual([]);
    expect(read.absentFields).toEqual([]);
    const recognised = read.innovationSheet!.header.columns.map((c) => c.target);
    expect(recognised).toEqual(columns.map((c) => c.target));
    expect(read.regionSheet!.rowByKey.size).toBe(regionRows(framework).length);
  });

  it("puts a drop-down on every enumerated and parameter column for the first 1000 rows", async () => {
    const { path } = await template();
    const workbook = await loadWorkbook(path);
    const sheet = workbook.getWorksheet(SHEETS.innovations)!;
    const lists = workbook.getWorksheet(SHEETS.lists)!;
    const withList = columns.filter((c) => c.list);
    expect(withList.length).toBe(columns.filter((c) => c.kind === "enum" || c.kind === "level" || c.kind === "basis").length);
    for (const column of withList) {
      const letter = columnLetter(columns.indexOf(column) + 1);
      for (const row of [2, TEMPLATE_ROWS + 1]) {
        const validation = sheet.getCell(`${letter}${row}`).dataValidation;
        expect(validation?.type, `${column.header} row ${row}`).toBe("list");
        const formula = validation!.formulae[0] as string;
        // Each formula must stay within Excel's 255-character limit for inline lists.
        expect(formula.length).toBeLessThanOrEqual(255);
        const offered = formula.startsWith('"') ? formula.slice(1, -1).split(",") : rangeValues(lists, formula);
        expect(offered, column.header).toEqual([...column.list!]);
      }
      expect(sheet.getCell(`${letter}${TEMPLATE_ROWS + 2}`).dataValidation).toBeUndefined();
    }
    // The affairs list is long and full of commas: it must come from the list sheet.
    const affair = columns.findIndex((c) => c.id === "mainAffair");
    expect(sheet.getCell(`${columnLetter(affair + 1)}2`).dataValidation!.formulae[0]).toMatch(/^Daftar!\$[A-Z]+\$1:\$[A-Z]+\$38$/);
  });

  it("freezes the header row, sets widths and explains each column in a bilingual note", async () => {
    const { path } = await template();
    const sheet = (await loadWorkbook(path)).getWorksheet(SHEETS.innovations)!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    columns.forEach((column, i) => {
      const cell = sheet.getCell(1, i + 1);
      expect(cell.value).toBe(column.header);
      expect(noteText(cell)).toContain(column.note.id);
      expect(noteText(cell)).toContain(column.note.en);
      expect(sheet.getColumn(i + 1).width).toBe(column.width);
    });
  });

  it("lays out the Pemda sheet: name cell, header row and the 20 SPD rows with drop-downs", async () => {
    const { path } = await template();
    const sheet = (await loadWorkbook(path)).getWorksheet(SHEETS.region)!;
    expect(sheet.getCell(REGION_LAYOUT.nameCell.row, REGION_LAYOUT.nameCell.column - 1).value).toBe(REGION_LAYOUT.nameLabel);
    expect(REGION_LAYOUT.headers.map((_, i) => sheet.getCell(REGION_LAYOUT.headerRow, i + 1).value)).toEqual([...REGION_LAYOUT.headers]);
    const specs = regionRows(framework);
    expect(specs).toHaveLength(20);
    specs.forEach((spec, i) => {
      const row = REGION_LAYOUT.headerRow + 1 + i;
      expect(sheet.getCell(row, 1).value).toBe(spec.number);
      expect(String(sheet.getCell(row, 2).value)).toContain(spec.name);
      expect(sheet.getCell(row, 3).dataValidation?.type).toBe("list");
    });
  });

  it("writes the instructions in Indonesian with English below, or the other way round for --lang en", async () => {
    const id = (await loadWorkbook((await template("id")).path)).getWorksheet(SHEETS.instructions)!;
    expect(String(id.getCell("A1").value)).toMatch(/^Petunjuk pengisian/);
    const texts = id.getColumn(1).values.map(String);
    expect(texts.some((t) => t.startsWith("How to fill in"))).toBe(true);
    const en = (await loadWorkbook((await template("en")).path)).getWorksheet(SHEETS.instructions)!;
    expect(String(en.getCell("A1").value)).toMatch(/^How to fill in/);
  });

  it("writes atomically: no temporary file is left next to the result", async () => {
    const { dir } = await template();
    expect(await readdir(dir)).toEqual(["templat.xlsx"]);
  });
});

function rangeValues(sheet: Worksheet, formula: string): string[] {
  const m = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula)!;
  const out: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[3]); r++) out.push(String(sheet.getCell(`${m[1]}${r}`).value));
  return out;
}
