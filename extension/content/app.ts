// One page's checker: finds the form, keeps its check current and shows it. Knows nothing about
// extension APIs (main.ts wires settings, messages and storage), so the benchmark and the unit tests
// run it on a plain page. Everything it registers is tied to `signal`: a navigation aborts it.
//
// Finding the form is all this file does by itself (it is in main.js, which every portal page
// loads); checking and showing the findings is the form kit's (./form-kit.ts, content/form.js),
// asked for once the page holds a form. Until the kit is there nothing is checked: the guard hears
// no errors and lets every submission through, as it does when the kit cannot be loaded at all.
import type { Framework } from "../../core/framework/compile.ts";
import type { Severity } from "../../core/findings.ts";
import type { Lang } from "../../core/messages/types.ts";
import { collectFields, type FormField } from "./fields/collect.ts";
import { outerOf, rootsOf } from "./fields/dom.ts";
import { buildState, type FormState } from "./fields/state.ts";
import type { CheckOutcome, FormKit } from "./form-kit.ts";
import type { PortalProfile } from "./profiles/define.ts";
import { sharedState, type GuardMode } from "./shared.ts";
import type { DraftOffer, Overlay } from "./ui/overlay.ts";

export interface AppOptions {
  doc: Document;
  framework: Framework;
  profile: PortalProfile;
  lang: Lang;
  mode: GuardMode;
  /** yyyy-mm-dd; default today. */
  today?: string;
  /** Test build only: lets a fixture page make the checker throw, to prove the guard fails open. */
  allowTestCrash?: boolean;
  /** Called after every re-check (badge, drafts). */
  onChecked?(app: ContentApp): void;
  /**
   * The form kit, asked for once (the first time a form is recognised): main.ts has the background
   * inject content/form.js; the tests and the benchmark give it directly, without waiting.
   */
  loadKit(): FormKit | Promise<FormKit>;
}

/** Fewer recognised fields than this is some other form (a login, a search box): stay out of the way. */
const MIN_RECOGNISED = 3;
const RECHECK_DELAY = 120;
const RECOLLECT_DELAY = 250;
/** A page that never stops changing (a carousel, a clock) still gets its fields looked at this often. */
const RECOLLECT_MAX_WAIT = 1000;
const WATCHED_ATTRIBUTES = ["hidden", "style", "class", "type", "disabled", "contenteditable", "aria-hidden", "open", "name"];

export class ContentApp {
  fields: FormField[] = [];
  state: FormState | undefined;
  result: CheckOutcome | undefined;
  overlay: Overlay | undefined;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private recollectTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change still waiting for a re-collect happened. */
  private recollectSince: number | undefined;
  private readonly observed = new WeakSet<Node>();
  private readonly observer: MutationObserver;
  private draftOffer: DraftOffer | undefined;
  private kit: FormKit | undefined;
  private kitAsked = false;
  /** The popup asked for the panel before the kit was there. */
  private openWhenReady = false;
  /** Each field's place on the form (top to bottom), for the panel's order. */
  private rank = new Map<HTMLElement, number>();

  constructor(private readonly options: AppOptions, private readonly signal: AbortSignal) {
    const win = options.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => {
      // our own host being added, removed, shown or hidden is not a change of the form (render()
      // hiding it again queues a record each time: that would re-collect every 250 ms for good)
      const host = this.overlay?.host;
      if (records.every((r) => r.target === host || (r.type === "childList" && [...r.addedNodes, ...r.removedNodes].every((n) => n === host)))) return;
      // a wizard step shown or hidden: marks follow their fields in the next frame, not after the re-collect
      this.overlay?.schedulePosition();
      this.scheduleRecollect();
    });
    signal.addEventListener("abort", () => {
      this.observer.disconnect();
      clearTimeout(this.recheckTimer);
      clearTimeout(this.recollectTimer);
      const shared = sharedState();
      if (shared.errors === this.errors) {
        delete shared.errors;
        delete shared.holds;
        delete shared.stopped;
      }
    }, { once: true });
  }

  get recognised(): boolean {
    return (this.state?.recognised ?? 0) >= MIN_RECOGNISED;
  }

  get lang(): Lang {
    return this.options.lang;
  }

  start(): void {
    this.recollect();
    const shared = sharedState();
    shared.mode = this.options.mode;
    // another page (a single-page portal's next form): a stop on the last one does not let this one's first send through
    shared.warned = false;
    shared.errors = this.errors;
    shared.holds = this.holds;
    shared.stopped = (mode) => this.overlay?.open(mode === "off" ? undefined : mode);
    const win = this.options.doc.defaultView!;
    const signal = this.signal;
    win.addEventListener("scroll", () => this.overlay?.schedulePosition(), { capture: true, passive: true, signal });
    win.addEventListener("resize", () => this.overlay?.schedulePosition(), { passive: true, signal });
  }

  setMode(mode: GuardMode): void {
    this.options.mode = mode;
    sharedState().mode = mode;
  }

  setLang(lang: Lang): void {
    this.options.lang = lang;
    this.render();
  }

  /** The guard's question, answered from a state that is current at this very moment (none while there is no checker yet). */
  readonly errors = (): number => {
    if (this.options.allowTestCrash && this.options.doc.documentElement.hasAttribute("data-iid-check-test-crash")) throw new Error("test crash");
    this.refresh();
    return this.recognised ? (this.result?.findings.filter((f) => f.severity === "error").length ?? 0) : 0;
  };

  /**
   * The guard's other question, asked before errors(): whether a form holds fields we check (else it
   * is a search box or a filter, never stopped). Looks again first when the page changed its
   * structure (a re-rendered form's fields are new elements, the ones we hold have left the document).
   */
  readonly holds = (form: HTMLFormElement): boolean => {
    if (this.recollectTimer !== undefined) this.recollect();
    // a control's form owner also counts: its form attribute ties it to a form it stands outside of
    return this.fields.some((f) => f.target && f.controls.some((c) => (c as HTMLInputElement).form === form || within(form, c)));
  };

  /**
   * Brings the check up to this very moment. The values are always read again: a page's own script
   * may have set one without any event we could hear (a jQuery date picker or select2 triggers
   * only jQuery's handlers), and one re-check costs well under a millisecond.
   */
  refresh(): void {
    // the page changed its structure since we last looked (an SPA re-rendered the form): look again
    // now rather than answer from fields that may have left the document
    if (this.recollectTimer !== undefined) this.recollect();
    else this.recheck();
  }

  /** Finds the fields again (the page's structure changed) and re-checks. */
  recollect(): void {
    clearTimeout(this.recollectTimer);
    this.recollectTimer = undefined;
    this.recollectSince = undefined;
    const doc = this.options.doc;
    for (const root of rootsOf(doc)) this.watch(root);
    this.fields = collectFields(doc, this.options.framework, this.options.profile);
    const inOrder = this.fields.map((f) => f.element).sort((a, b) => formOrder(doc, a, b));
    this.rank = new Map(inOrder.map((element, i) => [element, i]));
    this.recheck();
  }

  private watch(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const signal = this.signal;
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    const onInput = (): void => this.scheduleRecheck();
    root.addEventListener("input", onInput, { capture: true, signal });
    root.addEventListener("change", onInput, { capture: true, signal });
    // iframes finishing their load (a rich-text editor's frame) bring new fields
    root.addEventListener("load", () => this.scheduleRecollect(), { capture: true, signal });
    if (root !== this.options.doc) root.addEventListener("scroll", () => this.overlay?.schedulePosition(), { capture: true, passive: true, signal });
    // the guard runs in the top window only; forms in frames and shadow roots need its listeners too
    const guard = sharedState().guard;
    if (root.nodeType === 11) guard?.(root, "shadow");
    else if (root !== this.options.doc && (root as Document).defaultView) guard?.((root as Document).defaultView!, "window");
  }

  scheduleRecheck(): void {
    clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => this.recheck(), RECHECK_DELAY);
  }

  scheduleRecollect(): void {
    const now = Date.now();
    this.recollectSince ??= now;
    clearTimeout(this.recollectTimer);
    // a quiet moment of 250 ms, but no later than RECOLLECT_MAX_WAIT after the first change: each
    // change restarting the wait would postpone it for good on a page that keeps changing
    const wait = Math.max(0, Math.min(RECOLLECT_DELAY, this.recollectSince + RECOLLECT_MAX_WAIT - now));
    this.recollectTimer = setTimeout(() => {
      if (!this.signal.aborted) this.recollect();
    }, wait);
  }

  /** One full re-check: read the values, run the core, update the overlay. */
  recheck(): void {
    if (this.signal.aborted) return;
    clearTimeout(this.recheckTimer);
    const { framework } = this.options;
    this.state = buildState(this.fields, framework);
    if (this.recognised) this.askForKit();
    // no form, or no checker yet: nothing to check (a result of an earlier form never counts, see recognised)
    const kit = this.recognised ? this.kit : undefined;
    if (kit) {
      const absent = framework.profile.fields.filter((f) => f.required !== "none" && !this.state!.fieldAt.has(f.key)).map((f) => f.key);
      this.result = kit.check(this.state.input, { framework, absentFields: absent, ...(this.options.today ? { today: this.options.today } : {}) });
    } else this.result = undefined;
    this.render();
    this.options.onChecked?.(this);
  }

  /** Asks for the form kit, once; a kit given at once is used by the re-check that asked. */
  private askForKit(): void {
    if (this.kitAsked) return;
    this.kitAsked = true;
    const failed = (error: unknown): void => {
      // nothing is checked on this page: the guard lets every submission through (fail open)
      if (!this.signal.aborted) console.warn("IID Check: the checker could not be loaded; this form is not checked.", error);
    };
    let loading: FormKit | Promise<FormKit>;
    try {
      loading = this.options.loadKit();
    } catch (error) {
      return failed(error);
    }
    if (!("then" in loading)) {
      this.kit = loading;
      return;
    }
    loading.then((kit) => {
      if (this.signal.aborted) return;
      this.kit = kit;
      this.recheck();
      if (this.openWhenReady) this.openPanel();
    }, failed);
  }

  counts(): Record<Severity, number> {
    const counts = { error: 0, warning: 0, info: 0 };
    if (this.recognised && this.result) for (const f of this.result.findings) counts[f.severity]++;
    return counts;
  }

  /** Share of what the portal asks for that is filled in: required profile fields plus indicators with a parameter and evidence. */
  completeness(): number {
    const { framework } = this.options;
    if (!this.result || !this.recognised) return 0;
    const innovation = this.result.innovation;
    const profile = framework.profile.fields.filter((f) => f.required !== "none");
    const filled = profile.filter((f) => innovation && innovation[f.key] !== undefined).length;
    const indicators = this.result.score.indicators.filter((i) => i.pointsH > 0).length;
    return (filled + indicators) / (profile.length + framework.sid.length);
  }

  setDraftOffer(offer: DraftOffer | undefined): void {
    this.draftOffer = offer;
    this.overlay?.setDraftOffer(offer);
  }

  openPanel(): void {
    const overlay = this.ensureOverlay();
    this.openWhenReady = !overlay && this.recognised;
    overlay?.open();
  }

  private ensureOverlay(): Overlay | undefined {
    if (!this.overlay && this.recognised && this.kit) {
      this.overlay = new this.kit.Overlay(this.options.doc, { sendAnyway: () => sharedState().proceed?.() }, this.signal);
      if (this.draftOffer) this.overlay.setDraftOffer(this.draftOffer);
    }
    return this.overlay;
  }

  private render(): void {
    const { result, state, kit } = this;
    if (!result || !state || !kit || !this.recognised) {
      if (this.overlay) this.overlay.host.hidden = true;
      return;
    }
    const overlay = this.ensureOverlay()!;
    overlay.host.hidden = false;
    overlay.render(kit.viewOf(result, state, { framework: this.options.framework, lang: this.options.lang, counts: this.counts(), rank: this.rank }));
  }
}

/** The node that stands for a field in the top document: itself, or the shadow host or iframe it lives in. */
function inTop(doc: Document, node: Node): Node {
  while (node.getRootNode() !== doc) {
    const outer = outerOf(node);
    if (!outer) return node;
    node = outer;
  }
  return node;
}

/** Whether a node is inside a form, also from a shadow root or an iframe within it. */
function within(form: HTMLFormElement, node: Node): boolean {
  for (let at: Node | null | undefined = node; at; at = outerOf(at)) if (form.contains(at)) return true;
  return false;
}

/** Top-to-bottom order of two fields, across shadow roots and same-origin iframes. */
function formOrder(doc: Document, a: HTMLElement, b: HTMLElement): number {
  const [x, y] = a.getRootNode() === b.getRootNode() ? [a, b] : [inTop(doc, a), inTop(doc, b)];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}
