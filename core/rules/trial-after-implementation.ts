import { defineInnovationRule, NO_HITS } from "./define.ts";

/** A trial (uji coba) normally comes before implementation; not an official rule, so a warning. */
export default defineInnovationRule({
  codes: { "trial-after-implementation": "warning" },
  source: "DATE_ORDER (uncertain: logical, not documented)",
  status: "uncertain",
  check(innovation) {
    const { trialDate, implementationDate } = innovation;
    if (!(trialDate && implementationDate && trialDate > implementationDate)) return NO_HITS;
    return [{ code: "trial-after-implementation", path: ["innovations", innovation.index, "trialDate"], params: { trialDate, implementationDate } }];
  },
});
