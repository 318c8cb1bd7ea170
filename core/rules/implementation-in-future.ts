import { defineInnovationRule } from "./define.ts";

/** An innovation cannot have been implemented after today. */
export default defineInnovationRule({
  codes: { "implementation-in-future": "error", "trial-in-future": "warning" },
  source: "logic",
  status: "logic",
  *check(innovation, { today }) {
    if (innovation.implementationDate && innovation.implementationDate > today)
      yield { code: "implementation-in-future", path: ["innovations", innovation.index, "implementationDate"], params: { date: innovation.implementationDate, today } };
    if (innovation.trialDate && innovation.trialDate > today)
      yield { code: "trial-in-future", path: ["innovations", innovation.index, "trialDate"], params: { date: innovation.trialDate, today } };
  },
});
