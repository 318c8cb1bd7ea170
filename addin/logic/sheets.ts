// Which sheet holds the innovation table: the template's "Inovasi" sheet, or any sheet whose
// header the shared recognition accepts. Pure, so the choice is tested without Excel.
import { recogniseInnovationHeader, SHEETS, type Framework, type SheetRows } from "../../core/index.ts";

export type SheetChoice = {
  /** The sheet to check, when any matches. */
  innovations?: string;
  /** Every sheet whose header is recognised (the pane offers a picker when there are several). */
  candidates: string[];
  /** The template's region sheet, when present. */
  region?: string;
};

export function chooseSheets(
  sheets: readonly { name: string; visible: boolean }[],
  heads: ReadonlyMap<string, { rows: SheetRows }>,
  framework: Framework,
  preferred?: string,
): SheetChoice {
  const candidates = sheets
    .filter((s) => s.visible || s.name === preferred)
    .map((s) => s.name)
    .filter((name) => {
      const head = heads.get(name);
      return head !== undefined && recogniseInnovationHeader(head.rows.rows, framework) !== undefined;
    });
  const innovations =
    (preferred && candidates.includes(preferred) ? preferred : undefined) ??
    (candidates.includes(SHEETS.innovations) ? SHEETS.innovations : undefined) ??
    candidates[0];
  const region = sheets.some((s) => s.name === SHEETS.region) ? SHEETS.region : undefined;
  return { ...(innovations ? { innovations } : {}), candidates, ...(region ? { region } : {}) };
}
