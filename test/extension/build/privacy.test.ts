// The extension sends nothing anywhere: no built file, in either browser's package, contains a
// network API. The lint rule bans them in our sources; this catches what a dependency or the
// bundler might bring in (zod, the polyfill, Vite's preload helper).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExtensionOnce, type BuiltExtension } from "../support/build.ts";

const NETWORK_WORDS = ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource"];

let built: BuiltExtension;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  built = await buildExtensionOnce("production");
}, 180_000);

describe.each(["chrome", "firefox"] as const)("%s package", (target) => {
  it("contains no network code in any script or page", () => {
    const files = filesUnder(built[target]).filter((file) => /\.(js|html|json)$/.test(file));
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThanOrEqual(5);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return NETWORK_WORDS.filter((word) => text.includes(word)).map((word) => `${file.slice(built[target].length + 1)}: ${word}`);
    });
    expect(found).toEqual([]);
  });

  it("loads no code at run time (no dynamic import, eval or Function constructor)", () => {
    for (const file of filesUnder(built[target]).filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\bimport\(/);
      expect(text, file).not.toMatch(/\beval\(/);
      expect(text, file).not.toMatch(/new Function\(/);
    }
  });
});
