// Files in, files out: walking the folders a reviewer names, and writing reports atomically.
import { randomBytes } from "node:crypto";
import { readdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";

export const INPUT_EXTENSIONS = [".json", ".xlsx"] as const;

/**
 * Spreadsheets in formats the check cannot read. A folder's are still listed (as unreadable,
 * with how to convert them), so a submission saved as .xls is never silently left out.
 */
export const OTHER_WORKBOOK_EXTENSIONS = [".xls", ".xlsm", ".xlsb", ".ods"] as const;

export type InputFile = { path: string; kind: "json" | "xlsx" | "other" };
export type Inputs = { files: InputFile[]; missing: string[] };

/** Excel's "~$name.xlsx" owner files and hidden files (".DS_Store", "._x.xlsx") are never submissions. */
export const isSkippedName = (name: string): boolean => name.startsWith("~$") || name.startsWith(".");

const kindOf = (path: string): InputFile["kind"] => {
  const ext = extname(path).toLowerCase();
  return ext === ".json" ? "json" : ext === ".xlsx" ? "xlsx" : "other";
};

export const isOtherWorkbook = (path: string): boolean => (OTHER_WORKBOOK_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/**
 * Expands the command line's paths: files as given (whatever their type, so a wrong one is
 * reported), folders walked recursively for .json and .xlsx (and other workbook formats, to report
 * them) in a stable (sorted) order.
 */
export async function expandInputs(paths: readonly string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, kind: kindOf(path) });
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (info.isDirectory()) for (const found of await walk(path)) add(found);
    else add(path);
  }
  return { files, missing };
}

async function walk(dir: string, depth = 0): Promise<string[]> {
  // Deep trees are almost always a mistake (a whole disk); 20 levels is far beyond any archive.
  if (depth > 20) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (isSkippedName(entry.name) || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed (loops); links to files are.
    if (entry.isDirectory()) out.push(...(await walk(path, depth + 1)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && (kindOf(entry.name) !== "other" || isOtherWorkbook(entry.name))) {
      if (entry.isSymbolicLink() && !(await stat(path).then((s) => s.isFile(), () => false))) continue;
      out.push(path);
    }
  }
  return out;
}

/** The canonical path of a file that may not exist yet (its folder resolved). */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    try {
      return join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** True when `out` names the same file as one of `inputs` (through links and relative paths). */
export async function isOneOf(out: string, inputs: readonly string[]): Promise<boolean> {
  const target = await canonicalPath(out);
  for (const input of inputs) if ((await canonicalPath(input)) === target) return true;
  return false;
}

/** Writes to a temporary file beside the target, then renames: readers never see half a report. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
