// What the built content scripts may contain: portals' CSPs forbid generating code at run time, and
// the main content script carries the trimmed framework and catalogue, not the full ones.
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
    for (const name of ["guard.js", "main.js"]) expect(read(name)).not.toMatch(/new Function|\beval\(|Function\(["'`]/);
  });

  it("main.js uses the browser's own API and small validators, not webextension-polyfill or zod (a third of it before)", () => {
    const main = read("main.js");
    expect(main).not.toContain("Expected at least"); // the polyfill's argument checks
    expect(main).not.toMatch(/ZodError|\$ZodType/);
  });

  it("main.js carries the checker's data without the reference notes, advice-only or CLI-only texts", () => {
    const main = read("main.js");
    // still there: what the officer sees
    expect(main).toContain("Rancang bangun baru");
    expect(main).toContain("Visi dan Misi");
    // gone: framework sources and notes, the CLI's evidence-folder messages, "why" texts
    expect(main).not.toContain("Dokumen pendukung indikator SPD");
    expect(main).not.toContain("tidak ada di folder");
    expect(main).not.toContain("Portal IID tidak menerima proposal inovasi tanpa isian wajib");
  });

  it("main.js leaves out the advice planner (a form checks one innovation; advice re-scores a region)", () => {
    // advise() is the only core code with BigInt (exact gains); checkInnovation must not pull it in.
    expect(read("main.js")).not.toMatch(/\bBigInt\b/);
  });
});
