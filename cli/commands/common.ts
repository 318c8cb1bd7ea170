// What every command shares: the streams it writes to (injected, so tests run in-process) and
// the --framework option.
import { readFile } from "node:fs/promises";
import { builtInFrameworkIds, FrameworkError, getFramework, loadFramework, type Framework } from "../../core/index.ts";
import { UsageError } from "../args.ts";

export type Stream = { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
export type Io = { stdout: Stream; stderr: Stream; env: Record<string, string | undefined> };

/** Framework files are small (the built-in one is ~100 kB); a huge file is a wrong file. */
const MAX_FRAMEWORK_BYTES = 20 * 1024 * 1024;

/** `--framework iid-2027` (a built-in id) or `--framework tahun-2028.json` (a file, validated). */
export async function resolveFramework(spec: string): Promise<Framework> {
  if (builtInFrameworkIds().includes(spec)) return getFramework(spec);
  let text: string;
  try {
    const buffer = await readFile(spec);
    if (buffer.length > MAX_FRAMEWORK_BYTES) throw new Error("too large");
    text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  } catch {
    const known = builtInFrameworkIds().join(", ");
    throw new UsageError({
      id: `Kerangka "${spec}" tidak dikenal dan bukan berkas JSON yang dapat dibaca. Kerangka bawaan: ${known}.`,
      en: `Framework "${spec}" is not a built-in id nor a readable JSON file. Built-in frameworks: ${known}.`,
    });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      { id: `Berkas kerangka "${spec}" bukan JSON yang sah.`, en: `The framework file "${spec}" is not valid JSON.` },
      [firstLine(error)],
    );
  }
  try {
    return loadFramework(document);
  } catch (error) {
    if (error instanceof FrameworkError)
      throw new UsageError(
        { id: `Berkas kerangka "${spec}" tidak sesuai skema kerangka IID.`, en: `The framework file "${spec}" does not match the IID framework schema.` },
        error.problems.slice(0, 20),
      );
    throw new UsageError({ id: `Berkas kerangka "${spec}" tidak dapat dimuat.`, en: `The framework file "${spec}" cannot be loaded.` }, [firstLine(error)]);
  }
}

/** The first line of an error's message, short: enough to act on, never a stack trace. */
export const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
