// Messages follow the framework in use: a forecast framework with another divisor must not be
// explained with the 2026 numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework, LANGS, loadFramework, toReport } from "../../core/index.ts";
import { design, submission, TODAY } from "./builders.ts";

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

describe("a framework file with another design minimum", () => {
  const base = JSON.parse(readFileSync(join(import.meta.dirname, "../../core/framework/data/iid-2026.json"), "utf8")) as { design: Record<string, unknown> };
  const framework = loadFramework({ id: "uji-250", extends: "iid-2026", cycle: 2026, title: { id: "Uji 250 kata", en: "Test 250 words" }, provisional: true, design: { ...base.design, minWords: 250 } });

  it("the not-assessed line, the design finding and their reasons speak of 250 words, never 300", () => {
    expect(framework.design.minWords).toBe(250);
    const result = checkSubmission(submission(12, (i) => (i === 0 ? { design: design(240) } : {})), { today: TODAY, framework });
    for (const lang of LANGS) {
      const report = toReport(result, { lang });
      const line = report.findings.find((f) => f.code === "innovation-not-assessed")!;
      expect(line.message).toContain("250");
      expect(`${line.message} ${line.why}`).not.toContain("300");
      const short = report.findings.find((f) => f.code === "design-too-short")!;
      expect(`${short.message} ${short.why} ${short.fix}`).not.toContain("300");
    }
  });
});

describe("a framework file with another implementation window", () => {
  const base = JSON.parse(readFileSync(join(import.meta.dirname, "../../core/framework/data/iid-2026.json"), "utf8")) as { window: Record<string, unknown> };
  const framework = loadFramework({
    id: "uji-2027",
    extends: "iid-2026",
    cycle: 2027,
    title: { id: "Uji jendela 2025-2026", en: "Test window 2025-2026" },
    provisional: true,
    window: { ...base.window, implementationFrom: "2025-01-01", implementationTo: "2026-06-30", developmentFrom: "2025-01-01", developmentTo: "2026-06-30" },
  });

  it("an innovation implemented after the window is explained with that window, not 2026's", () => {
    const result = checkSubmission(submission(12, (i) => (i === 0 ? { implementationDate: "2026-08-01", trialDate: "2026-02-01" } : { implementationDate: "2025-06-15" })), { today: TODAY, framework });
    for (const lang of LANGS) {
      const finding = toReport(result, { lang }).findings.find((f) => f.code === "implementation-after-window")!;
      expect(finding.message).toMatch(/2026/);
      expect(`${finding.message} ${finding.why}`).not.toMatch(/2025/);
    }
  });
});
