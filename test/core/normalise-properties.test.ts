// Fast paths of normalisation pinned against their plain definitions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFramework, indicatorOptionTexts, normaliseSubmission } from "../../core/index.ts";
import { listedLevel } from "../../core/submission/normalise.ts";
import { tidy } from "../../core/text/normalise.ts";

const fw = getFramework();

describe("reading a level", () => {
  // The plain definition: the pattern on the tidied text.
  const plain = (text: string) => {
    const m = /^([1-3])\s*[-–.):=]\s+\S/.exec(tidy(text));
    return m ? Number(m[1]) : undefined;
  };
  const options = fw.sid.flatMap((d) => indicatorOptionTexts(d));
  const piece = fc.oneof(
    fc.constantFrom("1", "2", "3", "4", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\ufeff", "-", "–", "—", ".", ")", ":", "=", "x", "Peraturan", ">= 91%"),
    fc.constantFrom(...options),
    fc.string({ maxLength: 4 }),
  );
  const level = fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join("")), fc.string({ maxLength: 12 }));

  it("listedLevel gives the plain definition's level whenever it gives one", () => {
    fc.assert(
      fc.property(level, (text) => {
        const quick = listedLevel(text);
        if (quick !== undefined) expect(quick).toBe(plain(text));
        // It may only leave texts to the full reading that do not start with their digit.
        else if (/^[1-3]/.test(text)) expect(plain(text)).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  });

  it("reads every drop-down option text as its level", () => {
    for (const definition of fw.sid) {
      for (const text of indicatorOptionTexts(definition)) {
        const answer = normaliseSubmission({ innovations: [{ indicators: { [definition.key]: { level: text } } }] }, fw).submission.innovations[0]!.indicators.get(definition.key)!;
        expect(answer.chosenLevel, text).toBe(Number(text[0]));
        if (text.length > 1) expect(listedLevel(text), text).toBe(Number(text[0]));
      }
    }
  });
});
