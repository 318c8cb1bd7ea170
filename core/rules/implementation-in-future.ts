import { defineInnovationRule, NO_HITS, type RuleHit } from "./define.ts";

/** An innovation cannot have been implemented after today. */
export default defineInnovationRule({
  codes: { "implementation-in-future": "error", "trial-in-future": "warning" },
  source: "logic",
  status: "logic",
  check(innovation, { today }) {
    const implementationLate = innovation.implementationDate !== undefined && innovation.implementationDate > today;
    const trialLate = innovation.trialDate !== undefined && innovation.trialDate > today;
    if (!implementationLate && !trialLate) return NO_HITS;
    const hits: RuleHit<"implementation-in-future" | "trial-in-future">[] = [];
    if (implementationLate)
      hits.push({ code: "implementation-in-future", path: ["innovations", innovation.index, "implementationDate"], params: { date: innovation.implementationDate, today } });
    if (trialLate) hits.push({ code: "trial-in-future", path: ["innovations", innovation.index, "trialDate"], params: { date: innovation.trialDate, today } });
    return hits;
  },
});
