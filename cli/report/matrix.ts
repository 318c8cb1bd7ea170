// The completeness matrix (innovations × SID indicators) as plain data, shared by the annotated
// workbook's "Matriks" sheet and the HTML/CSV reports, so all three show the same thing.
import type { CheckResult } from "../../core/index.ts";

/** answered with evidence / answered without evidence (scores 0) / no parameter chosen. */
export type MatrixCell = "evidence" | "no-evidence" | "empty";

export type MatrixColumn = { key: string; name: { id: string; en: string }; mandatory: boolean };

export type MatrixRow = {
  /** 0-based index into the submission's innovations. */
  index: number;
  name: string;
  /** One cell per column, in column order. */
  cells: MatrixCell[];
};

export type CompletenessMatrix = { columns: MatrixColumn[]; rows: MatrixRow[] };

/**
 * An indicator counts as answered when a parameter (level) or a raw value was given, even one
 * that could not be read; evidence without any parameter still leaves the indicator empty,
 * because it cannot score.
 */
export function completenessMatrix(result: CheckResult): CompletenessMatrix {
  const columns = result.framework.sid.map((d) => ({ key: d.key, name: { id: d.name.id, en: d.name.en }, mandatory: d.mandatory }));
  const rows = result.submission.innovations.map((innovation) => ({
    index: innovation.index,
    name: innovation.name ?? "",
    cells: columns.map(({ key }): MatrixCell => {
      const answer = innovation.indicators.get(key);
      if (!answer) return "empty";
      const answered = answer.level !== undefined || answer.chosenLevel !== undefined || answer.value !== undefined || answer.unreadable === true;
      if (!answered) return "empty";
      return answer.evidence.length > 0 ? "evidence" : "no-evidence";
    }),
  }));
  return { columns, rows };
}
