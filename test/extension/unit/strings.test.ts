// Every word the popup and options page show exists in Indonesian and English, and the pages use
// no key that is missing (a missing key would leave a blank label).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPortalUrl, managedSiteFor, matchesPattern, originMatchPattern } from "../../../extension/lib/content-scripts.ts";
import { strings } from "../../../extension/lib/strings.ts";

const page = (path: string): string => readFileSync(join(process.cwd(), "extension", path), "utf8");

describe("UI strings", () => {
  it("Indonesian and English have the same keys, none empty", () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.id).sort());
    for (const lang of ["id", "en"] as const) for (const [key, value] of Object.entries(strings[lang])) expect(value.trim(), `${lang}.${key}`).not.toBe("");
  });

  it.each(["popup/popup.html", "options/options.html"])("%s refers only to keys that exist", (path) => {
    const keys = [...page(path).matchAll(/data-i18n(?:-label)?="(\w+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(strings.id, key).toHaveProperty(key);
  });

  it("the popup and options page carry no inline script (the extension CSP would block it)", () => {
    for (const path of ["popup/popup.html", "options/options.html"]) {
      const html = page(path);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\son\w+=/);
    }
  });
});

describe("where the checker runs", () => {
  it("knows the IID portal under both names", () => {
    expect(isPortalUrl("https://indeks.inovasi.bskdn.kemendagri.go.id/inovasi")).toBe(true);
    expect(isPortalUrl("http://indeks.inovasi.litbang.kemendagri.go.id/")).toBe(true);
    expect(isPortalUrl("https://indeks.inovasi.bskdn.kemendagri.go.id.evil.example/")).toBe(false);
  });

  it("turns an origin into the match pattern the browser grants, without the port", () => {
    expect(originMatchPattern("https://inovasi.example.go.id")).toBe("https://inovasi.example.go.id/*");
    expect(originMatchPattern("http://simonda.example.go.id:8080")).toBe("http://simonda.example.go.id/*");
    expect(originMatchPattern("file:///C:/form.html")).toBeUndefined();
  });

  it("stores a managed site as scheme and host, whether it came from a page's origin or a granted pattern", () => {
    expect(managedSiteFor("http://simonda.example.go.id:8080")).toBe("http://simonda.example.go.id");
    expect(managedSiteFor("https://Inovasi.Example.go.id/*")).toBe("https://inovasi.example.go.id");
    expect(managedSiteFor("https://*/*")).toBeUndefined();
    expect(managedSiteFor("file:///x")).toBeUndefined();
  });

  it("matches URLs against the manifest's patterns the way the browser does for ours", () => {
    expect(matchesPattern("https://indeks.inovasi.bskdn.kemendagri.go.id/a/b?c=1", "https://indeks.inovasi.bskdn.kemendagri.go.id/*")).toBe(true);
    expect(matchesPattern("http://indeks.inovasi.bskdn.kemendagri.go.id/", "https://indeks.inovasi.bskdn.kemendagri.go.id/*")).toBe(false);
    expect(matchesPattern("http://127.0.0.1:41234/form.html", "http://127.0.0.1/*")).toBe(true);
    expect(matchesPattern("https://a.example.go.id/", "*://*.example.go.id/*")).toBe(true);
    expect(matchesPattern("https://example.go.id.other/", "*://*.example.go.id/*")).toBe(false);
  });
});
