// @vitest-environment happy-dom
// The main content script recognises fields with the framework its build trimmed (labels, indicator
// names, option texts): every fixture form and the portal replica must be read exactly as with the
// full framework, field by field and value by value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInnovation } from "../../../core/check.ts";
import { builtInDefinitions, getFramework } from "../../../core/framework/registry.ts";
import { labelRecogniser } from "../../../core/recognition/labels.ts";
import { collectFields, type FormField } from "../../../extension/content/fields/collect.ts";
import { buildState } from "../../../extension/content/fields/state.ts";
import { profiles } from "../../../extension/content/profiles/index.ts";
import { contentMessageCodes } from "../../../scripts/build-extension.ts";
import { contentFramework } from "../support/content-data.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const FORMS = [
  // (shadow.html and spa.html build their forms by script)
  ...["plain.html", "table.html", "wizard.html", "richtext.html"].map((name) => join(ROOT, "test", "extension", "fixtures", name)),
  join(ROOT, "examples", "portal-form.html"),
];

function load(file: string): void {
  const html = readFileSync(file, "utf8");
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, "");
}

describe.each(Object.keys(builtInDefinitions))("%s as the content script carries it", (id) => {
  const full = getFramework(id);
  const trimmed = contentFramework(id);

  it.each(FORMS.map((file) => [file.slice(ROOT.length + 1), file]))("reads %s field by field as the full framework does", (_, file) => {
    load(file);
    for (const profile of profiles) {
      const read = (framework: typeof full) => {
        const fields = collectFields(document, framework, profile);
        return { targets: fields.map((f) => f.target), input: buildState(fields, framework).input };
      };
      const expected = read(full);
      expect(read(trimmed)).toEqual(expected);
      if (profile.id === "generic") expect(expected.targets.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    }
  });

  it("recognises every label the framework knows, and odd ones, the same way", () => {
    const labels = [
      ...full.profile.fields.flatMap((f) => [f.label.id, f.label.en]),
      ...full.indicators.flatMap((i) => [i.name.id, i.name.en, `${i.key}. ${i.name.id}`, `Bukti dukung ${i.name.id}`, `Indikator ${i.key}`, ...i.options.map((o) => o.label)]),
      ...full.enums.affair.values.map((v) => v.value),
      "Kirim", "Cari", "Password", "Upload bukti", "Parameter", "",
    ];
    const a = labelRecogniser(full);
    const b = labelRecogniser(trimmed);
    for (const label of labels) expect([b.recognise(label), b.isIgnored(label)], label).toEqual([a.recognise(label), a.isIgnored(label)]);
  });
});

// What an officer might type or pick: numbers in both notations, parameter codes, option texts,
// dates in several forms, long and short designs, links, and anything at all.
const framework = getFramework("iid-2026");
const texts = fc.oneof(
  fc.constantFrom("", "12,5", "1.234", "80%", "p4", "Parameter 2", "0", "3", "-1", "a", "g", "a. Jumlah penerima", "15/03/2024", "2024-13-40", "31/02/2024", "03/15/24", "1 Maret 2023", "2027-01-01"),
  fc.constantFrom("https://youtu.be/x", "https://example.com/video", "Penerapan", "ujicoba", "Bupati", "Nondigitel", "x ".repeat(310), "Dasar hukum. Permasalahan."),
  fc.constantFrom(...framework.indicators.flatMap((i) => i.options.map((o) => o.label))),
  fc.string({ maxLength: 12 }),
);
const files = fc.array(fc.record({ name: fc.constantFrom("sk.pdf", "foto.jpg", "video.mp4", "data.docx", "tanpa-jenis", "x.PDF"), size: fc.constantFrom(0, 1024, 40_000_000) }), { maxLength: 2 });

function fill(field: FormField, text: string, pick: number, list: { name: string; size: number }[]): void {
  const el = field.element as HTMLInputElement & HTMLSelectElement;
  switch (field.kind) {
    case "text": el.value = text; break;
    case "editable": el.textContent = text; break;
    case "select": el.selectedIndex = el.options.length ? pick % el.options.length : -1; break;
    case "radio": (field.controls as HTMLInputElement[]).forEach((r, i) => (r.checked = i === pick % (field.controls.length + 1))); break;
    case "checkbox": (field.controls as HTMLInputElement[]).forEach((c, i) => (c.checked = ((pick >> i) & 1) === 1)); break;
    case "file": {
      const chosen = list.map((f) => new File(["x".repeat(Math.min(f.size, 10))], f.name));
      list.forEach((f, i) => Object.defineProperty(chosen[i], "size", { value: f.size }));
      Object.defineProperty(el, "files", { configurable: true, value: Object.assign(chosen, { item: (i: number) => chosen[i] ?? null }) });
    }
  }
}

describe("the codes the main content script carries messages for", () => {
  const codes = contentMessageCodes();

  it.each(FORMS.map((file) => [file.slice(ROOT.length + 1), file]))("cover everything a check of %s can report, whatever is typed in", (_, file) => {
    load(file);
    const seen = new Set<string>();
    for (const profile of profiles) {
      const fields = collectFields(document, framework, profile);
      fc.assert(
        fc.property(fc.array(fc.tuple(texts, fc.nat(), files), { minLength: fields.length, maxLength: fields.length }), (values) => {
          fields.forEach((field, i) => fill(field, ...values[i]!));
          const { input } = buildState(fields, framework);
          for (const finding of checkInnovation(input, { framework, today: "2026-06-01" }).findings) {
            seen.add(finding.code);
            expect(codes, finding.code).toContain(finding.code);
          }
        }),
        { numRuns: 60 },
      );
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });
});
