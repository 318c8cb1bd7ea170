// @vitest-environment happy-dom
// The main content script recognises fields with the framework its build trimmed (labels, indicator
// names, option texts): every fixture form and the portal replica must be read exactly as with the
// full framework, field by field and value by value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDefinitions, getFramework } from "../../../core/framework/registry.ts";
import { labelRecogniser } from "../../../core/recognition/labels.ts";
import { collectFields } from "../../../extension/content/fields/collect.ts";
import { buildState } from "../../../extension/content/fields/state.ts";
import { profiles } from "../../../extension/content/profiles/index.ts";
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
