// --evidence-dir: evidence named as file names is looked up in a folder. Missing files, empty
// files, files whose content is not what their name says and files over the framework's size
// limits become findings, located like any other (cell or submission path).
import { open, readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { exceededSizeLimit, rules, type CheckResult, type Finding, type IndicatorAnswer, type Severity, type SubmissionPath } from "../core/index.ts";
import { UsageError } from "./args.ts";

export const EVIDENCE_DIR_CODES = {
  "evidence-file-not-found": "warning",
  "evidence-file-empty": "warning",
  "evidence-file-content-mismatch": "warning",
} as const satisfies Record<string, Severity>;

export type EvidenceIndex = {
  dir: string;
  /** Lower-case relative path with "/" -> absolute path. */
  byPath: Map<string, string>;
  /** Lower-case base name -> absolute paths (files are often sorted into sub-folders). */
  byName: Map<string, string[]>;
};

const MAX_FILES = 200_000;

/** Lists the folder once; every lookup after that is in memory. */
export async function indexEvidenceDir(dir: string): Promise<EvidenceIndex> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new UsageError({ id: `Folder bukti dukung "${dir}" tidak ditemukan.`, en: `Evidence folder "${dir}" not found.` });
  const index: EvidenceIndex = { dir, byPath: new Map(), byName: new Map() };
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > 10 || index.byPath.size >= MAX_FILES) return;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        const key = relative(dir, path).split("\\").join("/").toLowerCase();
        index.byPath.set(key, path);
        const name = entry.name.toLowerCase();
        index.byName.set(name, [...(index.byName.get(name) ?? []), path]);
      }
    }
  };
  await walk(dir, 0);
  return index;
}

/**
 * Finds a named file: the exact relative path first, then the base name anywhere in the folder.
 * Case-insensitive, as on the Windows machines the names were typed on. Only files listed in the
 * index are ever opened, so "../../etc/passwd.pdf" cannot reach outside the folder.
 */
export function lookupEvidence(index: EvidenceIndex, name: string): string | undefined {
  const normalised = name.trim().split("\\").join("/").replace(/^\.\//, "").toLowerCase();
  const direct = index.byPath.get(normalised);
  if (direct) return direct;
  const base = normalised.split("/").at(-1) ?? normalised;
  return index.byName.get(base)?.[0];
}

/** What a file's first bytes say it is; undefined when no signature is known. */
export function sniffType(head: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpg";
  if (head.length >= 8 && head[0] === 0x89 && ascii(1, 4) === "PNG") return "png";
  if (head.length >= 12 && ascii(4, 8) === "ftyp") return "mp4";
  if (head.length >= 4 && ascii(0, 4) === "GIF8") return "gif";
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "zip";
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole";
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (Buffer.from(head).includes("%PDF-")) return "pdf";
  return undefined;
}

/** Extensions whose content we can verify, and the signature each must carry. */
const EXPECTED: Record<string, string> = { pdf: "pdf", jpg: "jpg", jpeg: "jpg", png: "png", mp4: "mp4" };

type FileFacts = { size: number; sniffed?: string };

async function factsOf(path: string): Promise<FileFacts | undefined> {
  let handle;
  try {
    handle = await open(path, "r");
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, 1024));
    await handle.read(head, 0, head.length, 0);
    const sniffed = sniffType(head);
    return { size, ...(sniffed ? { sniffed } : {}) };
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/** Findings for every evidence file name in the checked submission. */
export async function checkEvidenceFiles(result: CheckResult, index: EvidenceIndex): Promise<Finding[]> {
  const { framework, submission } = result;
  const tooLargeSeverity: Severity = rules["evidence-type"]?.codes["evidence-too-large"] ?? "warning";
  const findings: Finding[] = [];
  const cache = new Map<string, Promise<FileFacts | undefined>>();
  const sites: { key: string; path: SubmissionPath; answer: IndicatorAnswer }[] = [];
  for (const [key, answer] of submission.region?.indicators ?? []) sites.push({ key, path: ["region", "indicators", key], answer });
  for (const innovation of submission.innovations)
    for (const [key, answer] of innovation.indicators) sites.push({ key, path: ["innovations", innovation.index, "indicators", key], answer });

  for (const { key, path, answer } of sites) {
    for (const [i, item] of answer.evidence.entries()) {
      if (item.kind !== "file") continue;
      const at = [...path, "evidence", i];
      const found = lookupEvidence(index, item.name);
      if (!found) {
        findings.push({ code: "evidence-file-not-found", severity: EVIDENCE_DIR_CODES["evidence-file-not-found"], path: at, params: { indicator: key, file: item.name, dir: index.dir } });
        continue;
      }
      let facts = cache.get(found);
      if (!facts) cache.set(found, (facts = factsOf(found)));
      const fact = await facts;
      if (!fact) {
        findings.push({ code: "evidence-file-not-found", severity: EVIDENCE_DIR_CODES["evidence-file-not-found"], path: at, params: { indicator: key, file: item.name, dir: index.dir } });
        continue;
      }
      if (fact.size === 0) {
        findings.push({ code: "evidence-file-empty", severity: EVIDENCE_DIR_CODES["evidence-file-empty"], path: at, params: { indicator: key, file: item.name } });
        continue;
      }
      const expected = item.extension ? EXPECTED[item.extension] : undefined;
      if (expected && fact.sniffed !== expected)
        findings.push({ code: "evidence-file-content-mismatch", severity: EVIDENCE_DIR_CODES["evidence-file-content-mismatch"], path: at, params: { indicator: key, file: item.name, type: item.extension!, actual: fact.sniffed ?? null } });
      // The core rule already reports sizes the submission itself declares; only fill the gap.
      const limit = item.sizeBytes === undefined ? exceededSizeLimit(framework, item.extension, fact.size) : undefined;
      if (limit !== undefined)
        findings.push({ code: "evidence-too-large", severity: tooLargeSeverity, path: at, params: { indicator: key, file: item.name, sizeBytes: fact.size, limitBytes: limit } });
    }
  }
  return findings;
}
