// Data-validation lists for enumerated and parameter columns. Excel's inline list source is
// comma-separated and capped at 255 characters, and affair names contain commas, so longer
// lists live in a hidden sheet the add-in owns and the rule points at that range.
import { columnLetter, innovationColumns, sheetRef, type Framework, type HeaderMatch } from "../../core/index.ts";

/** The hidden sheet that holds long drop-down lists. */
export const LISTS_SHEET = "Daftar IID Check";
const INLINE_LIMIT = 255;

export type DropdownPlan = {
  /** Lists written to LISTS_SHEET, one per column from A: header then values. */
  lists: string[][];
  rules: { column: number; source: string }[];
};

export function planDropdowns(header: HeaderMatch, framework: Framework): DropdownPlan {
  const template = innovationColumns(framework);
  const lists: string[][] = [];
  const rules: DropdownPlan["rules"] = [];
  for (const column of header.columns) {
    const target = column.target;
    const spec = template.find((t) =>
      target.kind === "profile" ? t.target.kind === "profile" && t.target.key === target.key : t.target.kind === "indicator" && t.target.key === target.key && t.target.part === target.part,
    );
    if (!spec?.list?.length) continue;
    const inline = spec.list.join(",");
    if (!spec.list.some((v) => v.includes(",")) && inline.length <= INLINE_LIMIT) {
      rules.push({ column: column.index, source: inline });
      continue;
    }
    lists.push([spec.header, ...spec.list]);
    const letter = columnLetter(lists.length);
    rules.push({ column: column.index, source: `=${sheetRef(LISTS_SHEET)}!$${letter}$2:$${letter}$${spec.list.length + 1}` });
  }
  return { lists, rules };
}
