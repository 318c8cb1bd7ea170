// Conventions of the content scripts that a reviewer would otherwise have to remember.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { profiles } from "../../../extension/content/profiles/index.ts";

const CONTENT = join(import.meta.dirname, "..", "..", "..", "extension", "content");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("portal profiles", () => {
  it("are one file each, registered under the file name, generic last", () => {
    const onDisk = readdirSync(join(CONTENT, "profiles"))
      .filter((name) => name.endsWith(".ts") && !["define.ts", "index.ts"].includes(name))
      .map((name) => basename(name, ".ts"))
      .sort();
    expect(profiles.map((p) => p.id).sort()).toEqual(onDisk);
    expect(profiles.at(-1)!.id).toBe("generic");
    for (const p of profiles) expect(p.description.length).toBeGreaterThan(10);
  });
});

describe("content scripts", () => {
  const sources = files(CONTENT).filter((f) => f.endsWith(".ts"));

  it("tie every page listener to an AbortSignal so a navigation removes it (the guard and our own UI's buttons excepted)", () => {
    const offenders = sources
      .filter((f) => !f.endsWith("guard.ts") && !f.includes(`${join("content", "ui")}`))
      .flatMap((f) => readFileSync(f, "utf8").split("\n").map((line, i) => ({ f, line, i })))
      // an AbortSignal's own "abort" listener is the cleanup itself
      .filter(({ line }) => /\.addEventListener\(/.test(line) && !/signal|addEventListener\("abort"/.test(line))
      .map(({ f, i }) => `${basename(f)}:${i + 1}`);
    expect(offenders).toEqual([]);
  });

  it("never insert text as HTML", () => {
    const offenders = sources.filter((f) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("keep the guard free of the core and of other imports than the shared state", () => {
    const guard = readFileSync(join(CONTENT, "guard.ts"), "utf8");
    expect([...guard.matchAll(/from "([^"]+)"/g)].map((m) => m[1])).toEqual(["./shared.ts"]);
  });
});

describe("fixture pages and the portal replica", () => {
  it("are in step with their generator (test/extension/fixtures/generate.ts)", async () => {
    const { generatedPages } = await import("../fixtures/generate.ts");
    const stale = Object.entries(generatedPages()).filter(([path, html]) => readFileSync(path, "utf8") !== html).map(([path]) => basename(path));
    expect(stale).toEqual([]);
  });

  it("load nothing from outside the page (no external scripts, styles, images or fonts)", async () => {
    const { generatedPages } = await import("../fixtures/generate.ts");
    const external = Object.entries(generatedPages()).filter(([, html]) => /\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html) || /@import|url\(/i.test(html)).map(([path]) => basename(path));
    expect(external).toEqual([]);
  });
});
