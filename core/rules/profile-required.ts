import { defineInnovationRule, NO_HITS, type RuleHit } from "./define.ts";

/** Profile fields the portal requires (error) or expects (warning), per the framework's profile list. */
export default defineInnovationRule({
  codes: { "field-required": "error", "field-recommended": "warning" },
  source: "framework.profile (S4, S5, S7, S2)",
  status: "reported",
  check(innovation, { framework, absentFields }) {
    let hits: RuleHit<"field-required" | "field-recommended">[] | undefined;
    for (const field of framework.profile.fields) {
      if (field.required === "none") continue;
      const value = innovation[field.key];
      const empty = value === undefined || (Array.isArray(value) && value.length === 0);
      // Emptiness first: nearly every field is filled, and then nothing else needs asking.
      if (!empty || innovation.unreadable.has(field.key) || absentFields.has(field.key)) continue;
      (hits ??= []).push({ code: field.required === "error" ? "field-required" : "field-recommended", path: ["innovations", innovation.index, field.key], params: { field: field.key } });
    }
    return hits ?? NO_HITS;
  },
});
