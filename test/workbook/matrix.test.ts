// The completeness matrix as plain data (shared by the annotated workbook, HTML and CSV).
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework } from "../../core/index.ts";
import { completenessMatrix } from "../../cli/report/matrix.ts";

const framework = getFramework();

describe("completenessMatrix", () => {
  it("marks each indicator answered with evidence, answered without evidence, or empty", () => {
    const result = checkSubmission(
      {
        innovations: [
          { name: "Sehat", indicators: { "16": { level: 2, evidence: ["perkada.pdf"] }, "17": { level: 1 }, "18": { evidence: ["dpa.pdf"] }, "20": { value: 2, evidence: "daftar-hadir.pdf" } } },
          { name: null },
        ],
      },
      { framework, today: "2026-05-15", advice: false },
    );
    const matrix = completenessMatrix(result);
    expect(matrix.columns.map((c) => c.key)).toEqual(framework.sid.map((d) => d.key));
    expect(matrix.columns.filter((c) => c.mandatory).map((c) => c.key)).toEqual(["16", "17", "32", "33", "35"]);
    expect(matrix.columns[0]!.name).toEqual({ id: "Regulasi Inovasi Daerah", en: framework.sid[0]!.name.en });
    const cell = (row: number, key: string) => matrix.rows[row]!.cells[matrix.columns.findIndex((c) => c.key === key)];
    expect(cell(0, "16")).toBe("evidence");
    expect(cell(0, "17")).toBe("no-evidence");
    // Evidence without a parameter cannot score: still empty.
    expect(cell(0, "18")).toBe("empty");
    // A raw value counts as an answer.
    expect(cell(0, "20")).toBe("evidence");
    expect(cell(0, "35")).toBe("empty");
    expect(matrix.rows.map((r) => [r.index, r.name])).toEqual([
      [0, "Sehat"],
      [1, ""],
    ]);
    expect(matrix.rows[1]!.cells.every((c) => c === "empty")).toBe(true);
  });
});
