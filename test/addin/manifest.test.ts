// The manifest is the add-in's contract with Office: it must validate against Microsoft's
// schemas offline, and every cross-reference the schemas do not check must hold.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import { rewriteManifestBaseUrl } from "../../addin/build/manifest.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const manifestPath = join(repoRoot, "manifest.xml");
// Microsoft's 2016 task-pane schemas, vendored unedited with their provenance and licence
// (vendor/office-manifest-xsd/README.md), so the check runs offline in any checkout.
const schema = join(resolve(repoRoot, "vendor/office-manifest-xsd"), "OfficeAppManifestV1_1.xsd");
const manifest = readFileSync(manifestPath, "utf8");

function xmllint(file: string) {
  return spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
}

function writeTemp(name: string, xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "iid-manifest-")), name);
  writeFileSync(file, xml);
  return file;
}

describe("manifest.xml", () => {
  it("validates offline against Microsoft's task-pane schemas (xmllint)", () => {
    const result = xmllint(manifestPath);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("a broken copy is rejected by the same check", () => {
    const noId = writeTemp("manifest.xml", manifest.replace(/<Id>[^<]*<\/Id>/, ""));
    expect(xmllint(noId).status).toBe(3);
    const wrongCase = writeTemp("manifest.xml", manifest.replace('xsi:type="ShowTaskpane"', 'xsi:type="ShowTaskPane"'));
    expect(xmllint(wrongCase).status).toBe(3);
  });

  it("reads as an Excel task-pane add-in with a GUID id, id-ID default and read/write permission", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.defaultLocale).toBe("id-ID");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.displayName).toMatch(/Periksa Inovasi Daerah/);
    expect(info.defaultSettings?.sourceLocation).toMatch(/^https:\/\/.+\/taskpane\/index\.html$/);
  });

  it("requires ExcelApi 1.9 and offers a pane button and a UI-less check button in a 'Periksa Inovasi' group on Home", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/id="Group.Label" DefaultValue="Periksa Inovasi"/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>runCheck<\/FunctionName>/);
  });

  it("every resid names a resource, every string has an en-US override", () => {
    const resources = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const resids = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(resources, resid).toContain(resid);
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g)].map((m) => m[1]);
    expect(strings.length).toBe([...manifest.matchAll(/<bt:String id=/g)].length);
  });

  it("every URL is https and every icon exists on disk in the size it claims", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).protocol, url).toBe("https:");
    const icons = [...manifest.matchAll(/\/icons\/(icon-(\d+)\.png)/g)];
    expect(new Set(icons.map((m) => m[2]))).toEqual(new Set(["16", "32", "64", "80"]));
    for (const [, file, size] of icons) {
      const path = join(repoRoot, "assets/addin/icons", file!);
      expect(existsSync(path), path).toBe(true);
      const png = readFileSync(path);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });

  it("the production rewrite moves every URL to the configured base and still validates", () => {
    const rewritten = rewriteManifestBaseUrl(manifest, "https://iid.example.go.id/addin/");
    expect(rewritten).not.toContain("https://localhost");
    expect(rewritten).toContain('DefaultValue="https://iid.example.go.id/addin/taskpane/index.html"');
    expect(rewritten).toContain("<AppDomain>https://iid.example.go.id</AppDomain>");
    expect(xmllint(writeTemp("manifest.xml", rewritten)).status).toBe(0);
    expect(() => rewriteManifestBaseUrl(manifest, "http://insecure.example")).toThrow(/https/);
  });
});
