// What our UI shows inside its closed shadow root, read the way only a debugger can: the page (and
// Playwright's locators) cannot see into it, the DevTools protocol can (DOM.getDocument with pierce).
import type { CDPSession, Page } from "playwright-core";

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The node id of our host's closed shadow root, or undefined when there is no host. */
async function uiRoot(page: Page): Promise<number | undefined> {
  const { root } = (await (await cdp(page)).send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined => {
    if (node.nodeName === "IID-CHECK-UI") return node;
    for (const inner of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(inner);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(root)?.shadowRoots?.[0]?.nodeId;
}

export interface UiElement {
  text: string;
  /** Viewport rectangle, or undefined when it is not rendered. */
  box?: { x: number; y: number; width: number; height: number };
}

/** Our UI's elements that match a selector (".mark:not([hidden])", ".counter"), with their text and place. */
export async function uiElements(page: Page, selector: string): Promise<UiElement[]> {
  const rootId = await uiRoot(page);
  if (rootId === undefined) return [];
  const session = await cdp(page);
  const { nodeIds } = (await session.send("DOM.querySelectorAll", { nodeId: rootId, selector })) as { nodeIds: number[] };
  const out: UiElement[] = [];
  for (const nodeId of nodeIds) {
    const html = ((await session.send("DOM.getOuterHTML", { nodeId })) as { outerHTML: string }).outerHTML;
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    try {
      const { model } = (await session.send("DOM.getBoxModel", { nodeId })) as { model: { border: number[]; width: number; height: number } };
      out.push({ text, box: { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height } });
    } catch {
      out.push({ text });
    }
  }
  return out;
}

/** Clicks the middle of our UI's element that matches a selector (the nth, default the first). */
export async function uiClick(page: Page, selector: string, nth = 0): Promise<void> {
  const box = (await uiElements(page, selector))[nth]?.box;
  if (!box) throw new Error(`no rendered ${selector} (#${nth}) in our UI`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
