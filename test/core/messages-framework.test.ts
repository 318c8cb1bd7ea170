// Messages follow the framework in use: a forecast framework with another divisor must not be
// explained with the 2026 numbers.
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework, LANGS, toReport } from "../../core/index.ts";
import { submission, TODAY } from "./builders.ts";

describe("framework numbers in messages", () => {
  it("below the 2027 divisor (14), the warning and its reason do not speak of 12", () => {
    const framework = getFramework("iid-2027");
    expect(framework.scoring.divisorMin).toBe(14);
    const result = checkSubmission(submission(13), { today: TODAY, framework });
    for (const lang of LANGS) {
      const finding = toReport(result, { lang }).findings.find((f) => f.code === "below-divisor-minimum")!;
      expect(finding.message).toContain("14");
      expect(`${finding.message} ${finding.why}`).not.toMatch(/\b12\b/);
    }
  });
});
