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

  it("mentions no web address other than the portal, namespaces and documentation placeholders", () => {
    // None of these is ever contacted; a new address in a bundle deserves a look all the same.
    const allowed = [
      /^https?:\/\/indeks\.inovasi\.(bskdn|litbang)\.kemendagri\.go\.id$/,
      /^https?:\/\/json-schema\.org$/, // ids inside zod's JSON Schema support
      /^http:\/\/www\.w3\.org$/, // XML namespaces (SVG)
      /^https?:\/\/([\w-]+\.)*example(\.go\.id|\.com|\.org)?$/, // placeholders in messages
      /^https?:\/\/$/, // the bare scheme used to build and check origins
    ];
    const found = filesUnder(built[target])
      .filter((file) => /\.(js|html)$/.test(file))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/https?:\/\/[\w.-]*/g)].map((m) => m[0]))
      .filter((url) => !allowed.some((pattern) => pattern.test(url)));
    expect([...new Set(found)]).toEqual([]);
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
