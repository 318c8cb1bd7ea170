// Builds the extension for tests, once per set of sources: the build is reused while nothing it reads
// has changed, so a test never runs against a stale build and a test run builds at most once even
// with several workers (one builds under a lock directory, the others wait).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

export type BuildKind = "production" | "test";

export interface BuiltExtension {
  /** dist/extension or dist/extension-test */
  dir: string;
  chrome: string;
  firefox: string;
}

export const BUILD_DIRS: Record<BuildKind, string> = {
  production: join(ROOT, "dist", "extension"),
  test: join(ROOT, "dist", "extension-test"),
};

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of everything the build reads. */
function sourceStamp(kind: BuildKind): string {
  const hash = createHash("sha256").update(kind);
  const inputs = [
    ...filesUnder(join(ROOT, "extension")),
    ...filesUnder(join(ROOT, "core")),
    join(ROOT, "scripts", "build-extension.ts"),
    join(ROOT, "scripts", "extension-pack.ts"),
    join(ROOT, "scripts", "extension-test-key.ts"),
    join(ROOT, "package.json"),
  ].sort();
  for (const file of inputs) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

const builds = new Map<BuildKind, Promise<BuiltExtension>>();

export function buildExtensionOnce(kind: BuildKind): Promise<BuiltExtension> {
  let build = builds.get(kind);
  if (!build) {
    build = buildLocked(kind);
    builds.set(kind, build);
  }
  return build;
}

async function buildLocked(kind: BuildKind): Promise<BuiltExtension> {
  const dir = BUILD_DIRS[kind];
  const result = { dir, chrome: join(dir, "chrome"), firefox: join(dir, "firefox") };
  const stampFile = join(dir, "stamp.txt");
  const lock = `${dir}.lock`;
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const stamp = sourceStamp(kind);
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return result;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building; a lock older than 3 minutes belongs to a build that died.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another worker's ${kind} extension build`);
      await sleep(250);
      continue;
    }
    try {
      // Built in a child process so Vite's build runs outside the test runner's own Vite.
      const staging = `${dir}.tmp-${process.pid}`;
      const args = [join(ROOT, "scripts", "build-extension.ts"), "--out", staging, ...(kind === "test" ? ["--test"] : [])];
      try {
        execFileSync(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, IID_TEST_BUILD: "" } });
      } catch (error) {
        const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
        throw new Error(`Extension build (${kind}) failed:\n${stderr}`);
      }
      writeFileSync(join(staging, "stamp.txt"), stamp);
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
      return result;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
