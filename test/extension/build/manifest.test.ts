// The built packages as a store reviewer would read them: what the extension may touch, and where.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extensionIdFromKey, TEST_PUBLIC_KEY } from "../../../scripts/extension-test-key.ts";
import { buildExtensionOnce, type BuiltExtension } from "../support/build.ts";
import { EXTENSION_ID } from "../support/extension-id.ts";

const PORTAL_HOSTS = [
  "https://indeks.inovasi.bskdn.kemendagri.go.id/*",
  "http://indeks.inovasi.bskdn.kemendagri.go.id/*",
  "https://indeks.inovasi.litbang.kemendagri.go.id/*",
  "http://indeks.inovasi.litbang.kemendagri.go.id/*",
];
const CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

type Manifest = Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_scripts: { matches: string[]; js: string[]; run_at: string }[];
  background: Record<string, unknown>;
  content_security_policy: Record<string, string>;
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
};

let production: BuiltExtension;
let testBuild: BuiltExtension;
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  production = await buildExtensionOnce("production");
  testBuild = await buildExtensionOnce("test");
}, 180_000);

describe.each(["chrome", "firefox"] as const)("%s package", (target) => {
  const dir = (): string => production[target];

  it("asks only for storage, scripting and activeTab, and only for the IID portal's hosts", () => {
    const m = manifest(dir());
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(["activeTab", "scripting", "storage"]);
    expect([...m.host_permissions].sort()).toEqual([...PORTAL_HOSTS].sort());
    expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    const text = JSON.stringify(m);
    expect(text).not.toContain("<all_urls>");
    expect(text).not.toContain('"tabs"');
    expect(text).not.toContain("127.0.0.1");
    expect(m.key).toBeUndefined();
  });

  it("runs its content scripts on the portal only, the guard before the page's own scripts", () => {
    const scripts = manifest(dir()).content_scripts;
    expect(scripts.map((s) => s.js)).toEqual([["content/guard.js"], ["content/main.js"]]);
    expect(scripts[0]!.run_at).toBe("document_start");
    for (const script of scripts) {
      expect([...script.matches].sort()).toEqual([...PORTAL_HOSTS].sort());
      for (const js of script.js) expect(existsSync(join(dir(), js)), js).toBe(true);
    }
  });

  it("lets its own pages load only its own scripts and connect nowhere", () => {
    expect(manifest(dir()).content_security_policy).toEqual({ extension_pages: CSP });
  });

  it("names itself in Indonesian by default and in English, from complete locale files", () => {
    const m = manifest(dir());
    expect(m.default_locale).toBe("id");
    expect(m.name).toBe("__MSG_extName__");
    const id = JSON.parse(readFileSync(join(dir(), "_locales/id/messages.json"), "utf8")) as Record<string, { message: string }>;
    const en = JSON.parse(readFileSync(join(dir(), "_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of JSON.stringify(m).match(/__MSG_(\w+)__/g) ?? []) expect(id).toHaveProperty(key.slice(6, -2));
    for (const messages of [id, en]) {
      for (const { message } of Object.values(messages)) expect(message.trim()).not.toBe("");
      // Chrome Web Store limits: name 75, description 132 characters.
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it("ships every file the manifest and its pages refer to", () => {
    const m = manifest(dir());
    const referenced = [
      ...Object.values(m.icons as Record<string, string>),
      (m.action as { default_popup: string }).default_popup,
      (m.options_ui as { page: string }).page,
      ...(target === "chrome" ? [m.background.service_worker as string] : (m.background.scripts as string[])),
    ];
    for (const file of referenced) expect(existsSync(join(dir(), file)), file).toBe(true);
    for (const page of ["popup/popup.html", "options/options.html"]) {
      const html = readFileSync(join(dir(), page), "utf8");
      for (const [, src] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
        const path = src!.startsWith("/") ? join(dir(), src!) : join(dir(), page, "..", src!);
        expect(existsSync(path), `${page} -> ${src}`).toBe(true);
      }
    }
  });
});

describe("browser differences", () => {
  it("Chrome runs the background as a service worker", () => {
    const m = manifest(production.chrome);
    expect(m.background).toEqual({ service_worker: "background.js" });
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it("Firefox runs it as an event page, with a fixed add-on id and no data collection", () => {
    const m = manifest(production.firefox);
    expect(m.background).toEqual({ scripts: ["background.js"] });
    expect(m.browser_specific_settings?.gecko.id).toBe("iid-check@iid-check.id");
    expect(m.browser_specific_settings?.gecko.data_collection_permissions).toEqual({ required: ["none"] });
    expect(Number.parseFloat(m.browser_specific_settings!.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it("the background bundle is one classic script (no import or export), so both browsers can run it", () => {
    const code = readFileSync(join(production.chrome, "background.js"), "utf8");
    expect(code).not.toMatch(/^\s*import[\s{*"']/m);
    expect(code).not.toMatch(/\bexport\s*[{*]/);
    // A service worker has no DOM and no localStorage.
    expect(code).not.toMatch(/\b(window|document|localStorage)\b/);
  });
});

describe("store zips", () => {
  it.each(["chrome", "firefox"] as const)("iid-check-%s.zip holds exactly the unpacked folder", (target) => {
    const zip = join(production.dir, `iid-check-${target}.zip`);
    expect(existsSync(zip)).toBe(true);
    // `unzip -Z1` lists names; it also proves the archive is readable by a standard tool.
    const names = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n").sort();
    const files = filesUnder(production[target]).map((f) => f.slice(production[target].length + 1).split("\\").join("/")).sort();
    expect(names).toEqual(files);
    expect(names).toContain("manifest.json");
  });
});

describe("test build", () => {
  it("has the fixed key whose id the end-to-end tests use, and also runs on 127.0.0.1", () => {
    const m = manifest(testBuild.chrome);
    expect(m.key).toBe(TEST_PUBLIC_KEY);
    expect(extensionIdFromKey(TEST_PUBLIC_KEY)).toBe(EXTENSION_ID);
    for (const script of m.content_scripts) expect(script.matches).toContain("http://127.0.0.1/*");
    // Otherwise the same grants as production, plus 127.0.0.1 (as the portal: the background injects
    // the form kit there) and "tabs" standing in for the toolbar click that grants activeTab.
    expect(m.host_permissions).toEqual([...manifest(production.chrome).host_permissions, "http://127.0.0.1/*"]);
    expect(m.permissions).toEqual([...manifest(production.chrome).permissions, "tabs"]);
  });

  it("no production file mentions 127.0.0.1", () => {
    for (const target of ["chrome", "firefox"] as const) {
      for (const file of filesUnder(production[target])) expect(readFileSync(file, "latin1"), file).not.toContain("127.0.0.1");
    }
  });
});
