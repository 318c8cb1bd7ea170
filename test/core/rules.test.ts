// One story per rule: what a user does wrong, and what IID Check tells them.
import { describe, expect, it } from "vitest";
import { checkSubmission, countWords, htmlToText, ownColumnValues, renderBlockers, renderMessage, toReport, type Finding } from "../../core/index.ts";
import { design, fullIndicators, fullRegion, innovation, submission, TODAY } from "./builders.ts";

const run = (doc: unknown) => checkSubmission(doc, { today: TODAY, advice: false });
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const one = (overrides: Record<string, unknown>) => run(submission(1, () => overrides));
const find = (findings: Finding[], code: string) => findings.find((f) => f.code === code);

describe("a complete, valid innovation", () => {
  it("raises no error or warning about the innovation itself", () => {
    const result = one({});
    const own = result.findings.filter((f) => f.path[0] === "innovations" && f.path.length > 1 && f.severity !== "info");
    expect(own).toEqual([]);
  });
});

describe("profile fields", () => {
  it("reports every missing required field, never stopping at the first", () => {
    const result = one({ name: null, stage: "", trialDate: undefined, goal: "   " });
    const missing = result.findings.filter((f) => f.code === "field-required").map((f) => f.params.field);
    expect(missing).toEqual(expect.arrayContaining(["name", "stage", "trialDate", "goal"]));
    expect(find(result.findings, "field-required")!.severity).toBe("error");
  });

  it("asks for the classification as a warning only", () => {
    expect(find(one({ classification: null }).findings, "field-recommended")?.params.field).toBe("classification");
  });

  it("does not report a field twice when its value was unreadable", () => {
    const result = one({ trialDate: "besok pagi" });
    expect(codes(result.findings)).toContain("date-invalid");
    expect(result.findings.filter((f) => f.code === "field-required" && f.params.field === "trialDate")).toEqual([]);
  });

  it("skips field-required for fields the host reports as a missing column", () => {
    const result = checkSubmission(submission(2, () => ({ goal: null })), { today: TODAY, absentFields: ["goal"], advice: false });
    expect(result.findings.filter((f) => f.code === "field-required")).toEqual([]);
  });
});

describe("the rancang bangun", () => {
  it("a 280-word design is an error that says how many words are missing", () => {
    const f = find(one({ design: design(280) }).findings, "design-too-short")!;
    expect(f.severity).toBe("error");
    expect(f.params).toMatchObject({ words: 280, minimum: 300, missing: 20 });
    expect(f.path).toEqual(["innovations", 0, "design"]);
  });

  it("counts words after removing HTML from a rich-text editor", () => {
    const html = `<p>${design(300).split(" ").join("</p> <p>")}</p>`;
    expect(find(one({ design: html }).findings, "design-too-short")).toBeUndefined();
  });

  it("warns when the recommended parts cannot be found", () => {
    const text = Array.from({ length: 310 }, (_, i) => `kata${i}`).join(" ");
    const f = find(one({ design: text }).findings, "design-parts-missing")!;
    expect(f.severity).toBe("warning");
    expect(f.params.missing).toHaveLength(6);
    expect(find(one({ design: `Dasar hukum dan permasalahan. ${text}` }).findings, "design-parts-missing")!.params.missing).toHaveLength(4);
  });

  it("looks for the parts in an HTML design's text, read once with the word count", () => {
    const words = Array.from({ length: 310 }, (_, i) => `kata${i}`).join(" ");
    // "&#32;" is a space only once entities are decoded; "Isu</b> strategis" only once tags are gone.
    const html = `<p>Dasar&#32;hukum</p><p><b>Isu</b>strategis</p><p>${words}</p>`;
    const result = one({ design: html });
    expect(result.submission.innovations[0]!.designText).toBe(htmlToText(html));
    expect(result.submission.innovations[0]!.designWords).toBe(countWords(html));
    expect(find(result.findings, "design-parts-missing")!.params.missing).toEqual(["problem", "method", "novelty", "stages"]);
  });
});

describe("dates and the 2026 window", () => {
  it("a trial after implementation is a warning", () => {
    const f = find(one({ trialDate: "2024-08-01", implementationDate: "2024-06-15" }).findings, "trial-after-implementation")!;
    expect(f.severity).toBe("warning");
  });

  it("an implementation date in the future is an error", () => {
    const result = one({ implementationDate: "2027-01-05", trialDate: "2026-12-01" });
    expect(find(result.findings, "implementation-in-future")?.severity).toBe("error");
    expect(codes(result.findings)).toContain("trial-in-future");
  });

  it("implemented after 31 Dec 2025 is outside the window", () => {
    const result = one({ implementationDate: "2026-01-10", trialDate: "2025-11-01" });
    expect(codes(result.findings)).toContain("implementation-after-window");
    expect(result.scores[0]!.assessed).toBe(false);
  });

  it("implemented before 2024 needs a development date inside 2024-2025", () => {
    const none = one({ implementationDate: "2022-05-01", trialDate: "2022-01-01" });
    expect(codes(none.findings)).toContain("development-date-required");
    expect(none.scores[0]!.assessed).toBe(false);
    const outside = one({ implementationDate: "2022-05-01", trialDate: "2022-01-01", developmentDate: "2023-06-01" });
    expect(codes(outside.findings)).toContain("development-date-outside-window");
    const inside = one({ implementationDate: "2022-05-01", trialDate: "2022-01-01", developmentDate: "15 Maret 2025" });
    expect(inside.scores[0]!.assessed).toBe(true);
  });

  it("a development date outside the window is only a warning when implementation is in the window", () => {
    const f = find(one({ developmentDate: "2023-01-01" }).findings, "development-date-irrelevant")!;
    expect(f.severity).toBe("warning");
  });
});

describe("indicators", () => {
  const without = (key: string, answer: unknown) => ({ indicators: { ...fullIndicators(), [key]: answer } });

  it("a mandatory indicator without a level is an error", () => {
    const result = one(without("32", null));
    expect(find(result.findings, "mandatory-indicator-missing")?.path).toEqual(["innovations", 0, "indicators", "32", "level"]);
  });

  it("a chosen level without evidence: error when mandatory, warning otherwise, with the points lost", () => {
    expect(find(one(without("17", { level: 2 })).findings, "mandatory-evidence-missing")?.severity).toBe("error");
    const f = find(one(without("18", { level: 2, evidence: [] })).findings, "evidence-missing")!;
    expect(f.severity).toBe("warning");
    expect(f.params.points).toBe(4);
  });

  it("the region's mandatory SPD indicators are checked too", () => {
    const region = fullRegion();
    (region.indicators as Record<string, unknown>)["5a"] = undefined;
    const result = run({ region, innovations: [innovation()] });
    expect(find(result.findings, "mandatory-indicator-missing")?.path).toEqual(["region", "indicators", "5a", "level"]);
  });

  it("evidence of a type the indicator does not accept is flagged", () => {
    const f = find(one(without("16", { level: 2, evidence: ["perkada.docx"] })).findings, "evidence-type-not-accepted")!;
    expect(f.params).toMatchObject({ indicator: "16", type: "docx" });
    expect(codes(one(without("16", { level: 2, evidence: ["https://drive.google.com/x"] })).findings)).toContain("evidence-link-not-accepted");
    expect(codes(one(without("16", { level: 2, evidence: ["Perkada nomor 12"] })).findings)).toContain("evidence-no-file-type");
  });

  it("evidence files over the size limit are flagged (limit is a framework parameter)", () => {
    const big = { name: "perkada.pdf", size: 3 * 1024 * 1024, type: "application/pdf" };
    expect(find(one(without("16", { level: 2, evidence: [big] })).findings, "evidence-too-large")?.params.limitBytes).toBe(2 * 1024 * 1024);
  });

  it("the video indicator needs an MP4 or a YouTube / Google Drive link", () => {
    expect(codes(one(without("35", { level: 3, evidence: ["https://vimeo.com/123"] })).findings)).toContain("video-link-unsupported");
    expect(codes(one(without("35", { level: 3, evidence: ["thumbnail.png"] })).findings)).toContain("video-missing");
    expect(codes(one(without("35", { level: 3, evidence: ["video.mp4", "thumb.jpg"] })).findings)).not.toContain("video-missing");
    expect(codes(one(without("35", { level: 3, evidence: ["drive.google.com/file/d/1"] })).findings)).not.toContain("video-link-unsupported");
  });

  it("Kemanfaatan (33) needs exactly one basis a-f, and does not score without it", () => {
    const two = one(without("33", { basis: "a, b", level: 3, evidence: ["x.pdf"] }));
    expect(find(two.findings, "kemanfaatan-basis-invalid")?.params.given).toEqual(["a", "b"]);
    expect(two.scores[0]!.assessed).toBe(false);
    expect(codes(one(without("33", { basis: "g", level: 3, evidence: ["x.pdf"] })).findings)).toContain("kemanfaatan-basis-invalid");
    expect(codes(one(without("33", { level: 3, evidence: ["x.pdf"] })).findings)).toContain("kemanfaatan-basis-invalid");
  });

  it("a raw value sets the level by the thresholds, and a contradicting chosen level is a warning", () => {
    const derived = one(without("17", { value: 25, evidence: ["sk.pdf"] }));
    expect(find(derived.findings, "level-derived-from-value")?.params.level).toBe(2);
    expect(derived.scores[0]!.indicators.find((s) => s.key === "17")!.pointsH).toBe(400);
    const contradicts = find(one(without("17", { level: 1, value: "45", evidence: ["sk.pdf"] })).findings, "level-contradicts-value")!;
    expect(contradicts.params).toMatchObject({ chosen: 1, derived: 3 });
    expect(codes(one(without("17", { value: 0, evidence: ["sk.pdf"] })).findings)).toContain("value-below-lowest-level");
    expect(codes(one(without("16", { level: 1, value: 4, evidence: ["sk.pdf"] })).findings)).toContain("value-not-applicable");
  });

  it("derives SPD levels from percentages with a decimal comma and from the BPK opinion", () => {
    const region = { name: "Kota", indicators: { "5a": { value: "0,2", evidence: ["bps.pdf"] }, "8": { value: "WTP", evidence: ["lhp.pdf"] }, "5b": { value: "6,1%", evidence: ["bps.pdf"] } } };
    const result = run({ region, innovations: [] });
    const levels = Object.fromEntries(result.totals.spdIndicators.map((s) => [s.key, s.level]));
    expect(levels).toMatchObject({ "5a": 2, "8": 3, "5b": 1 });
  });

  it("every indicator key outside the framework is reported", () => {
    const result = one({ indicators: { ...fullIndicators(), "36": { level: 1 }, "5a": { level: 2 } } });
    expect(codes(result.findings)).toContain("indicator-unknown");
    expect(codes(result.findings)).toContain("indicator-wrong-aspect");
  });

  it("levels outside 1-3 and unreadable levels are errors", () => {
    expect(codes(one(without("18", { level: 4, evidence: ["a.pdf"] })).findings)).toContain("level-out-of-range");
    expect(codes(one(without("18", { level: "banyak", evidence: ["a.pdf"] })).findings)).toContain("level-invalid");
  });

  it("accepts the option text, the template's '2 - ...' text and 'Parameter 2' as levels", () => {
    const result = run(submission(1, () => ({
      indicators: {
        ...fullIndicators(),
        "16": { level: "Peraturan Kepala Daerah", evidence: ["a.pdf"] },
        "17": { level: "3 - Lebih dari 30 SDM", evidence: ["a.pdf"] },
        "18": { level: "Parameter 1", evidence: ["a.pdf"] },
      },
    })));
    const levels = Object.fromEntries(result.scores[0]!.indicators.map((s) => [s.key, s.level]));
    expect(levels).toMatchObject({ "16": 2, "17": 3, "18": 1 });
  });
});

describe("region-level rules", () => {
  it("duplicate innovation names are errors on the later ones", () => {
    const result = run(submission(3, (i) => ({ name: i === 2 ? " inovasi 1 " : `Inovasi ${i + 1}` })));
    const f = find(result.findings, "duplicate-innovation-name")!;
    expect(f.path).toEqual(["innovations", 2, "name"]);
    expect(f.params.first).toBe(1);
    // The first use is where a host can point (a workbook names its cell).
    expect(f.related).toEqual(["innovations", 0, "name"]);
  });

  it("fewer scored innovations than the divisor minimum is a warning", () => {
    expect(find(run(submission(11)).findings, "below-divisor-minimum")?.params).toMatchObject({ assessed: 11, divisor: 12 });
    expect(find(run(submission(12)).findings, "below-divisor-minimum")).toBeUndefined();
  });

  it("a document without a region says the SPD score counts as 0", () => {
    const result = run({ innovations: [innovation()] });
    expect(codes(result.findings)).toContain("region-missing");
    expect(codes(run({ region: { indicators: {} }, innovations: [] }).findings)).toContain("region-name-missing");
  });

  it("an innovation without a readable implementation date is said to lack the date, not to be outside the window", () => {
    for (const implementationDate of [null, "31/02/2024"]) {
      const result = one({ implementationDate });
      const f = find(result.findings, "innovation-not-assessed")!;
      expect(f.params.reasons).toContain("window");
      const id = renderMessage(f.code, f.params, "id").message;
      const en = renderMessage(f.code, f.params, "en").message;
      expect(id).toContain("Waktu Penerapan kosong atau tidak terbaca");
      expect(en).toContain("implementation date missing or unreadable");
      expect(`${id} ${en}`).not.toMatch(/di luar periode|outside the assessment window/);
    }
    // A date that is read and lies outside stays "outside the window".
    const outside = find(one({ implementationDate: "2026-02-01" }).findings, "innovation-not-assessed")!;
    expect(renderMessage(outside.code, outside.params, "en").message).toContain("outside the assessment window");
  });

  it("a not-assessed innovation at stage Penerapan gets one line naming every reason", () => {
    const f = find(one({ design: design(100), implementationDate: "2026-02-01" }).findings, "innovation-not-assessed")!;
    expect(f.params.reasons).toEqual(expect.arrayContaining(["window", "design"]));
  });

  it("a not-assessed line says what each mandatory indicator lacks: its parameter, its evidence or its one Kemanfaatan basis", () => {
    const indicators = { ...fullIndicators(), "16": { evidence: ["perbup.pdf"] }, "17": { level: 2, evidence: [] }, "33": { basis: "a,b", level: 3, evidence: ["penerima.pdf"] } };
    const f = find(one({ indicators }).findings, "innovation-not-assessed")!;
    const id = renderMessage(f.code, f.params, "id").message;
    const en = renderMessage(f.code, f.params, "en").message;
    expect(id).toContain("indikator wajib 16 (Regulasi Inovasi Daerah) belum dipilih parameternya");
    expect(id).toContain("indikator wajib 17 (Ketersediaan dan peran SDM terhadap inovasi daerah) belum ada bukti dukung");
    expect(id).toContain("indikator wajib 33 (Kemanfaatan inovasi) perlu tepat satu dasar kemanfaatan");
    expect(en).toContain("mandatory indicator 16 (Regional innovation regulation) has no parameter");
    expect(en).toContain("mandatory indicator 17 (Availability and roles of staff) has no evidence");
    expect(en).toContain("mandatory indicator 33 (Benefit of the innovation) needs exactly one benefit basis");
    expect(`${id} ${en}`).not.toMatch(/bernilai 0|scores 0/);
  });

  it("a not-assessed line names the dates: the window's end, the window's start for an old innovation, a date not reached yet", () => {
    const after = find(one({ implementationDate: "2026-02-01" }).findings, "innovation-not-assessed")!;
    expect(renderMessage(after.code, after.params, "id").message).toContain("di luar periode penilaian (diterapkan sesudah 31 Desember 2025)");
    expect(renderMessage(after.code, after.params, "en").message).toContain("outside the assessment window (implemented after 31 December 2025)");
    const old = find(one({ trialDate: "2022-01-01", implementationDate: "2022-03-01", developmentDate: null }).findings, "innovation-not-assessed")!;
    expect(renderMessage(old.code, old.params, "id").message).toContain("diterapkan sebelum 1 Januari 2024 tanpa Waktu Pengembangan");
    expect(renderMessage(old.code, old.params, "en").message).toContain("implemented before 1 January 2024 without a development date");
    const developed = find(one({ trialDate: "2022-01-01", implementationDate: "2022-03-01", developmentDate: "2023-05-01" }).findings, "innovation-not-assessed")!;
    expect(renderMessage(developed.code, developed.params, "id").message).toContain("Waktu Pengembangan di luar periode penilaian (1 Januari 2024 s.d. 31 Desember 2025)");
    expect(renderMessage(developed.code, developed.params, "en").message).toContain("development date outside the assessment window (1 January 2024 to 31 December 2025)");
    const future = find(checkSubmission(submission(1, () => ({ trialDate: "2025-01-10", implementationDate: "2025-11-01" })), { today: "2025-06-01", advice: false }).findings, "innovation-not-assessed")!;
    expect(renderMessage(future.code, future.params, "id").message).toContain("Waktu Penerapan 1 November 2025 belum terjadi");
    expect(renderMessage(future.code, future.params, "en").message).toContain("implementation date 1 November 2025 not reached yet");
  });

  it("the Ringkasan status column and the reports' reasons say the same as the not-assessed line", () => {
    const result = one({ indicators: { ...fullIndicators(), "17": { level: 2, evidence: [] } } });
    for (const lang of ["id", "en"] as const) {
      const report = toReport(result, { lang });
      const [status] = ownColumnValues(report, lang);
      const reasons = renderBlockers(result.scores[0]!.blockers, lang);
      expect(reasons).toEqual([lang === "id" ? "indikator wajib 17 (Ketersediaan dan peran SDM terhadap inovasi daerah) belum ada bukti dukung" : "mandatory indicator 17 (Availability and roles of staff) has no evidence"]);
      expect(status!.status).toContain(reasons[0]);
    }
  });
});
