// Extension bundle sizes: a fresh production build (into a temporary folder), then the minified and
// gzip byte sizes of the two content scripts every portal page loads. Targets from issue 5: guard
// < 5 KB (it runs at document_start on every page load), main < 80 KB.
// Run alone: npx tsx bench/extension-size.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

export const EXTENSION_SIZE_TARGETS = { extension_guard_min_bytes: 5 * 1024, extension_main_min_bytes: 80 * 1024 } as const;

export async function benchExtensionSizes(): Promise<Record<string, number>> {
  const out = mkdtempSync(join(tmpdir(), "iid-check-size-"));
  try {
    // A child process keeps Vite's build out of whatever process is benchmarking.
    execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build-extension.ts"), "--out", out], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, IID_TEST_BUILD: "" },
    });
    const figures: Record<string, number> = {};
    for (const [name, file] of [
      ["guard", "content/guard.js"],
      ["main", "content/main.js"],
      ["background", "background.js"],
    ] as const) {
      const bytes = readFileSync(join(out, "chrome", file));
      figures[`extension_${name}_min_bytes`] = bytes.length;
      figures[`extension_${name}_gzip_bytes`] = gzipSync(bytes, { level: 9 }).length;
    }
    figures.extension_chrome_zip_bytes = readFileSync(join(out, "iid-check-chrome.zip")).length;
    return figures;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchExtensionSizes();
  for (const [key, value] of Object.entries(figures)) {
    const target = EXTENSION_SIZE_TARGETS[key as keyof typeof EXTENSION_SIZE_TARGETS];
    const verdict = target === undefined ? "" : `   target < ${target} ${value < target ? "ok" : "OVER"}`;
    console.log(`${key.padEnd(32)} ${String(value).padStart(9)}${verdict}`);
  }
}
