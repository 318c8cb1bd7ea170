// What the built content scripts may contain: portals' CSPs forbid generating code at run time; the
// main content script (every portal page) carries the trimmed framework but not the checker; the
// form kit (pages with a form) carries the checker and the trimmed catalogue but no second framework.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExtensionOnce, type BuiltExtension } from "../support/build.ts";

let built: BuiltExtension;

beforeAll(async () => {
  built = await buildExtensionOnce("production");
}, 180_000);

describe.each(["chrome", "firefox"] as const)("%s content scripts", (target) => {
  const read = (name: string): string => readFileSync(join(built[target], "content", name), "utf8");

  it("never generate code at run time (a portal's CSP would report or block it)", () => {
    for (const name of ["guard.js", "main.js", "form.js"]) expect(read(name)).not.toMatch(/new Function|\beval\(|Function\(["'`]/);
  });

  it("main.js and form.js use the browser's own API and small validators, not webextension-polyfill or zod (a third of main.js before)", () => {
    for (const name of ["main.js", "form.js"]) {
      expect(read(name)).not.toContain("Expected at least"); // the polyfill's argument checks
      expect(read(name)).not.toMatch(/ZodError|\$ZodType/);
    }
  });

  it("main.js finds forms without the checker: no message catalogue, no rules, no overlay", () => {
    const main = read("main.js");
    expect(main).toContain("Visi dan Misi"); // the framework, for the label recognition
    expect(main).not.toContain("Rancang bangun baru"); // a message of the catalogue
    expect(main).not.toContain("yandas-coverage-insufficient"); // a rule's code
    expect(main).not.toContain("Perkiraan skor"); // the panel's words
  });

  it("form.js carries the checker and what shows it, with the catalogue but not a second copy of the framework", () => {
    const kit = read("form.js");
    expect(kit).toContain("Rancang bangun baru");
    expect(kit).toContain("yandas-coverage-insufficient");
    expect(kit).toContain("Perkiraan skor");
    // main.js hands it the compiled framework (extension/content/kit-framework.ts)
    expect(kit).not.toContain("Visi dan Misi");
    expect(kit).toContain("the form kit was not given the framework");
  });

  it("carry the core's data without the reference notes, advice-only or CLI-only texts", () => {
    const both = read("main.js") + read("form.js");
    // gone: framework sources and notes, the CLI's evidence-folder messages, "why" texts
    expect(both).not.toContain("Dokumen pendukung indikator SPD");
    expect(both).not.toContain("tidak ada di folder");
    expect(both).not.toContain("Portal IID tidak menerima proposal inovasi tanpa isian wajib");
  });

  it("leave out the advice planner (a form checks one innovation; advice re-scores a region)", () => {
    // advise() is the only core code with BigInt (exact gains); checkInnovation must not pull it in.
    for (const name of ["main.js", "form.js"]) expect(read(name)).not.toMatch(/\bBigInt\b/);
  });
});
