// Inserts the template sheets that are missing; existing sheets are never overwritten.
import type { TemplateSheet } from "../logic/template.ts";
import type { XlContext } from "./api.ts";
import type { ReadStats } from "./read.ts";

export async function insertTemplateSheets(context: XlContext, sheets: readonly TemplateSheet[], stats: ReadStats): Promise<{ added: string[]; skipped: string[] }> {
  const { worksheets } = context.workbook;
  const existing = sheets.map((s) => ({ spec: s, sheet: worksheets.getItemOrNullObject(s.name) }));
  for (const e of existing) e.sheet.load("name");
  stats.syncs++;
  await context.sync();
  const added: string[] = [];
  const skipped: string[] = [];
  for (const { spec, sheet } of existing) {
    if (!sheet.isNullObject) {
      skipped.push(spec.name);
      continue;
    }
    const created = worksheets.add(spec.name);
    const width = Math.max(1, ...spec.rows.map((r) => r.length));
    const rows = spec.rows.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
    created.getRangeByIndexes(0, 0, rows.length, width).values = rows;
    for (const row of spec.boldRows) created.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
    spec.widths?.forEach((w, i) => {
      // Excel measures column width in points; the layout gives characters (~7 points each).
      created.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * 7;
    });
    added.push(spec.name);
  }
  if (added.length) {
    stats.syncs++;
    await context.sync();
  }
  return { added, skipped };
}
