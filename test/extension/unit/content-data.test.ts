// The main content script carries a build-time trimmed copy of the framework documents and of the
// message catalogue (scripts/build-extension.ts). An officer must see exactly what the full data
// would show: the same findings, scores, blockers and texts in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { checkInnovation } from "../../../core/check.ts";
import type { Framework } from "../../../core/framework/compile.ts";
import { builtInDefinitions, getFramework } from "../../../core/framework/registry.ts";
import { catalogues, formatFor } from "../../../core/messages/render.ts";
import type { Catalogue, Lang } from "../../../core/messages/types.ts";
import { compactDataModule, contentMessageCodes, filterCatalogueSource, slimFrameworkDocument } from "../../../scripts/build-extension.ts";
import { innovation, TODAY, YANDAS } from "../../core/builders.ts";
import { contentDocuments, contentFramework, importCode } from "../support/content-data.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const examples = (JSON.parse(readFileSync(join(ROOT, "examples", "kota-contoh.json"), "utf8")) as { innovations: Record<string, unknown>[] }).innovations;

/** A catalogue module as the content build filters it, evaluated. */
async function filteredCatalogue(file: string, codes: ReadonlySet<string>): Promise<Catalogue> {
  const source = filterCatalogueSource(readFileSync(join(ROOT, "core", "messages", file), "utf8"), codes, file);
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  // The module's one object export is its catalogue (it also exports helpers, e.g. the not-assessed reasons).
  return Object.values(await importCode(js)).find((value) => typeof value === "object" && value !== null) as Catalogue;
}

const codes = contentMessageCodes();
// unfiltered: the core and CLI codes as core/messages/render.ts merges them
const full = catalogues;
const slim: Record<Lang, Catalogue> = {
  id: { ...(await filteredCatalogue("id.ts", codes)), ...(await filteredCatalogue("cli.id.ts", codes)) },
  en: { ...(await filteredCatalogue("en.ts", codes)), ...(await filteredCatalogue("cli.en.ts", codes)) },
};

/** What the panel shows for one check: every finding's text and fix, the points and the blockers. */
function panel(input: unknown, framework: Framework, catalogue: Record<Lang, Catalogue>) {
  const result = checkInnovation(input, { framework, today: TODAY, absentFields: ["agency"] });
  const texts = (lang: Lang) =>
    result.findings.map((f) => {
      const entry = catalogue[lang][f.code];
      const format = formatFor(lang, framework);
      return { code: f.code, severity: f.severity, path: f.path, message: entry?.message(f.params, format), fix: entry?.fix?.(f.params, format) };
    });
  return { id: texts("id"), en: texts("en"), points: result.points, claimed: result.claimed, maxPoints: result.maxPoints, score: result.score, innovation: result.innovation };
}

const sidKeySet = new Set(getFramework().sid.map((i) => i.key));
const profileKeys = new Set<string>(getFramework().profile.fields.map((f) => f.key));

/** An input as the form reader builds it (extension/content/fields/state.ts): profile fields and SID indicators only, no numeric values. */
function formShaped(given: Record<string, unknown>): Record<string, unknown> {
  const input = Object.fromEntries(Object.entries(given).filter(([key]) => key === "indicators" || profileKeys.has(key)));
  const indicators = input.indicators;
  if (indicators === null || typeof indicators !== "object") return input;
  const kept = Object.entries(indicators as Record<string, unknown>)
    .filter(([key]) => sidKeySet.has(key))
    .map(([key, answer]) => {
      if (answer === null || typeof answer !== "object") return [key, answer];
      const { value: _value, ...rest } = answer as Record<string, unknown>;
      return [key, rest];
    });
  return { ...input, indicators: Object.fromEntries(kept) };
}

const scalar = fc.oneof(fc.string({ maxLength: 10 }), fc.integer({ min: -5, max: 500 }), fc.constant(null));
const evidence = fc.array(fc.oneof(fc.constantFrom("a.pdf", "b.jpg", "c.mp4", "d.docx", "https://youtu.be/x", "https://example.com/v", "sk", { name: "big.pdf", size: 40_000_000 }), fc.string({ maxLength: 8 })), { maxLength: 3 });
const sidKeys = getFramework().sid.map((i) => i.key);
const optionLabels = getFramework().sid.flatMap((i) => i.options.map((o) => o.label));
const answer = fc.record(
  { level: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...optionLabels), scalar), basis: fc.constantFrom("a", "f", "g", "a,b", "Jumlah penerima manfaat"), evidence },
  { requiredKeys: [] },
);
const innovationArb = fc
  .record(
    {
      name: scalar,
      stage: fc.oneof(fc.constantFrom("Penerapan", "Uji Coba", "ujicoba", "Inisiatif", "Implementasi"), scalar),
      initiator: fc.constantFrom("OPD", "Bupati", "Kepala Dinas"),
      type: fc.constantFrom("Digital", "Daring", "Nondigitel"),
      mainAffair: fc.oneof(fc.constantFrom(...YANDAS, "PUPR", "Kominfo"), scalar),
      otherAffairs: fc.oneof(fc.array(fc.constantFrom("Sosial", "Perkim", "Tidak Ada"), { maxLength: 2 }), scalar),
      trialDate: fc.oneof(fc.constantFrom("2024-01-02", "15/03/2024", "31/02/2024", "03/15/24", "2027-01-01"), scalar),
      implementationDate: fc.oneof(fc.constantFrom("2024-06-01", "2022-01-01", "2026-12-31", "1 Maret 2023"), scalar),
      developmentDate: fc.oneof(fc.constantFrom("2025-01-01", "2019-01-01"), scalar),
      design: fc.oneof(fc.constantFrom("Dasar hukum. Permasalahan.", "x ".repeat(305)), scalar),
      indicators: fc.dictionary(fc.constantFrom(...sidKeys), fc.oneof(answer, scalar), { maxKeys: 8 }),
    },
    { requiredKeys: [] },
  )
  .map((overrides) => ({ ...innovation(), ...overrides }));

describe("the main content script's trimmed framework and messages", () => {
  it.each(Object.keys(builtInDefinitions))("%s: every example innovation is checked, scored and explained exactly as with the full data", (id) => {
    const trimmed = contentFramework(id);
    const original = getFramework(id);
    const seen = new Set<string>();
    for (const input of [...examples, innovation(), {}].map(formShaped)) {
      const expected = panel(input, original, full);
      expect(panel(input, trimmed, slim)).toEqual(expected);
      for (const f of expected.id) seen.add(f.code);
    }
    // the examples really exercise the catalogue, so the comparison means something
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });

  it("random form input (odd dates, unknown enums, text levels, bad evidence) reads and says the same", () => {
    const trimmed = contentFramework("iid-2026");
    const original = getFramework("iid-2026");
    fc.assert(
      fc.property(innovationArb, (input) => {
        const expected = panel(input, original, full);
        for (const f of expected.id) expect(f.message, f.code).toBeDefined();
        expect(panel(input, trimmed, slim)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("writes the trimmed documents compactly, equal to the JSON and without objects shared between places", async () => {
    for (const id of Object.keys(builtInDefinitions)) expect(contentDocuments[id]).toEqual(slimFrameworkDocument(builtInDefinitions[id]!));
    const data = { a: { list: [1, 2, 3], name: "x" }, b: { list: [1, 2, 3], name: "x" }, c: [{ list: [1, 2, 3], name: "x" }], "d-e": null };
    const code = compactDataModule(data);
    expect(code.length).toBeLessThan(JSON.stringify(data).length);
    const copy = (await importCode(code)).default as typeof data;
    expect(copy).toEqual(data);
    copy.a.list.push(4);
    expect(copy.b.list).toEqual([1, 2, 3]);
    expect(copy.c[0]!.list).toEqual([1, 2, 3]);
  });

  it("keeps both languages, drops what an innovation check never reports (advice, CLI, region-level codes)", () => {
    expect(Object.keys(slim.id).sort()).toEqual([...codes].sort());
    expect(Object.keys(slim.en).sort()).toEqual([...codes].sort());
    for (const dropped of ["evidence-file-not-found", "region-missing", "yandas-coverage-insufficient", "value-invalid"]) expect(slim.id[dropped]).toBeUndefined();
    expect(Object.values(slim.en).every((entry) => entry.why === undefined)).toBe(true);
    const trimmed = slimFrameworkDocument(builtInDefinitions["iid-2026"]!);
    expect(JSON.stringify(trimmed)).not.toMatch(/"(source|status|notes|description|variable|threshold|categories|title|cycle|provisional)"/);
    const { profile, design } = trimmed as { profile: { fields: object[] }; design: { parts: object[] } };
    expect(profile.fields.flatMap(Object.keys).sort()).not.toContain("kind");
    expect(design.parts.every((part) => !("label" in part))).toBe(true);
    expect(JSON.stringify(trimmed).length).toBeLessThan(JSON.stringify(builtInDefinitions["iid-2026"]).length * 0.8);
  });
});
