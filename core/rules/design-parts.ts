import type { Framework } from "../framework/compile.ts";
import { escapeRegExp } from "../text/normalise.ts";
import { htmlToText } from "../text/words.ts";
import { defineInnovationRule, NO_HITS } from "./define.ts";

const compiled = new WeakMap<Framework, { key: string; pattern: RegExp }[]>();

/** One case-insensitive pattern per part; spaces in a phrase match any run of non-letters. */
function partPatterns(framework: Framework) {
  let parts = compiled.get(framework);
  if (!parts) {
    parts = framework.design.parts.map((part) => ({
      key: part.key,
      pattern: new RegExp(part.patterns.map((p) => escapeRegExp(p).replace(/\s+/g, "[^\\p{L}\\p{N}]*")).join("|"), "iu"),
    }));
    compiled.set(framework, parts);
  }
  return parts;
}

/** The 2026 pedoman recommends six parts in the rancang bangun; say which cannot be found. */
export default defineInnovationRule({
  codes: { "design-parts-missing": "warning" },
  source: "framework.design.parts (S10; S3 lists a variant)",
  status: "reported",
  check(innovation, { framework }) {
    if (!innovation.design || framework.design.parts.length === 0) return NO_HITS;
    // Normalisation already took the tags out (for the word count); htmlToText for an innovation built elsewhere.
    const text = innovation.designText ?? htmlToText(innovation.design);
    const missing = partPatterns(framework).filter((part) => !part.pattern.test(text));
    if (missing.length === 0) return NO_HITS;
    return [
      {
        code: "design-parts-missing",
        path: ["innovations", innovation.index, "design"],
        params: { missing: missing.map((p) => p.key), found: framework.design.parts.length - missing.length, total: framework.design.parts.length },
      },
    ];
  },
});
