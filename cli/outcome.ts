// What checking one file produced: a report (and the data behind it), or the reason the file
// could not be read. Every report writer takes a list of these.
import type { Finding, Framework, Lang, Report } from "../core/index.ts";
import type { CompletenessMatrix } from "./report/matrix.ts";
import type { Bilingual } from "./strings.ts";

export type FileReport = { file: string } & Report;

/**
 * Only what the report writers read: the check's full result (the normalised submission, scores,
 * advice; about 10 KB per innovation) is let go once the report and the matrix are built, so a
 * folder of workbooks, or one of 50,000 rows, does not keep it until everything is rendered.
 */
export type CheckedFile = { file: string; kind: "json" | "xlsx"; framework: Framework; report: FileReport; matrix: CompletenessMatrix };

export type FailedFile = { file: string; kind: "json" | "xlsx" | "other"; error: { code: string; messages: Bilingual; detail?: string } };

export type FileOutcome = CheckedFile | FailedFile;

export const isFailed = (o: FileOutcome): o is FailedFile => "error" in o;

export type Totals = { files: number; checked: number; unreadable: number; error: number; warning: number; info: number; exitCode: 0 | 1 | 2 };

/** 2 when any input could not be read (it wins), 1 when any error-severity finding, else 0. */
export function totalsOf(outcomes: readonly FileOutcome[]): Totals {
  const totals: Totals = { files: outcomes.length, checked: 0, unreadable: 0, error: 0, warning: 0, info: 0, exitCode: 0 };
  for (const o of outcomes) {
    if (isFailed(o)) {
      totals.unreadable++;
      continue;
    }
    totals.checked++;
    totals.error += o.report.counts.error;
    totals.warning += o.report.counts.warning;
    totals.info += o.report.counts.info;
  }
  totals.exitCode = totals.unreadable > 0 ? 2 : totals.error > 0 ? 1 : 0;
  return totals;
}

/** ["innovations", 2, "indicators", "16", "evidence", 0] -> "innovations[2].indicators.16.evidence[0]". */
export function pathText(path: Finding["path"]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/** Where a user acts on a finding: the cell for workbooks, else the submission path. */
export function locationText(f: Pick<Finding, "path" | "location">): string {
  const at = f.location;
  if (at?.cell) return at.cell;
  if (at?.sheet) return at.row !== undefined ? `${at.sheet}!${at.row}` : at.sheet;
  return pathText(f.path);
}

/** The message of a failed file, chosen language first, the other after it. */
export const failedMessage = (o: FailedFile, lang: Lang): string => {
  const other: Lang = lang === "id" ? "en" : "id";
  return `${o.error.messages[lang]} / ${o.error.messages[other]}${o.error.detail ? ` (${o.error.detail})` : ""}`;
};
