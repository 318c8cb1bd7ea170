// Finds the header row of an innovation table in rows people actually have: title rows and
// merged title cells above it, columns in any order, extra columns, two-row indicator headers.
import type { Framework } from "../framework/compile.ts";
import { labelRecogniser, type LabelTarget } from "../recognition/labels.ts";
import { cellText, type CellValue } from "./cells.ts";
import { isOwnColumn, type ColumnTarget } from "./layout.ts";

export type RecognisedColumn = { index: number; header: string; target: ColumnTarget };

export type HeaderMatch = {
  /** 0-based index into the rows given. */
  headerRow: number;
  columns: RecognisedColumn[];
  /** Non-empty headers we do not use (kept untouched, reported once). */
  extra: { index: number; header: string }[];
  /** Columns the tools own (score, status), by purpose. */
  own: { index: number; header: string }[];
};

/** How far down to look for the header. */
export const HEADER_SCAN_ROWS = 30;

/** Texts up to this length are recognised once per scan (headers are far shorter). */
const MEMO_MAX_LENGTH = 120;

export function recogniseInnovationHeader(rows: readonly (readonly CellValue[])[], framework: Framework): HeaderMatch | undefined {
  const recogniser = labelRecogniser(framework);
  // The rows scanned repeat the same texts (stages, parameters, agencies): recognise each text once.
  // Long texts (designs, goals) are not kept: they rarely repeat, and keying the map by them
  // hashes every character (the recogniser turns the longest down at once anyway).
  const known = new Map<string, ColumnTarget | undefined>();
  const recognise = (text: string): ColumnTarget | undefined => {
    if (text.length > MEMO_MAX_LENGTH) return toColumnTarget(recogniser.recognise(text));
    let target = known.get(text);
    if (target === undefined && !known.has(text)) known.set(text, (target = toColumnTarget(recogniser.recognise(text))));
    return target;
  };
  let best: { match: HeaderMatch; score: number } | undefined;
  // The trimmed texts of the row above, as the previous round read them (for group headers).
  let above: string[] = [];
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    const texts: string[] = new Array(row.length);
    const columns: RecognisedColumn[] = [];
    const extra: HeaderMatch["extra"] = [];
    const own: HeaderMatch["own"] = [];
    const seen = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      const header = (texts[c] = cellText(row[c]).trim());
      if (!header) continue;
      if (isOwnColumn(header)) {
        own.push({ index: c, header });
        continue;
      }
      let target = recognise(header);
      if (target?.kind === "indicator" && !/\d/.test(header)) {
        // A bare "Parameter" / "Bukti Dukung" under a merged "Indikator 16" group header.
        const group = groupLabel(above, c);
        const grouped = group ? recognise(`${group} ${header}`) : undefined;
        if (grouped) target = grouped;
      } else if (!target) {
        const group = groupLabel(above, c);
        if (group) target = recognise(`${group} ${header}`);
      }
      const id = target ? (target.kind === "profile" ? target.key : `${target.key}:${target.part}`) : undefined;
      if (target && id && !seen.has(id)) {
        seen.add(id);
        columns.push({ index: c, header, target });
      } else if (!recogniser.isIgnored(header)) extra.push({ index: c, header });
    }
    const profile = columns.filter((x) => x.target.kind === "profile").length;
    const score = profile * 2 + columns.length;
    const hasName = columns.some((x) => x.target.kind === "profile" && x.target.key === "name");
    if (hasName && profile >= 3 && (!best || score > best.score)) best = { match: { headerRow: r, columns, extra, own }, score };
    above = texts;
  }
  return best?.match;
}

function toColumnTarget(target: LabelTarget | undefined): ColumnTarget | undefined {
  if (!target || target.kind === "region-name") return undefined;
  return target;
}

/** The nearest non-empty cell at or left of column c in the row above (a merged group header), from its trimmed texts. */
function groupLabel(above: readonly string[], c: number): string | undefined {
  for (let i = c; i >= 0 && i > c - 4; i--) {
    const text = above[i];
    if (text) return /\d/.test(text) ? text : undefined;
  }
  return undefined;
}
