import { developmentDateOutsideWindow, windowStatus } from "../scoring/eligibility.ts";
import { defineInnovationRule, NO_HITS } from "./define.ts";

/**
 * 2026: implemented by 31 Dec 2025; one implemented before 2024 counts only with a development
 * date inside 2024-2025. The verdict comes from scoring/eligibility.ts, which the scorer uses too.
 */
export default defineInnovationRule({
  codes: {
    "implementation-after-window": "error",
    "development-date-required": "error",
    "development-date-outside-window": "error",
    "development-date-irrelevant": "warning",
  },
  source: "framework.window (S10, S2)",
  status: "reported",
  check(innovation, { framework }) {
    const { implementationFrom: from, implementationTo: to, developmentFrom, developmentTo } = framework.window;
    const { index } = innovation;
    const date = innovation.implementationDate ?? null;
    switch (windowStatus(innovation, framework).kind) {
      case "after-window":
        return [{ code: "implementation-after-window", path: ["innovations", index, "implementationDate"], params: { date, from, to } }];
      case "needs-development-date":
        return [{ code: "development-date-required", path: ["innovations", index, "developmentDate"], params: { date, from, to } }];
      case "development-outside-window":
        return [{ code: "development-date-outside-window", path: ["innovations", index, "developmentDate"], params: { date: innovation.developmentDate ?? null, from: developmentFrom, to: developmentTo } }];
      default:
        if (!developmentDateOutsideWindow(innovation, framework)) return NO_HITS;
        return [{ code: "development-date-irrelevant", path: ["innovations", index, "developmentDate"], params: { date: innovation.developmentDate ?? null, from: developmentFrom, to: developmentTo } }];
    }
  },
});
