import { compactKey } from "../text/normalise.ts";
import { htmlToText } from "../text/words.ts";
import { defineInnovationRule } from "./define.ts";

/** The 2026 pedoman recommends six parts in the rancang bangun; say which cannot be found. */
export default defineInnovationRule({
  codes: { "design-parts-missing": "warning" },
  source: "framework.design.parts (S10; S3 lists a variant)",
  status: "reported",
  *check(innovation, { framework }) {
    if (!innovation.design || framework.design.parts.length === 0) return;
    const text = compactKey(htmlToText(innovation.design));
    const missing = framework.design.parts.filter((part) => !part.patterns.some((p) => text.includes(compactKey(p))));
    if (missing.length === 0) return;
    yield {
      code: "design-parts-missing",
      path: ["innovations", innovation.index, "design"],
      params: { missing: missing.map((p) => p.key), found: framework.design.parts.length - missing.length, total: framework.design.parts.length },
    };
  },
});
