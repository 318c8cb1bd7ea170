import { describe, expect, it } from "vitest";
import { checkSubmission } from "../../core/index.ts";
import { submission, TODAY } from "./builders.ts";

const run = (doc: unknown) => checkSubmission(doc, { today: TODAY, advice: false });
const one = (overrides: Record<string, unknown>) => run(submission(1, () => overrides));

describe("normalising what people type", () => {
  it("reads known variants of official wording and says so (info)", () => {
    const result = one({ stage: "Ujicoba", mainAffair: "Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat", type: "non-digital" });
    const normalised = result.findings.filter((f) => f.code === "enum-normalised");
    expect(normalised.map((f) => f.params.canonical)).toEqual(
      expect.arrayContaining(["Uji Coba", "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", "Non Digital"]),
    );
    expect(normalised.every((f) => f.severity === "info")).toBe(true);
    expect(result.submission.innovations[0]!.stage).toBe("Uji Coba");
  });

  it("guesses a close misspelling with a warning, and rejects unknown values with an error", () => {
    const close = one({ stage: "Penerepan" });
    expect(close.findings.find((f) => f.code === "enum-close-match")?.params).toMatchObject({ given: "Penerepan", canonical: "Penerapan" });
    expect(close.scores[0]!.assessed).toBe(true);
    const unknown = one({ form: "Inovasi Rahasia" });
    expect(unknown.findings.find((f) => f.code === "enum-unknown")?.severity).toBe("error");
  });

  it("a sheet with a finding in every cell is still checked: 160,000 normalisation findings, no stack overflow", () => {
    // 40,000 rows each with four values to normalise or reject (a reviewer's 50,000-row sheet of bad values)
    const result = run(submission(40_000, () => ({ stage: "Ujicoba", mainAffair: "Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat", type: "non-digital", form: "Inovasi Rahasia" })));
    expect(result.findings.filter((f) => f.code === "enum-normalised" || f.code === "enum-unknown").length).toBeGreaterThanOrEqual(160_000);
  }, 60_000);

  it("reads dates in every accepted format into ISO", () => {
    const result = one({ trialDate: 45323, implementationDate: "15 Maret 2024" });
    expect(result.submission.innovations[0]).toMatchObject({ trialDate: "2024-02-01", implementationDate: "2024-03-15" });
  });

  it("reports fields of the wrong type and unknown fields without stopping", () => {
    const result = one({ name: { nested: true }, colour: "blue", otherAffairs: 5 });
    const codes = result.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["field-type", "field-unknown"]));
    expect(result.submission.innovations).toHaveLength(1);
  });

  it("says when it had to guess a date or a number", () => {
    const result = one({ trialDate: "02/13/2024", indicators: { "18": { level: "1", evidence: ["a.pdf"] }, "17": { value: "1.500", evidence: ["sk.pdf"] }, "22": { value: "banyak", evidence: ["a.pdf"] } } });
    const codes = result.findings.map((f) => f.code);
    expect(result.findings.find((f) => f.code === "date-guess")?.params).toMatchObject({ read: "2024-02-13", reason: "month-day-order" });
    expect(result.findings.find((f) => f.code === "number-ambiguous")?.params.read).toBe(1500);
    expect(codes).toContain("value-invalid");
  });

  it("splits evidence lists given as one text", () => {
    const result = one({ indicators: { "16": { level: 1, evidence: "sk.pdf; lampiran.pdf\nfoto.jpg" } } });
    expect(result.submission.innovations[0]!.indicators.get("16")!.evidence.map((e) => e.name)).toEqual(["sk.pdf", "lampiran.pdf", "foto.jpg"]);
  });

  it("accepts indicator keys written as '5A', ' 5 a' or 'Indikator 16'", () => {
    const result = run({ region: { name: "X", indicators: { "5A": { level: 1, evidence: ["a.pdf"] }, " 10 b": { level: 2, evidence: ["b.pdf"] } } }, innovations: [] });
    expect([...result.submission.region!.indicators.keys()]).toEqual(["5a", "10b"]);
  });
});

describe("bad input never crashes", () => {
  it.each([null, undefined, 42, "text", [], [1, 2], { innovations: "many" }, { innovations: [null, 5, "x"] }, { region: [] }, { region: { indicators: [] } }])(
    "%j gives findings, not an exception",
    (input) => {
      const result = run(input);
      expect(result.summary.iid).toBeGreaterThanOrEqual(0);
      expect(result.findings.length).toBeGreaterThan(0);
    },
  );

  it("a document that is not an object is one clear finding", () => {
    expect(run([1, 2]).findings.map((f) => f.code)).toEqual(["document-invalid"]);
  });

  it("null everywhere", () => {
    const nulls = Object.fromEntries(Object.keys(submission(1).innovations[0]!).map((k) => [k, null]));
    const result = run({ framework: null, region: { name: null, indicators: { "1": null } }, innovations: [nulls] });
    expect(result.scores[0]!.assessed).toBe(false);
  });

  it("a 10 MB design is cut to the first 200,000 characters with a warning", () => {
    const huge = "kata ".repeat(2_000_000);
    const result = one({ design: huge });
    expect(result.findings.some((f) => f.code === "text-too-long")).toBe(true);
    expect(result.submission.innovations[0]!.designWords).toBe(40_000);
  });

  it("an unknown framework id falls back to the default with a warning", () => {
    const result = checkSubmission({ framework: "iid-1999", innovations: [] }, { today: TODAY });
    expect(result.framework.id).toBe("iid-2026");
    expect(result.findings.some((f) => f.code === "framework-unknown")).toBe(true);
  });
});

describe("entries that are not innovations", () => {
  it("are skipped with a finding, and the rest are still checked and advised on, with paths naming their document position", () => {
    const doc = { innovations: ["", {}, 7, submission(1).innovations[0]] };
    const result = checkSubmission(doc, { today: TODAY });
    expect(result.findings.filter((f) => f.code === "field-type").map((f) => f.path)).toEqual([["innovations", 0], ["innovations", 2]]);
    expect(result.submission.innovations.map((i) => i.index)).toEqual([1, 3]);
    expect(result.findings.some((f) => f.code === "field-required" && f.path[1] === 1)).toBe(true);
    expect(result.advice).toBeDefined();
  });
});
