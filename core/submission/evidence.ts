// Evidence items as people write them: file names, links, or lists in one cell.
import type { EvidenceItem } from "./model.ts";

/** Splits a cell such as "sk.pdf; foto1.jpg, foto2.jpg\nvideo link" into items. */
export function splitEvidenceList(text: string): string[] {
  return text
    .split(/[;\n\r]+|,(?=\s*\S)(?![^()]*\))/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s !== "-");
}

const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;
const BARE_HOST = /^(youtu\.be|(m\.|www\.)?youtube\.com|drive\.google\.com)\//i;

export function classifyEvidence(name: string, extra: { size?: number; type?: string; url?: string } = {}): EvidenceItem {
  const trimmed = name.trim();
  const link = extra.url ?? (URL_LIKE.test(trimmed) || BARE_HOST.test(trimmed) ? trimmed : undefined);
  const item: EvidenceItem = link ? { name: link, kind: "link" } : { name: trimmed, kind: "text" };
  if (!link) {
    const m = /\.([a-z0-9]{2,5})$/i.exec(trimmed.replace(/[?#].*$/, ""));
    if (m) {
      item.kind = "file";
      item.extension = m[1]!.toLowerCase();
    }
  }
  if (extra.size !== undefined) item.sizeBytes = extra.size;
  if (extra.type) item.mimeType = extra.type;
  return item;
}

/** The host of a link, lower-case, or undefined when it is not a valid link. */
export function linkHost(url: string): string | undefined {
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
