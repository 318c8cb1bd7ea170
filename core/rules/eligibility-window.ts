import { developmentDateOutsideWindow, windowStatus } from "../scoring/eligibility.ts";
import { defineInnovationRule } from "./define.ts";

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
  *check(innovation, { framework }) {
    const path = (field: string) => ["innovations", innovation.index, field];
    const { implementationFrom: from, implementationTo: to, developmentFrom, developmentTo } = framework.window;
    const status = windowStatus(innovation, framework);
    const date = innovation.implementationDate ?? null;
    switch (status.kind) {
      case "after-window":
        yield { code: "implementation-after-window", path: path("implementationDate"), params: { date, from, to } };
        break;
      case "needs-development-date":
        yield { code: "development-date-required", path: path("developmentDate"), params: { date, from, to } };
        break;
      case "development-outside-window":
        yield { code: "development-date-outside-window", path: path("developmentDate"), params: { date: innovation.developmentDate ?? null, from: developmentFrom, to: developmentTo } };
        break;
      default:
        if (developmentDateOutsideWindow(innovation, framework))
          yield { code: "development-date-irrelevant", path: path("developmentDate"), params: { date: innovation.developmentDate ?? null, from: developmentFrom, to: developmentTo } };
    }
  },
});
