// Finds the fields of an innovation form and what each one means. Run when the page's structure
// changes (not on every keystroke): reading values is ./read.ts's job.
import type { Framework } from "../../../core/framework/compile.ts";
import type { ProfileFieldKey } from "../../../core/framework/schema.ts";
import { labelRecogniser, type IndicatorPart } from "../../../core/recognition/labels.ts";
import type { PortalProfile } from "../profiles/define.ts";
import { isRendered, rootsOf, sameOriginDocument } from "./dom.ts";
import { groupLabelOf, labelOf, sectionsOf } from "./labels.ts";

export type FieldTarget = { kind: "profile"; key: ProfileFieldKey } | { kind: "indicator"; key: string; part: IndicatorPart };

export type FieldKind = "text" | "select" | "radio" | "checkbox" | "file" | "editable";

export interface FormField {
  /** Where a mark goes and what a click in the panel focuses (the visible editor for rich text). */
  element: HTMLElement;
  /** What a mark is placed beside: the element itself, or the box around a radio group's options. */
  anchor: HTMLElement;
  /** The controls whose values make the field (all radios of a group). */
  controls: HTMLElement[];
  kind: FieldKind;
  label: string;
  section: string;
  target: FieldTarget | undefined;
  /** "profile" when a portal profile's selector named the field. */
  via: "profile" | "label";
}

const SKIPPED_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "password", "search"]);
const CONTROLS = "input, select, textarea, [contenteditable]";
const EDITOR_NEAR = "[contenteditable=''], [contenteditable=true], iframe";

function editableRoot(el: HTMLElement): boolean {
  if (!el.isContentEditable) return false;
  const parent = el.parentElement;
  return !parent || !parent.isContentEditable;
}

/** The visible editor a rich-text widget shows instead of its hidden textarea, if any. */
function editorFor(textarea: HTMLTextAreaElement): HTMLElement | undefined {
  let container: HTMLElement | null = textarea.parentElement;
  for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
    for (const candidate of Array.from(container.querySelectorAll<HTMLElement>(EDITOR_NEAR))) {
      if (candidate.localName === "iframe") {
        const body = sameOriginDocument(candidate as HTMLIFrameElement)?.body;
        if (body?.isContentEditable) return body;
      } else if (editableRoot(candidate)) return candidate;
    }
    // stop climbing once the container holds another field's textarea
    if (container.querySelectorAll("textarea").length > 1) break;
  }
  return undefined;
}

export function collectFields(doc: Document, framework: Framework, profile: PortalProfile): FormField[] {
  const recogniser = labelRecogniser(framework);
  const sid = new Set(framework.sid.map((i) => i.key));
  const roots = rootsOf(doc);
  const explicit = explicitTargets(roots, framework, profile);
  const fields: FormField[] = [];
  const taken = new Set<Element>();

  const push = (element: HTMLElement, controls: HTMLElement[], kind: FieldKind, label: string, named?: Element): void => {
    for (const c of controls) taken.add(c);
    const sections = sectionsOf(element.ownerDocument === doc ? element : (element.ownerDocument.defaultView?.frameElement ?? element));
    const own = explicit.get(named ?? controls[0]!);
    const target = own ?? recognise(label, sections, kind, recogniser, sid);
    fields.push({ element, anchor: anchorOf(element, controls), controls, kind, label, section: sections.find(Boolean) ?? "", target, via: own ? "profile" : "label" });
  };

  for (const root of roots) {
    const groups = new Map<string, HTMLInputElement[]>();
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(CONTROLS))) {
      if (taken.has(el)) continue;
      if (el.localName === "input") {
        const input = el as HTMLInputElement;
        const type = input.type.toLowerCase();
        if (SKIPPED_TYPES.has(type)) continue;
        if (type === "radio" || type === "checkbox") {
          const key = `${type}:${input.form ? "f" : ""}:${input.name || input.id}`;
          const list = groups.get(key) ?? [];
          list.push(input);
          groups.set(key, list);
          continue;
        }
        push(input, [input], type === "file" ? "file" : "text", labelOf(input));
      } else if (el.localName === "select") {
        push(el, [el], "select", labelOf(el));
      } else if (el.localName === "textarea") {
        const textarea = el as HTMLTextAreaElement;
        const editor = isRendered(textarea) ? undefined : editorFor(textarea);
        if (editor) {
          taken.add(editor);
          push(editor, [editor], "editable", labelOf(textarea) || labelOf(editor), textarea);
        } else push(textarea, [textarea], "text", labelOf(textarea));
      } else if (editableRoot(el) && el.localName !== "body") {
        push(el, [el], "editable", labelOf(el));
      }
    }
    for (const members of groups.values()) {
      const first = members[0]!;
      // a lone checkbox ("I agree") is not a field of the innovation
      if (first.type === "checkbox" && members.length === 1) continue;
      push(first, members, first.type === "radio" ? "radio" : "checkbox", groupLabelOf(members));
    }
  }
  return fields;
}

/** A radio group's marks go beside its last option (and that option's label), not on top of the first radio. */
function anchorOf(element: HTMLElement, controls: HTMLElement[]): HTMLElement {
  if (controls.length < 2) return element;
  const last = controls[controls.length - 1] as HTMLInputElement;
  return last.closest("label") ?? last.labels?.[0] ?? last;
}

/** Targets named by the portal profile's selectors, per element. */
function explicitTargets(roots: readonly (Document | ShadowRoot)[], framework: Framework, profile: PortalProfile): Map<Element, FieldTarget> {
  const map = new Map<Element, FieldTarget>();
  const mark = (selector: string, target: FieldTarget): void => {
    for (const root of roots) for (const el of Array.from(root.querySelectorAll(selector))) if (!map.has(el)) map.set(el, target);
  };
  for (const [key, selector] of Object.entries(profile.fields)) if (selector) mark(selector, { kind: "profile", key: key as ProfileFieldKey });
  for (const [part, selector] of Object.entries(profile.indicators)) {
    if (!selector) continue;
    for (const indicator of framework.sid) mark(selector.replaceAll("{key}", indicator.key), { kind: "indicator", key: indicator.key, part: part as IndicatorPart });
  }
  return map;
}

/**
 * What a label means, with the section heading as context: an indicator block often labels its
 * controls just "Parameter" and "Bukti dukung" under a heading "16. Regulasi Inovasi Daerah".
 */
export function recognise(label: string, sections: readonly string[], kind: FieldKind, recogniser: ReturnType<typeof labelRecogniser>, sid: ReadonlySet<string>): FieldTarget | undefined {
  const fix = (t: ReturnType<typeof recogniser.recognise>): FieldTarget | undefined => {
    if (!t || t.kind === "region-name") return undefined;
    if (t.kind === "profile") return t;
    if (!sid.has(t.key)) return undefined;
    // an upload is evidence whatever its label says; a value part is not read from forms
    if (kind === "file") return { ...t, part: "evidence" };
    return t.part === "value" ? { ...t, part: "level" } : t;
  };
  // Under an indicator heading the heading names the indicator and the label names the part (a
  // number in the label, "maks 20 MB", must not pick indicator 20).
  for (const section of sections) {
    const heading = section && section !== label ? fix(recogniser.recognise(section)) : undefined;
    if (heading?.kind !== "indicator") continue;
    // the part from the label alone when it names an indicator ("Video inovasi daerah" is its level),
    // else from label and heading together ("Bukti Dukung" under "16. Regulasi ...")
    const alone = recogniser.recognise(label);
    const combined = alone?.kind === "indicator" ? alone : recogniser.recognise(`${section} ${label}`);
    const part = combined?.kind === "indicator" ? (combined.part === "value" ? "level" : combined.part) : "level";
    return { kind: "indicator", key: heading.key, part: kind === "file" ? "evidence" : part };
  }
  return fix(recogniser.recognise(label));
}
