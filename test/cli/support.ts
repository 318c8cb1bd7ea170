// Helpers for the CLI tests: temp folders, submissions written as real files, the CLI run
// in-process (fast) or as a real child process (end to end).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { main } from "../../cli/main.ts";
import { submission } from "../core/builders.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const TODAY = "2026-11-22";

/** A fresh temp folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "iid-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

/** 12 complete innovations over all six yandas affairs: no error-severity finding. */
export const cleanSubmission = () => submission(12);
/** The same with one innovation's design far too short: error-severity findings. */
export const brokenSubmission = () => submission(12, (i) => (i === 0 ? { design: "terlalu pendek" } : {}));

export type Run = { code: number; stdout: string; stderr: string };

type FakeStream = { write(chunk: string): boolean; isTTY?: boolean; columns?: number };

/** Runs main() in this process with captured streams (no tsx start-up cost). */
export async function runCli(argv: string[], opts: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out: FakeStream = { write: (s) => ((stdout += s), true), isTTY: opts.stdoutTTY ?? false };
  const err: FakeStream = { write: (s) => ((stderr += s), true), isTTY: opts.stderrTTY ?? false, columns: 100 };
  const code = await main(argv, { stdout: out, stderr: err, env: opts.env ?? {} });
  return { code, stdout, stderr };
}

/** Runs the real command as users do: node bin/iid-check.js (through tsx). */
export function runChild(argv: string[], env: Record<string, string> = {}, cwd = ROOT): Run {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "iid-check.js"), ...argv], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;
