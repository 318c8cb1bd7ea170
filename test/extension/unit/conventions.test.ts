// House rules of the extension's sources, checked on every file (ours and the content scripts'):
// one polyfill import, no zod (see extension/lib/validate.ts), no HTML insertion,
// and no direct `chrome.*` calls that would bypass the swappable browser module.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const EXTENSION = join(process.cwd(), "extension");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

const files = sources(EXTENSION).map((path) => ({ path: relative(process.cwd(), path).split("\\").join("/"), text: readFileSync(path, "utf8") }));
// Comments may mention what the code must not do.
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

describe("extension sources", () => {
  it("import webextension-polyfill in exactly one module", () => {
    const importers = files.filter((f) => /from\s+["']webextension-polyfill["']|import\(["']webextension-polyfill["']\)/.test(code(f.text))).map((f) => f.path);
    expect(importers).toEqual(["extension/lib/browser.ts"]);
  });

  it("validate settings and messages with ./lib/validate.ts, not zod (it would double the content script)", () => {
    const importers = files.filter((f) => /from\s+["']zod(\/[\w-]+)?["']/.test(code(f.text))).map((f) => f.path);
    expect(importers).toEqual([]);
  });

  it("never insert text as HTML", () => {
    const offenders = files
      .filter((f) => f.path.endsWith(".ts"))
      .flatMap((f) => [...code(f.text).matchAll(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/g)].map((m) => `${f.path}: ${m[0]}`));
    expect(offenders).toEqual([]);
  });

  it("call browser APIs only through extension/lib/browser.ts", () => {
    // native-browser.ts is what the content scripts' build puts behind browser.ts in the polyfill's place
    const offenders = files.filter((f) => f.path.endsWith(".ts") && f.path !== "extension/lib/native-browser.ts" && /\bchrome\.\w+\.\w+/.test(code(f.text))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it("load no remote script or style from the extension pages", () => {
    for (const f of files.filter((file) => file.path.endsWith(".html"))) {
      for (const [, url] of f.text.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url, f.path).not.toMatch(/^(https?:)?\/\//);
    }
  });
});
