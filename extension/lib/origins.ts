// Origins as the extension stores them. Pure (no browser APIs), so build scripts can import it.

/** The origin of an http(s) URL, or undefined for anything else (about:, chrome:, file:, garbage). */
export function toOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
