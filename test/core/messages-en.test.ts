// English messages count as English does: "1 word", "1 innovation", "1 point" (Indonesian has no plural).
import { describe, expect, it } from "vitest";
import { checkSubmission, renderMessage, toReport } from "../../core/index.ts";
import { design, submission, TODAY } from "./builders.ts";

const english = (doc: unknown) => toReport(checkSubmission(doc, { today: TODAY }), { lang: "en" });

describe("English counts", () => {
  it("one assessed innovation short of 12: the advice and the warning say 'innovation', not 'innovations'", () => {
    const report = english(submission(11));
    const add = report.advice.find((a) => a.code === "add-innovations")!;
    expect(add.message).toMatch(/^Add 1 assessed innovation to reach 12;/);
    const below = english(submission(1)).findings.find((f) => f.code === "below-divisor-minimum")!;
    expect(below.message).toBe("Only 1 innovation is assessed; its points are still divided by 12.");
    // More than one stays plural.
    expect(english(submission(10)).advice.find((a) => a.code === "add-innovations")!.message).toMatch(/^Add 2 assessed innovations /);
  });

  it("a 299-word design is '1 word' short, in the finding, its fix and the advice", () => {
    const report = english(submission(12, (i) => (i === 0 ? { design: design(299) } : {})));
    const finding = report.findings.find((f) => f.code === "design-too-short")!;
    expect(finding.message).toBe("The design (rancang bangun) has 299 words; at least 300 are required (1 short).");
    expect(finding.fix).toMatch(/^Add at least 1 word: /);
    expect(report.advice.find((a) => a.code === "lengthen-design")!.message).toMatch(/ by 1 word so it can be assessed\.$/);
  });

  it("evidence worth one point: '1 point is lost'; more: 'points are'", () => {
    expect(renderMessage("evidence-missing", { indicator: "14", points: 1 }, "en").message).toMatch(/; 1 point is lost\.$/);
    expect(renderMessage("evidence-missing", { indicator: "14", points: 2 }, "en").message).toMatch(/; 2 points are lost\.$/);
    expect(renderMessage("cover-yandas", { needed: 1, affairs: ["Sosial"], assumedScore: 80 }, "en").message).toMatch(/^Add 1 assessed innovation in /);
  });
});
