// Evidence items as people write them: file names, links, or lists in one cell.
import type { Framework } from "../framework/compile.ts";
import type { EvidenceItem } from "./model.ts";

const LIST_SEPARATOR = /[;,\n\r]/;

/**
 * A test of the whole name for a list separator: run for every evidence item of a national check,
 * it is about twice as fast as a charCodeAt loop (more so on the sliced strings workbook cells are).
 */
const hasListSeparator = (text: string): boolean => LIST_SEPARATOR.test(text);

/**
 * text[from, to) read as a number in base 37 (digits 1-10, letters 11-36, any case), or -1 when
 * it is not all ASCII letters and digits. Five characters fit a small integer, so the usual
 * extensions are found without cutting out and lower-casing a substring for every item.
 */
function extensionCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    const lower = char | 0x20; // folds A-Z onto a-z
    const digit = char >= 0x30 && char <= 0x39 ? char - 0x2f : lower >= 0x61 && lower <= 0x7a ? lower - 0x56 : -1;
    if (digit < 0) return -1;
    code = code * 37 + digit;
  }
  return code;
}

/** Splits a cell such as "sk.pdf; foto1.jpg, foto2.jpg\nvideo link" into items. */
export function splitEvidenceList(text: string): string[] {
  if (!hasListSeparator(text)) {
    const single = text.trim();
    return single && single !== "-" ? [single] : [];
  }
  return text
    .split(/[;\n\r]+|,(?=\s*\S)(?![^()]*\))/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s !== "-");
}

/**
 * The items of one cell or text, classified: splitEvidenceList then classifyEvidence, in an
 * array of exactly their number (it is retained with the result for every answer).
 */
export function classifyEvidenceList(text: string): EvidenceItem[] {
  if (hasListSeparator(text)) return splitEvidenceList(text).map(classifyName);
  // One name, the usual answer: no split, no intermediate array.
  const single = text.trim();
  return single && single !== "-" ? [classifyEvidence(single)] : [];
}

const classifyName = (name: string): EvidenceItem => classifyEvidence(name);

const URL_LIKE = /^(https?:\/\/|www\.)\S+$/i;
const BARE_HOST = /^(youtu\.be|(m\.|www\.)?youtube\.com|drive\.google\.com)\//i;

/**
 * One string per usual extension: every evidence item keeps its extension, and a national
 * check has ~700,000 of them, so each would otherwise retain its own copy of "pdf".
 */
const USUAL_EXTENSIONS = new Map(
  ["pdf", "jpg", "jpeg", "png", "gif", "mp4", "mov", "avi", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "zip", "rar"].map((e) => [extensionCode(e, 0, e.length), e]),
);

export function classifyEvidence(name: string, extra?: { size?: number; type?: string; url?: string }): EvidenceItem {
  const trimmed = name.trim();
  // Only names starting like a link can be one; skip the patterns for the usual file names.
  const first = trimmed.charCodeAt(0) | 0x20;
  const maybeLink = first === 0x68 /* h */ || first === 0x77 /* w */ || first === 0x79 /* y */ || first === 0x6d /* m */ || first === 0x64; /* d */
  const link = extra?.url ?? (maybeLink && (URL_LIKE.test(trimmed) || BARE_HOST.test(trimmed)) ? trimmed : undefined);
  const item: EvidenceItem = { name: link ?? trimmed, kind: link ? "link" : "text", extension: undefined, sizeBytes: undefined, mimeType: undefined };
  if (!link) {
    const bare = trimmed.includes("?") || trimmed.includes("#") ? trimmed.replace(/[?#].*$/, "") : trimmed;
    const dot = bare.lastIndexOf(".");
    const length = bare.length - dot - 1;
    const code = dot > 0 && length >= 2 && length <= 5 ? extensionCode(bare, dot + 1, bare.length) : -1;
    if (code >= 0) {
      item.kind = "file";
      item.extension = USUAL_EXTENSIONS.get(code) ?? bare.slice(dot + 1).toLowerCase();
    }
  }
  if (extra?.size !== undefined) item.sizeBytes = extra.size;
  if (extra?.type) item.mimeType = extra.type;
  return item;
}

/**
 * "https://youtu.be/x" -> "youtu.be" without the URL parser (two rules ask for every video link):
 * only an http(s) link whose host is plain ASCII labels of letters, digits and hyphens, ending in
 * a label with a letter (not an IPv4 number), none of them punycode, followed by nothing or
 * / ? #. The URL parser gives the same host for these; everything else goes to it.
 */
const PLAIN_LINK = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z0-9-]*[a-z][a-z0-9-]*)(?:[/?#]|$)/i;

/** The host of a link, lower-case, or undefined when it is not a valid link. */
export function linkHost(url: string): string | undefined {
  const plain = PLAIN_LINK.exec(url);
  if (plain) {
    const host = plain[1]!.toLowerCase();
    if (!host.includes("xn--") && !/(?:^|\.)0x/.test(host) && !/[\t\n\r]/.test(url)) return host;
  }
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The portal's size limit for a file of this type when sizeBytes is over it, else undefined. One
 * place for the comparison: the evidence-type rule applies it to declared sizes, the CLI's
 * --evidence-dir to sizes read from disk.
 */
export function exceededSizeLimit(framework: Framework, extension: string | undefined, sizeBytes: number | undefined): number | undefined {
  if (extension === undefined || sizeBytes === undefined) return undefined;
  const limit = framework.evidenceLimits.maxBytes[extension];
  return limit !== undefined && sizeBytes > limit ? limit : undefined;
}
