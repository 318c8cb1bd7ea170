// Draft recovery storage, shared by the content scripts (which write drafts when the user opted in)
// and the options page (which deletes them). Drafts live in storage.local only, never in sync.
import { browser } from "./browser.ts";

/** Every draft key starts with this; nothing else in storage.local may. */
export const DRAFT_KEY_PREFIX = "draft:";

/** Deletes every stored draft and returns how many there were. */
export async function clearDrafts(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(DRAFT_KEY_PREFIX));
  if (keys.length > 0) await browser.storage.local.remove(keys);
  return keys.length;
}
