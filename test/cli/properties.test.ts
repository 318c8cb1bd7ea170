// Property-based: whatever JSON a file holds, the check command's logic returns a report or a
// per-file error, never throws, and every report format renders it; HTML never lets input
// markup through. In-process (the child process adds nothing here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonText, checkParsed, type CheckSettings } from "../../cli/commands/check.ts";
import { isFailed, totalsOf } from "../../cli/outcome.ts";
import { renderCsv } from "../../cli/report/csv.ts";
import { renderHtml } from "../../cli/report/html.ts";
import { renderJson } from "../../cli/report/json.ts";
import { renderText } from "../../cli/report/text.ts";
import { innovation } from "../core/builders.ts";
import { TODAY } from "./support.ts";

const settings: CheckSettings = { lang: "id", today: TODAY };
const MARKUP = fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<b>", "=1+1", "&amp;", "'\"");

// Documents that look like submissions (so the deep paths run), and anything at all.
const nearSubmission = fc.record(
  {
    framework: fc.oneof(fc.constantFrom("iid-2026", "iid-2027", "x"), fc.jsonValue()),
    region: fc.oneof(fc.record({ name: fc.oneof(fc.string(), MARKUP), indicators: fc.dictionary(fc.constantFrom("1", "3", "5a", "99"), fc.jsonValue()) }, { requiredKeys: [] }), fc.jsonValue()),
    innovations: fc.oneof(
      fc.array(
        fc.oneof(
          fc.tuple(fc.oneof(fc.string(), MARKUP), fc.jsonValue(), fc.boolean()).map(([name, extra, keep]) => (keep ? { ...innovation(), name, extra } : { name, design: extra })),
          fc.jsonValue(),
        ),
        { maxLength: 4 },
      ),
      fc.jsonValue().filter((v) => !Array.isArray(v)),
    ),
  },
  { requiredKeys: [] },
);

describe("the check command's logic on arbitrary input", () => {
  it("never throws on any JSON value, and every format renders the outcome", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearSubmission, fc.jsonValue()), fc.constantFrom("id", "en") as fc.Arbitrary<"id" | "en">, async (value, lang) => {
        const outcome = await checkParsed(value, "x.json", { ...settings, lang });
        expect(isFailed(outcome)).toBe(false);
        const outcomes = [outcome];
        expect(() => JSON.parse(renderJson(outcomes))).not.toThrow();
        renderText(outcomes, { lang, colour: false });
        renderCsv(outcomes, { lang, matrix: false });
        renderCsv(outcomes, { lang, matrix: true });
        const page = renderHtml(outcomes, { lang, today: TODAY });
        expect(page).not.toMatch(/<script|<img/i);
        expect(totalsOf(outcomes).exitCode).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("entries that are not innovations are reported and the rest still checked", async () => {
    const outcome = await checkParsed({ innovations: ["", {}] }, "x.json", settings);
    expect(isFailed(outcome)).toBe(false);
    if (!isFailed(outcome)) expect(outcome.report.findings.some((f) => f.code === "field-type")).toBe(true);
  });

  it("never throws on any text in a .json file: it is a report or a clear per-file error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.string().map((s) => `{"innovations":[${s}`)), async (text) => {
        const outcome = await checkJsonText(text, "x.json", settings);
        if (isFailed(outcome)) {
          expect(["json-empty", "json-invalid"]).toContain(outcome.error.code);
          expect(outcome.error.messages.id.length).toBeGreaterThan(5);
          expect(outcome.error.messages.en.length).toBeGreaterThan(5);
        } else expect(outcome.report.iid).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
