// Matching of free text typed by people (sheet cells, form fields) against official wording.

const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** The text as a pattern that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Folds case, diacritics, punctuation and spacing: "Uji-coba " and "ujicoba" give the same key. */
export function compactKey(text: string): string {
  // ASCII has no diacritics to fold and its only letters and digits are a-z, A-Z, 0-9: one
  // lower-casing and one simple replace give the same key as the Unicode path, much faster.
  if (isAscii(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Collapses runs of white space and trims. */
export function tidy(text: string): string {
  return isTidy(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Already tidy: printable ASCII with single inner spaces (most names); anything else takes the regex path. */
function isTidy(text: string): boolean {
  let previous = 32; // as if preceded by a space, so a leading space fails
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126 || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return previous !== 32;
}

/** Levenshtein distance with an early exit once `limit` is exceeded. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export type TextMatch<T> = { item: T; exact: boolean; viaAlias: boolean };

/**
 * Finds the entry a typed text means: exactly (after compactKey) by its name or an alias,
 * else by a close spelling (at most ~15% of the letters differ) when one entry is clearly nearest.
 */
export class TextMatcher<T> {
  /** Exact raw spellings first: most input is already the official wording, and this skips folding. The match is built once. */
  private readonly byRaw = new Map<string, Readonly<TextMatch<T>>>();
  private readonly byKey = new Map<string, { item: T; alias: boolean }>();
  private readonly keys: { key: string; item: T }[] = [];

  constructor(entries: readonly { item: T; names: readonly string[]; aliases?: readonly string[] }[]) {
    for (const { item, names, aliases = [] } of entries) {
      for (const name of names) this.add(name, item, false);
      for (const alias of aliases) this.add(alias, item, true);
    }
  }

  private add(text: string, item: T, alias: boolean): void {
    if (!this.byRaw.has(text)) this.byRaw.set(text, Object.freeze({ item, exact: true, viaAlias: alias }));
    const key = compactKey(text);
    if (!key || this.byKey.has(key)) return;
    this.byKey.set(key, { item, alias });
    this.keys.push({ key, item });
  }

  match(text: string): TextMatch<T> | undefined {
    const raw = this.byRaw.get(text);
    if (raw) return raw;
    const key = compactKey(text);
    if (!key) return undefined;
    const exact = this.byKey.get(key);
    if (exact) return { item: exact.item, exact: true, viaAlias: exact.alias };
    if (key.length < 4) return undefined;
    const limit = Math.max(1, Math.floor(key.length * 0.15));
    let best: { distance: number; item: T } | undefined;
    let tie = false;
    for (const candidate of this.keys) {
      const distance = editDistance(key, candidate.key, limit);
      if (distance > limit) continue;
      if (!best || distance < best.distance) {
        best = { distance, item: candidate.item };
        tie = false;
      } else if (distance === best.distance && candidate.item !== best.item) tie = true;
    }
    return best && !tie ? { item: best.item, exact: false, viaAlias: false } : undefined;
  }
}
