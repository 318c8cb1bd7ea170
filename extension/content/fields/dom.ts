// Small DOM helpers shared by field collection and the overlay: visibility, visible text, and the
// documents and shadow roots a form may live in.

/** The element our UI lives in; every walk skips it so we never read or mark ourselves. */
export const HOST_TAG = "iid-check-ui";

const SKIP_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SELECT", "OPTION", "TEXTAREA", "INPUT", "BUTTON", HOST_TAG.toUpperCase()]);
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/** White space runs as one space, trimmed: the core's own tidy (the recogniser and the checker use it too). */
export { tidy } from "../../../core/text/normalise.ts";

/**
 * Visible-ish text of a node without form controls' own text (an ancestor <label> around a <select>
 * must not read as the label plus every option). Block elements become line breaks, so rich-text
 * paragraphs do not run their words together.
 */
export function textOf(node: Node, limit = Infinity): string {
  let out = "";
  const walk = (n: Node): void => {
    if (out.length > limit) return;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? "";
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    const tag = (n as Element).tagName ?? "";
    if (SKIP_TEXT.has(tag)) return;
    const block = BLOCK.test(tag);
    if (block) out += "\n";
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out += "\n";
  };
  walk(node);
  return out;
}

/** Whether the element takes up room on screen (a wizard step with display:none does not). */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === "function") return check.call(el, { visibilityProperty: true }) && el.getClientRects().length > 0;
  // Engines without checkVisibility (and happy-dom, which has no layout): walk the styles.
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e as HTMLElement).hidden) return false;
    const style = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (style && (style.display === "none" || style.visibility === "hidden")) return false;
  }
  return true;
}

/** The document and every open shadow root and same-origin iframe document inside it. */
export function rootsOf(doc: Document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    roots.push(root);
    const all = root.querySelectorAll("*");
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (el.localName === HOST_TAG) continue;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === "iframe" || el.localName === "frame") {
        const inner = sameOriginDocument(el as HTMLIFrameElement);
        if (inner) visit(inner);
      }
    }
  };
  visit(doc);
  return roots;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    // Reading contentDocument of a cross-origin frame gives null (or throws in old engines).
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/** The element a node's tree hangs from: the shadow root's host, or the same-origin iframe of its document; none at the top. */
export function outerOf(node: Node): Element | null | undefined {
  const root = node.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : (root as Document).defaultView?.frameElement;
}

/** getElementById within the element's own tree (document or shadow root). */
export function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === "function" ? root.getElementById(id) : null;
}

/** The element's rectangle in the top document's viewport (adds the offsets of same-origin iframes). */
export function topRect(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let win = el.ownerDocument.defaultView;
  while (win && win !== win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const fr = frame.getBoundingClientRect();
    x += fr.left + (frame as HTMLElement).clientLeft;
    y += fr.top + (frame as HTMLElement).clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return new DOMRect(x, y, r.width, r.height);
}
