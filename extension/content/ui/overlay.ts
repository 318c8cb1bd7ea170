// Everything the officer sees, in one host element with a closed shadow root shown in the top layer.
// Marks are positioned beside the page's fields; the page's own inputs and attributes are never
// touched. All text goes in through textContent.
import type { Severity } from "../../../core/findings.ts";
import type { Format, Lang } from "../../../core/messages/types.ts";
import { HOST_TAG, isRendered, topRect } from "../fields/dom.ts";
import { h } from "./dom.ts";
import { panelStrings, type PanelStrings } from "./strings.ts";
import { STYLES } from "./styles.ts";

export interface PanelItem {
  severity: Severity;
  message: string;
  fix?: string;
  /** The field to focus; undefined when the form has no such field. */
  element?: HTMLElement;
}

export interface MarkItem {
  /** Focused when the mark is clicked. */
  element: HTMLElement;
  /** Placed beside. */
  anchor: HTMLElement;
  severity: Severity;
  message: string;
  count: number;
}

export interface DraftOffer {
  savedAt: number;
  labels: string[];
  restore(): void;
  clear(): void;
}

export interface View {
  lang: Lang;
  /** The messages' numbers: "47,37" in Indonesian, "47.37" in English (scores are whole hundredths). */
  format: Format;
  points: number;
  claimed: number;
  maxPoints: number;
  assessed: boolean;
  blockers: string[];
  counts: Record<Severity, number>;
  items: PanelItem[];
  marks: MarkItem[];
  counter?: { element: HTMLElement; words: number; minimum: number };
  absent: string[];
}

export interface OverlayActions {
  sendAnyway(): void;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly doc: Document;
  private readonly layer: HTMLDivElement;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly live: HTMLDivElement;
  private readonly marksBox: HTMLDivElement;
  private readonly counterEl: HTMLDivElement;
  private readonly titleEl: HTMLHeadingElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly bodyEl: HTMLDivElement;
  private readonly banner: HTMLDivElement;
  private readonly draftBox: HTMLDivElement;
  private view: View | undefined;
  private lastList = "";
  private lastCounts = "";
  private frame = 0;
  private markEls: HTMLButtonElement[] = [];
  private stopped: "warn" | "block" | undefined;
  private offer: DraftOffer | undefined;
  /** Per field, the ancestors that clip it (overflow other than visible), for the current view. */
  private clips = new WeakMap<HTMLElement, Element[]>();
  /**
   * The panel's items that can jump to their field (by index in the view's items: a re-render with
   * the same findings keeps the list but may bring new elements), with the note shown when the field
   * is on a step not shown.
   */
  private jumps: { button: HTMLButtonElement; note: HTMLElement; index: number }[] = [];
  private s: PanelStrings = panelStrings("id");

  constructor(doc: Document, private readonly actions: OverlayActions, signal: AbortSignal) {
    this.doc = doc;
    this.host = doc.createElement(HOST_TAG);
    // Our own element: inline !important keeps page stylesheets from moving or hiding it.
    this.host.style.cssText = "all: initial !important; position: fixed !important; inset: 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483647 !important;";
    this.root = this.host.attachShadow({ mode: "closed" });
    const style = h(doc, "style");
    style.textContent = STYLES;
    this.layer = h(doc, "div", { class: "layer" });
    this.marksBox = h(doc, "div");
    this.counterEl = h(doc, "div", { class: "counter", hidden: true, "aria-hidden": "true" });
    this.live = h(doc, "div", { class: "sr", role: "status", "aria-live": "polite" });
    this.launcher = h(doc, "button", { class: "launcher", type: "button" });
    this.titleEl = h(doc, "h2", { id: "iid-title" });
    this.closeButton = h(doc, "button", { type: "button", text: "×" });
    this.bodyEl = h(doc, "div", { class: "body" });
    this.banner = h(doc, "div", { class: "banner", role: "alert", hidden: true });
    this.draftBox = h(doc, "div", { class: "draft", hidden: true });
    this.panel = h(doc, "section", { class: "panel", hidden: true, role: "dialog", "aria-labelledby": "iid-title" }, h(doc, "div", { class: "head" }, this.titleEl, this.closeButton), this.bodyEl);
    this.layer.append(this.marksBox, this.counterEl, this.launcher, this.panel, this.live);
    this.root.append(style, this.layer);
    this.launcher.addEventListener("click", () => this.open(), { signal });
    this.closeButton.addEventListener("click", () => this.close(), { signal });
    this.panel.addEventListener("keydown", (e) => { if (e.key === "Escape") this.close(); }, { signal });
    (doc.documentElement ?? doc.body).append(this.host);
    // The top layer keeps us above the page's own stacking contexts (modals, sticky headers).
    this.host.setAttribute("popover", "manual");
    try {
      (this.host as HTMLElement & { showPopover?: () => void }).showPopover?.();
    } catch {
      // no popover support: the fixed position and z-index above still apply
    }
    signal.addEventListener("abort", () => this.host.remove(), { once: true });
  }

  /** What is on screen now: the last view rendered (the tests and the popup read it, never the page). */
  get current(): View | undefined {
    return this.view;
  }

  /** The word counter's text as shown ("212 / 300 kata"), or "" when there is none. */
  get counterText(): string {
    return this.counterEl.hidden ? "" : (this.counterEl.textContent ?? "");
  }

  /** Whether the expanded panel is showing. */
  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  open(stopped?: "warn" | "block"): void {
    this.stopped = stopped;
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.renderPanel(true);
    this.closeButton.focus();
  }

  close(): void {
    this.stopped = undefined;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.focus();
  }

  setDraftOffer(offer: DraftOffer | undefined): void {
    this.offer = offer;
    this.renderDraft();
  }

  /** The draft box in the current language (again after a change of language). */
  private renderDraft(): void {
    const offer = this.offer;
    this.draftBox.replaceChildren();
    this.draftBox.hidden = !offer;
    if (!offer) return;
    const d = this.doc;
    const when = new Date(offer.savedAt).toLocaleString(this.view?.lang === "en" ? "en-GB" : "id-ID");
    const restore = h(d, "button", { type: "button", class: "action primary", text: this.s.draftRestore });
    const clear = h(d, "button", { type: "button", class: "action", text: this.s.draftClear });
    restore.addEventListener("click", () => { offer.restore(); this.setDraftOffer(undefined); });
    clear.addEventListener("click", () => { offer.clear(); this.setDraftOffer(undefined); this.announce(this.s.draftCleared); });
    this.draftBox.append(h(d, "div", { text: `${this.s.draftFound} (${when}): ${offer.labels.join(", ")}` }), h(d, "div", { class: "actions" }, restore, clear));
  }

  render(view: View): void {
    const relang = view.lang !== this.view?.lang;
    this.view = view;
    this.clips = new WeakMap();
    this.s = panelStrings(view.lang);
    if (relang) this.renderDraft();
    const errors = view.counts.error;
    this.launcher.replaceChildren(`IID Check · ${view.format.number(view.points)}/${view.maxPoints}`, h(this.doc, "span", { class: `dot${errors ? "" : " zero"}`, text: String(errors) }));
    this.launcher.setAttribute("aria-label", `${this.s.open}: ${this.countsText(view)}`);
    if (this.panel.hidden) this.launcher.hidden = false;
    const counts = this.countsText(view);
    if (counts !== this.lastCounts) {
      this.lastCounts = counts;
      this.announce(counts);
    }
    this.renderMarks(view);
    if (!this.panel.hidden) this.renderPanel(false);
    this.schedulePosition();
  }

  private countsText(view: View): string {
    const { error, warning, info } = view.counts;
    const s = this.s;
    return `${error} ${error === 1 ? s.error : s.errors}, ${warning} ${warning === 1 ? s.warning : s.warnings}, ${info} ${s.infos}`;
  }

  private announce(text: string): void {
    this.live.textContent = text;
  }

  private renderMarks(view: View): void {
    const d = this.doc;
    while (this.markEls.length < view.marks.length) {
      const mark = h(d, "button", { type: "button", class: "mark" });
      const index = this.markEls.length;
      mark.addEventListener("click", () => {
        const item = this.view?.marks[index];
        this.open();
        if (item) item.element.focus({ preventScroll: false });
      });
      this.markEls.push(mark);
      this.marksBox.append(mark);
    }
    this.markEls.forEach((mark, i) => {
      const item = view.marks[i];
      // shown by position() in the next frame, once it knows the field is on screen
      mark.hidden = true;
      if (!item) return;
      mark.className = `mark ${item.severity}`;
      mark.textContent = item.count > 1 ? `${item.message} (+${item.count - 1})` : item.message;
      mark.title = item.message;
      mark.setAttribute("aria-label", item.message);
    });
    const c = view.counter;
    this.counterEl.hidden = !c;
    if (c) {
      this.counterEl.textContent = `${c.words} / ${c.minimum} ${this.s.words}`;
      this.counterEl.className = `counter${c.words >= c.minimum ? " ok" : ""}`;
    }
  }

  private renderPanel(force: boolean): void {
    const view = this.view;
    const d = this.doc;
    const s = this.s;
    this.titleEl.textContent = s.panelTitle;
    this.closeButton.setAttribute("aria-label", s.close);
    this.closeButton.title = s.close;
    if (!view) return;
    this.banner.hidden = !this.stopped;
    this.banner.replaceChildren();
    if (this.stopped) {
      this.banner.append(h(d, "div", { text: this.stopped === "warn" ? s.stoppedWarn : s.stoppedBlock }));
      const actions = h(d, "div", { class: "actions" });
      const fix = h(d, "button", { type: "button", class: "action primary", text: s.fixFirst });
      fix.addEventListener("click", () => {
        // the first error the officer can reach now (a field on a wizard step not shown cannot take focus)
        const first = view.items.find((i) => i.element && i.severity === "error" && isRendered(i.element)) ?? view.items.find((i) => i.element && i.severity === "error");
        this.stopped = undefined;
        this.renderPanel(true);
        first?.element?.focus();
        first?.element?.scrollIntoView({ block: "center" });
      });
      actions.append(fix);
      if (this.stopped === "warn") {
        const send = h(d, "button", { type: "button", class: "action", text: s.sendAnyway });
        send.addEventListener("click", () => {
          this.stopped = undefined;
          this.close();
          this.actions.sendAnyway();
        });
        actions.append(send);
      }
      this.banner.append(actions);
    }
    const signature = JSON.stringify([view.lang, view.points, view.claimed, view.blockers, view.items.map((i) => [i.severity, i.message, i.fix, !!i.element]), view.absent]);
    if (!force && signature === this.lastList) return;
    this.lastList = signature;
    const score = h(d, "div", { class: "score" }, h(d, "span", { text: s.score }), h(d, "strong", { text: view.format.number(view.points) }), h(d, "span", { text: `${s.of} ${view.maxPoints}` }));
    const claimed = h(d, "div", { class: "muted", text: `${s.claimed}: ${view.format.number(view.claimed)}` });
    const status = h(d, "div", { class: `status${view.assessed ? "" : " no"}` });
    if (view.assessed) status.textContent = s.assessed;
    else status.append(h(d, "div", { text: s.notAssessed }), h(d, "ul", {}, ...view.blockers.map((b) => h(d, "li", { text: b }))));
    const counts = h(d, "div", { class: "counts", text: this.countsText(view) });
    const list = h(d, "ol", { class: "findings" });
    this.jumps = [];
    view.items.forEach((item, index) => {
      // a field on a wizard step not shown cannot take focus: its item says so instead of offering a
      // jump (position() decides, in the frame where it reads the layout anyway)
      const elsewhere = item.element ? h(d, "span", { class: "fix elsewhere", text: s.otherStep, hidden: true }) : undefined;
      const button = h(d, "button", { type: "button" }, h(d, "span", { class: "sev", text: severityWord(item.severity, view.lang) }), item.message, item.fix ? h(d, "span", { class: "fix", text: item.fix }) : undefined, elsewhere);
      if (elsewhere) {
        this.jumps.push({ button, note: elsewhere, index });
        button.addEventListener("click", () => {
          const element = this.view?.items[index]?.element;
          element?.scrollIntoView({ block: "center" });
          element?.focus({ preventScroll: true });
        });
      }
      list.append(h(d, "li", { class: item.severity }, button));
    });
    this.schedulePosition();
    const body: (Node | undefined)[] = [this.banner, this.draftBox, score, claimed, status, counts, view.items.length ? list : h(d, "p", { text: s.noFindings })];
    if (view.absent.length) body.push(h(d, "div", { class: "absent muted", text: `${s.notOnPage}: ${view.absent.join(", ")}` }));
    this.bodyEl.replaceChildren(...body.filter((n): n is Node => !!n));
  }

  /** Re-places marks after scrolling, resizing or a re-render (at most once per frame). */
  schedulePosition(): void {
    if (this.frame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /**
   * Whether the element is scrolled out of a box that clips it (a modal's body, a scroll box): its
   * mark would float over whatever is outside the box. The clipping ancestors are looked up once
   * per rendered view; each frame only compares rectangles.
   */
  private scrolledAway(el: HTMLElement): boolean {
    let boxes = this.clips.get(el);
    if (!boxes) {
      boxes = [];
      const win = el.ownerDocument.defaultView;
      for (let e = el.parentElement; e && e !== el.ownerDocument.body; e = e.parentElement) {
        const style = win?.getComputedStyle(e);
        if (style && (style.overflowX !== "visible" || style.overflowY !== "visible")) boxes.push(e);
      }
      this.clips.set(el, boxes);
    }
    const r = el.getBoundingClientRect();
    // the height a mark sits at beside the field (as in position()) must be inside every such box
    const y = r.top + Math.min(r.height / 2, 12);
    return boxes.some((box) => {
      const c = box.getBoundingClientRect();
      return y < c.top || y > c.bottom || r.right <= c.left || r.left >= c.right;
    });
  }

  /** Whether nothing of the page's form sits at a point (our own UI lets pointer events through, so it is never hit). */
  private freeAt(x: number, y: number, field: HTMLElement): boolean {
    if (y < 0 || y > (this.doc.defaultView?.innerHeight ?? 0)) return false;
    const hit = this.doc.elementFromPoint(x, y);
    if (!hit || hit === this.doc.documentElement || hit === this.doc.body) return true;
    if (hit.matches("input, select, textarea, button, label, [contenteditable]")) return false;
    const cell = hit.closest("td, th");
    return !(cell && !cell.contains(field) && cell.querySelector("input, select, textarea"));
  }

  position(): void {
    const view = this.view;
    if (!view) return;
    if (!this.panel.hidden) {
      for (const { button, note, index } of this.jumps) {
        const element = view.items[index]?.element;
        const shown = !!element && isRendered(element);
        note.hidden = shown;
        button.title = shown ? this.s.jump : "";
      }
    }
    const width = this.doc.documentElement.clientWidth;
    const placed: { mark: HTMLElement; left: number; top: number }[] = [];
    view.marks.forEach((item, i) => {
      const mark = this.markEls[i]!;
      const anchor = visibleAnchor(item.anchor);
      if (!anchor || this.scrolledAway(anchor)) {
        mark.hidden = true;
        return;
      }
      const r = topRect(anchor);
      mark.hidden = r.bottom < 0 || r.top > (this.doc.defaultView?.innerHeight ?? 0);
      // Beside the field when that spot is free; in dense layouts (a table row with the evidence
      // upload next to the parameter) a small badge on the field's corner instead.
      const room = width - r.right;
      const free = room > 180 && this.freeAt(r.right + 24, r.top + Math.min(r.height / 2, 12), anchor);
      mark.classList.toggle("compact", !free);
      mark.textContent = free ? (item.count > 1 ? `${item.message} (+${item.count - 1})` : item.message) : item.count > 1 ? `! ${item.count}` : "!";
      // the badge sits on the field's top-right corner, above it, never over the control itself
      const left = free ? r.right + 6 : r.right - 6;
      const top = free ? r.top + 2 : r.top - 14;
      mark.style.left = "0";
      mark.style.top = "0";
      mark.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      mark.style.maxWidth = `${Math.max(120, Math.min(320, room - 12))}px`;
      if (!mark.hidden) placed.push({ mark, left, top });
    });
    const c = view.counter;
    if (c && isRendered(c.element)) {
      this.counterEl.hidden = false;
      this.counterEl.style.left = "0";
      this.counterEl.style.top = "0";
      // the marks' boxes, read once all are written (one layout for the frame)
      const marks = placed.map(({ mark, left, top }) => new DOMRect(left, top, mark.offsetWidth, mark.offsetHeight));
      const at = this.counterSpot(topRect(c.element), c.element, marks, width);
      this.counterEl.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
    } else this.counterEl.hidden = true;
  }

  /**
   * Where the word counter goes: always outside the field, so it never covers the officer's text
   * (inside the field's corner it hid the end of a full last line), and never on the page's other
   * fields or labels (below the field it could sit on the next field and read as that field's count)
   * nor on our marks. First choice beside the field's bottom-right corner, then just below its
   * bottom-right edge, then just above its top-right edge (left of a mark's badge there); when none
   * is free, below it.
   */
  private counterSpot(r: DOMRect, field: HTMLElement, marks: readonly DOMRect[], width: number): { x: number; y: number } {
    const { offsetWidth: w, offsetHeight: h } = this.counterEl;
    const spots = [
      { x: r.right + 6, y: r.bottom - h },
      { x: r.right - w, y: r.bottom + 3 },
      { x: r.right - w - 24, y: r.top - h - 3 },
    ];
    const free = (s: { x: number; y: number }) =>
      s.x >= 0 &&
      s.x + w <= width &&
      !marks.some((m) => s.x < m.right && s.x + w > m.left && s.y < m.bottom && s.y + h > m.top) &&
      this.freeBox(s.x, s.y, w, h, field);
    return spots.find(free) ?? spots[1]!;
  }

  /**
   * Whether nothing of the page's form sits under a box (its corners and middle; a part off screen
   * hides nothing). An embedded editor's frame counts as a field, unless it is the frame that holds
   * this field (we cannot see into it).
   */
  private freeBox(x: number, y: number, w: number, h: number, field: HTMLElement): boolean {
    const bottom = this.doc.defaultView?.innerHeight ?? 0;
    const points = [[x + 1, y + 1], [x + w - 1, y + 1], [x + 1, y + h - 1], [x + w - 1, y + h - 1], [x + w / 2, y + h / 2]] as const;
    return points.every(([px, py]) => {
      if (py < 0 || py > bottom) return true;
      const hit = this.doc.elementFromPoint(px, py);
      if (hit?.localName === "iframe" && !holdsField(hit, field)) return false;
      return this.freeAt(px, py, field);
    });
  }
}

/**
 * Where a mark can go: the anchor itself, or for an upload hidden behind a styled "Pilih berkas"
 * button (Dropzone and the like), its label or the box around it. Nothing when the whole block is
 * hidden (a wizard step not shown).
 */
function visibleAnchor(anchor: HTMLElement): HTMLElement | undefined {
  if (isRendered(anchor)) return anchor;
  if (anchor.localName !== "input" || (anchor as HTMLInputElement).type !== "file") return undefined;
  const candidates = [(anchor as HTMLInputElement).labels?.[0], anchor.parentElement, anchor.parentElement?.parentElement];
  return candidates.find((c): c is HTMLElement => !!c && isRendered(c));
}

/** Whether a frame is one the field lives in (at any depth). */
function holdsField(frame: Element, field: HTMLElement): boolean {
  for (let win: Window | null = field.ownerDocument.defaultView; win && win !== win.parent; win = win.parent) if (win.frameElement === frame) return true;
  return false;
}

function severityWord(severity: Severity, lang: Lang): string {
  const words = lang === "en" ? { error: "Error", warning: "Warning", info: "Info" } : { error: "Kesalahan", warning: "Peringatan", info: "Info" };
  return words[severity];
}
