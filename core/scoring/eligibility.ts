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

/**
 * Blockers as message parameters (primitive values only): the reasons ("mandatory:17" for an
 * indicator), whether a window blocker has no readable date at all ("unknown"), and the design minimum.
 */
export function blockerParams(blockers: readonly Blocker[]): { reasons: string[]; windowStatus?: WindowStatus["kind"]; designMinimum?: number } {
  const reasons = [...new Set(blockers.map((b) => (b.reason === "mandatory" ? `mandatory:${b.indicator}` : b.reason)))];
  const window = blockers.find((b) => b.reason === "window");
  const design = blockers.find((b) => b.reason === "design");
  return { reasons, ...(window ? { windowStatus: window.status } : {}), ...(design ? { designMinimum: design.minimum } : {}) };
}

export function isScoredStage(innovation: Innovation, framework: Framework): boolean {
  return innovation.stage === framework.scoredStage;
}
