// What the overlay shows for one check: each finding's text and field, the marks, the counter and
// what keeps the innovation from being assessed. Part of the form kit (content/form.js), with the
// message catalogue it renders from.
import type { Framework } from "../../../core/framework/compile.ts";
import { severityRank, type Finding, type Severity } from "../../../core/findings.ts";
import { formatFor, renderBlockers, renderMessage } from "../../../core/messages/render.ts";
import type { Lang } from "../../../core/messages/types.ts";
import type { FormField } from "../fields/collect.ts";
import { findingFieldKey, type FormState } from "../fields/state.ts";
import type { CheckOutcome } from "../form-kit.ts";
import type { MarkItem, PanelItem, View } from "./overlay.ts";

export interface ViewOptions {
  framework: Framework;
  lang: Lang;
  counts: Record<Severity, number>;
  /** Each field's place on the form (top to bottom), for the panel's order. */
  rank: ReadonlyMap<HTMLElement, number>;
}

export function viewOf(result: CheckOutcome, state: FormState, { framework, lang, counts, rank }: ViewOptions): View {
  const items: PanelItem[] = [];
  const marks = new Map<HTMLElement, MarkItem>();
  for (const finding of result.findings) {
    const field = fieldFor(finding, state);
    const text = renderMessage(finding.code, finding.params, lang, framework);
    items.push({ severity: finding.severity, message: text.message, ...(text.fix ? { fix: text.fix } : {}), ...(field ? { element: field.element } : {}) });
    // hidden fields (a wizard's other steps) get no mark; the overlay checks that when it places
    // marks in the next frame, so a re-check never forces a layout of its own
    if (!field) continue;
    const mark = marks.get(field.element);
    if (!mark) marks.set(field.element, { element: field.element, anchor: field.anchor, severity: finding.severity, message: text.message, count: 1 });
    else mark.count++;
  }
  // The core orders findings by severity, then by key name ("benefit" before "name"); the panel
  // follows the form from top to bottom within each severity (findings without a field last).
  const place = (item: PanelItem) => (item.element ? (rank.get(item.element) ?? Infinity) : Infinity);
  items.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || place(a) - place(b));
  const design = state.fieldAt.get("design");
  return {
    lang,
    format: formatFor(lang, framework),
    points: result.points,
    claimed: result.claimed,
    maxPoints: result.maxPoints,
    assessed: result.score.assessed,
    // the catalogue's words, as in the innovation-not-assessed finding and the reports
    blockers: renderBlockers(result.score.blockers, lang, framework),
    counts,
    items,
    marks: [...marks.values()],
    ...(design ? { counter: { element: design.element, words: result.innovation?.designWords ?? 0, minimum: framework.design.minWords } } : {}),
    absent: framework.profile.fields.filter((f) => f.required !== "none" && !state.fieldAt.has(f.key)).map((f) => f.label[lang]),
  };
}

function fieldFor(finding: Finding, state: FormState): FormField | undefined {
  for (const key of findingFieldKey(finding.path)) {
    const field = state.fieldAt.get(key);
    if (field) return field;
  }
  return undefined;
}
