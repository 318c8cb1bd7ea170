// The always-current state main.ts publishes for the submit guard. Both content scripts run in the
// same isolated world, so a property on globalThis under a registered Symbol is private to the
// extension (the page's own scripts live in another world and cannot see it). Type imports only: the
// guard bundles this file and must stay tiny.
import type { FormKit } from "./form-kit.ts";

export const SHARED_KEY = Symbol.for("iid-check.content");

export type GuardMode = "warn" | "block" | "off";

export interface SharedState {
  /** Set by main.ts: the number of errors right now (reads the form's values again). Throwing lets the submission through. */
  errors?: () => number;
  /** Set by main.ts: whether a form holds the checked fields (a search box or a filter form does not, and is never stopped). Throwing lets it through. */
  holds?: (form: HTMLFormElement) => boolean;
  mode?: GuardMode;
  /** Set by main.ts: called after the guard stopped an attempt, to open the panel. */
  stopped?: (mode: GuardMode) => void;
  /** Set by the guard: sends the stopped submission anyway ("Tetap kirim"); false when there is none. */
  proceed?: () => boolean;
  /** Set by the guard: guards a same-origin iframe's window or an open shadow root main.ts found. */
  guard?: (target: EventTarget, kind: "window" | "shadow") => void;
  /** Warn mode: the panel was shown for a stopped attempt, so the next deliberate attempt goes through. */
  warned?: boolean;
  /** Set by content/form.js (the form kit) when the background injected it: the checker and its UI. */
  kit?: FormKit;
}

export function sharedState(): SharedState {
  const g = globalThis as unknown as Record<symbol, SharedState | undefined>;
  return (g[SHARED_KEY] ??= {});
}
