// Property-based tests: whatever a document contains, the check never throws, the IID stays
// within 0-100, and adding evidence never lowers a score.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework } from "../../core/index.ts";
import { innovation, TODAY, YANDAS } from "./builders.ts";

const fw = getFramework();
const sidKeys = fw.sid.map((d) => d.key);
const spdKeys = fw.spd.map((d) => d.key);

const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: -5, max: 60000 }), fc.double({ noNaN: false }), fc.constant(null), fc.boolean());
const evidence = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom("a.pdf", "b.jpg", "c.mp4", "https://youtu.be/x", "sk", "x.docx"), fc.string({ maxLength: 12 })), { maxLength: 3 }),
  fc.string({ maxLength: 20 }),
  fc.constant(null),
);
const answer = fc.record({ level: fc.oneof(fc.integer({ min: -1, max: 4 }), scalar), value: scalar, basis: fc.oneof(fc.constantFrom("a", "f", "g", "a,b"), scalar), evidence }, { requiredKeys: [] });
const indicators = (keys: string[]) => fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 4 })), fc.oneof(answer, scalar), { maxKeys: 8 });

const innovationArb = fc.record(
  {
    name: scalar,
    stage: fc.oneof(fc.constantFrom("Penerapan", "Uji Coba", "ujicoba", "Inisiatif"), scalar),
    mainAffair: fc.oneof(fc.constantFrom(...YANDAS), scalar),
    trialDate: fc.oneof(fc.constantFrom("2024-01-02", "15/03/2024", "31/02/2024"), scalar),
    implementationDate: fc.oneof(fc.constantFrom("2024-06-01", "2022-01-01", "2026-12-31"), scalar),
    developmentDate: fc.oneof(fc.constantFrom("2025-01-01", "2019-01-01"), scalar),
    design: fc.oneof(fc.string({ maxLength: 200 }), fc.constant("<p>kata</p>".repeat(301)), scalar),
    otherAffairs: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), scalar),
    indicators: fc.oneof(indicators(sidKeys), scalar),
  },
  { requiredKeys: [] },
);

const documentArb = fc.oneof(
  fc.record({ framework: fc.oneof(fc.constantFrom("iid-2026", "iid-2027", "nope"), scalar), region: fc.oneof(fc.record({ name: scalar, indicators: indicators(spdKeys) }, { requiredKeys: [] }), scalar), innovations: fc.oneof(fc.array(innovationArb, { maxLength: 6 }), scalar) }, { requiredKeys: [] }),
  fc.jsonValue(),
  fc.anything(),
);

describe("properties of the check", () => {
  it("random documents never throw and the IID stays within 0-100", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const result = checkSubmission(doc, { today: TODAY });
        expect(result.summary.iid).toBeGreaterThanOrEqual(0);
        expect(result.summary.iid).toBeLessThanOrEqual(100);
        for (const f of result.findings) expect(["error", "warning", "info"]).toContain(f.severity);
      }),
      { numRuns: 300 },
    );
  });

  it("adding evidence to any indicator never lowers the innovation's score or the IID", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.constantFrom(...sidKeys), level: fc.integer({ min: 1, max: 3 }), withEvidence: fc.boolean() }), { maxLength: 20 }), fc.constantFrom(...sidKeys), (answers, extra) => {
        const ind: Record<string, unknown> = {};
        for (const a of answers) ind[a.key] = { level: a.level, basis: "a", evidence: a.withEvidence ? ["x.pdf"] : [] };
        const before = checkSubmission({ innovations: [innovation({ indicators: ind })] }, { today: TODAY, advice: false });
        const withMore = { ...ind, [extra]: { ...((ind[extra] as object) ?? { level: 2, basis: "a" }), evidence: ["tambahan.pdf"] } };
        const after = checkSubmission({ innovations: [innovation({ indicators: withMore })] }, { today: TODAY, advice: false });
        expect(after.scores[0]!.pointsH).toBeGreaterThanOrEqual(before.scores[0]!.pointsH);
        expect(after.summary.iid).toBeGreaterThanOrEqual(before.summary.iid);
      }),
      { numRuns: 200 },
    );
  });
});
