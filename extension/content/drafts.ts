// Draft recovery (opt-in): the long texts kept in storage.local per page for 14 days, so a portal
// session timeout does not lose an hour of typing. Never sent anywhere.
import { DRAFT_KEY_PREFIX } from "../lib/drafts.ts";
import { browser } from "../lib/browser.ts";

export const DRAFT_FIELDS = ["design", "goal", "benefit", "result"] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export const DRAFT_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface Draft {
  savedAt: number;
  texts: Partial<Record<DraftField, string>>;
}

/** One draft per page: origin and path, without the query (session tokens) or hash. */
export function draftKey(url: string): string {
  const u = new URL(url);
  return `${DRAFT_KEY_PREFIX}${u.origin}${u.pathname}`;
}

export const isExpired = (draft: Draft, now: number): boolean => now - draft.savedAt > DRAFT_TTL_MS;

function parseDraft(value: unknown): Draft | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { savedAt, texts } = value as { savedAt?: unknown; texts?: unknown };
  if (typeof savedAt !== "number" || !texts || typeof texts !== "object") return undefined;
  const clean: Partial<Record<DraftField, string>> = {};
  for (const field of DRAFT_FIELDS) {
    const text = (texts as Record<string, unknown>)[field];
    if (typeof text === "string" && text.trim()) clean[field] = text;
  }
  return { savedAt, texts: clean };
}

/** The page's draft, or undefined; an expired or malformed one is deleted on the way. */
export async function loadDraft(url: string, now = Date.now()): Promise<Draft | undefined> {
  const key = draftKey(url);
  const stored = (await browser.storage.local.get(key))[key];
  const draft = parseDraft(stored);
  if (stored !== undefined && (!draft || isExpired(draft, now))) {
    await browser.storage.local.remove(key);
    return undefined;
  }
  return draft && Object.keys(draft.texts).length ? draft : undefined;
}

export async function saveDraft(url: string, texts: Partial<Record<DraftField, string>>, now = Date.now()): Promise<void> {
  const kept = Object.fromEntries(Object.entries(texts).filter(([, t]) => typeof t === "string" && t.trim()));
  const key = draftKey(url);
  if (Object.keys(kept).length === 0) return;
  await browser.storage.local.set({ [key]: { savedAt: now, texts: kept } satisfies Draft });
}

export async function clearDraft(url: string): Promise<void> {
  await browser.storage.local.remove(draftKey(url));
}

/** Drops every expired draft (run once per page load; storage.local has no expiry of its own). */
export async function pruneDrafts(now = Date.now()): Promise<number> {
  const all = await browser.storage.local.get(null);
  const expired = Object.entries(all).filter(([key, value]) => {
    if (!key.startsWith(DRAFT_KEY_PREFIX)) return false;
    const draft = parseDraft(value);
    return !draft || isExpired(draft, now);
  }).map(([key]) => key);
  if (expired.length) await browser.storage.local.remove(expired);
  return expired.length;
}
