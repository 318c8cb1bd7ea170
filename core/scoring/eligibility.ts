// Whether an innovation may be assessed in the cycle: stage, implementation window,
// development date, design length. The rules report these; the scorer uses the same answers.
import type { Framework } from "../framework/compile.ts";
import type { Innovation } from "../submission/model.ts";

export type WindowStatus =
  | { kind: "in-window" }
  | { kind: "unknown" }
  | { kind: "after-window" }
  | { kind: "developed-in-window" }
  | { kind: "needs-development-date" }
  | { kind: "development-outside-window" };

// One frozen verdict of each kind, shared: this runs for every innovation in scoring, rules and advice.
const verdict = <K extends WindowStatus["kind"]>(kind: K) => Object.freeze({ kind });
const IN_WINDOW = verdict("in-window");
const UNKNOWN = verdict("unknown");
const AFTER_WINDOW = verdict("after-window");
const DEVELOPED_IN_WINDOW = verdict("developed-in-window");
const NEEDS_DEVELOPMENT_DATE = verdict("needs-development-date");
const DEVELOPMENT_OUTSIDE_WINDOW = verdict("development-outside-window");

/** The implementation-window verdict for one innovation (2026: implemented 2024-2025, or developed then). */
export function windowStatus(innovation: Innovation, framework: Framework): WindowStatus {
  const { window } = framework;
  const implemented = innovation.implementationDate;
  if (!implemented) return UNKNOWN;
  if (implemented > window.implementationTo) return AFTER_WINDOW;
  if (implemented >= window.implementationFrom) return IN_WINDOW;
  const developed = innovation.developmentDate;
  if (!developed) return NEEDS_DEVELOPMENT_DATE;
  if (developed < window.developmentFrom || developed > window.developmentTo) return DEVELOPMENT_OUTSIDE_WINDOW;
  return DEVELOPED_IN_WINDOW;
}

export const developmentDateOutsideWindow = (innovation: Innovation, framework: Framework): boolean => {
  const d = innovation.developmentDate;
  return d !== undefined && (d < framework.window.developmentFrom || d > framework.window.developmentTo);
};

export type Blocker =
  | { reason: "stage"; stage: string | null }
  | { reason: "window"; status: WindowStatus["kind"] }
  | { reason: "future"; date: string }
  | { reason: "design"; words: number; minimum: number }
  | { reason: "mandatory"; indicator: string; missing: "level" | "evidence" | "basis" };

/** Blockers as message parameters (primitive values only), read by the catalogue's `blockers()` in each language. */
export type BlockerParams = {
  /** One per blocker, in order: "stage", "window", "future", "design", or "mandatory:17:evidence" (the indicator and what it misses: level, evidence or basis). */
  reasons: string[];
  /** With "stage": the innovation's stage (null when none is chosen) and the one that is scored. */
  stage?: string | null;
  scoredStage?: string;
  /** With "window": the verdict ("unknown": no readable implementation date) and the window it concerns (the development window for "development-outside-window"). */
  windowStatus?: WindowStatus["kind"];
  windowFrom?: string;
  windowTo?: string;
  /** With "future": the implementation date not reached yet. */
  futureDate?: string;
  /** With "design": the design's words and the framework's minimum. */
  designWords?: number;
  designMinimum?: number;
};

/** The stage, the window and the design minimum named are the framework's, never fixed in the words. */
export function blockerParams(blockers: readonly Blocker[], framework: Framework): BlockerParams {
  const params: BlockerParams = { reasons: [] };
  for (const b of blockers) {
    params.reasons.push(b.reason === "mandatory" ? `mandatory:${b.indicator}:${b.missing}` : b.reason);
    if (b.reason === "stage") Object.assign(params, { stage: b.stage, scoredStage: framework.scoredStage });
    else if (b.reason === "window") {
      const { window } = framework;
      const development = b.status === "development-outside-window";
      params.windowStatus = b.status;
      params.windowFrom = development ? window.developmentFrom : window.implementationFrom;
      params.windowTo = development ? window.developmentTo : window.implementationTo;
    } else if (b.reason === "future") params.futureDate = b.date;
    else if (b.reason === "design") Object.assign(params, { designWords: b.words, designMinimum: b.minimum });
  }
  params.reasons = [...new Set(params.reasons)];
  return params;
}

export function isScoredStage(innovation: Innovation, framework: Framework): boolean {
  return innovation.stage === framework.scoredStage;
}
