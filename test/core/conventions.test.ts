// Convention tests (refined-github style): every rule file is registered under its file name,
// declares its source and status, every code has messages in both languages, and every code
// is exercised somewhere in the tests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues, CHECK_CODES, NORMALISE_CODES, renderMessage, rules, WORKBOOK_CODES } from "../../core/index.ts";
import type { AdviceCode } from "../../core/advice/advise.ts";

const root = join(import.meta.dirname, "..", "..");
const ruleDir = join(root, "core", "rules");
const HELPERS = new Set(["define.ts", "index.ts", "answers.ts"]);

const ruleCodes = Object.values(rules).flatMap((r) => Object.keys(r.codes));
const ADVICE_CODES: AdviceCode[] = ["attach-evidence", "attach-region-evidence", "lengthen-design", "add-development-date", "complete-innovation", "raise-level", "cover-yandas", "add-innovations"];
const allCodes = [...ruleCodes, ...Object.keys(NORMALISE_CODES), ...Object.keys(WORKBOOK_CODES), ...Object.keys(CHECK_CODES), ...ADVICE_CODES];

function testSources(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.test\.ts$/.test(entry.name) && entry.name !== "conventions.test.ts") out.push(readFileSync(path, "utf8"));
    }
  };
  walk(join(root, "test"));
  return out.join("\n");
}

describe("rule conventions", () => {
  it("every rule file is registered under its own file name, and nothing else is", () => {
    const files = readdirSync(ruleDir).filter((f) => f.endsWith(".ts") && !HELPERS.has(f)).map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(rules).sort()).toEqual(files.sort());
    const index = readFileSync(join(ruleDir, "index.ts"), "utf8");
    for (const id of files) expect(index).toContain(`"${id}": `);
  });

  it("every rule names its source and status", () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.source, id).toMatch(/\S/);
      expect(["confirmed", "reported", "uncertain", "logic"], id).toContain(rule.status);
    }
  });

  it("codes are unique across rules", () => {
    expect(new Set(ruleCodes).size).toBe(ruleCodes.length);
  });

  it("every code has a message in Indonesian and English, and the catalogues have the same keys", () => {
    for (const code of allCodes) {
      expect(catalogues.id[code], `id: ${code}`).toBeDefined();
      expect(catalogues.en[code], `en: ${code}`).toBeDefined();
    }
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.id).sort());
  });

  it("every message renders without throwing, even with missing parameters", () => {
    for (const code of allCodes) {
      for (const lang of ["id", "en"] as const) {
        const rendered = renderMessage(code, {}, lang);
        expect(rendered.message.length, `${lang}:${code}`).toBeGreaterThan(3);
        expect(rendered.message).not.toBe(code);
      }
    }
  });

  it("every code is exercised by some test", () => {
    const sources = testSources();
    const untested = allCodes.filter((code) => !sources.includes(`"${code}"`));
    expect(untested).toEqual([]);
  });
});

describe("core stays host-free", () => {
  // Globals (window, document, Office, chrome, fetch ...) are banned in core/ by eslint.config.js.
  it("no file in core/ imports Node, the file system, exceljs or the extension polyfill", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) {
          const text = readFileSync(path, "utf8");
          if (/from "(node:[^"]+|fs|path|exceljs|webextension-polyfill|playwright-core)"/.test(text)) offenders.push(path);
        }
      }
    };
    walk(join(root, "core"));
    expect(offenders).toEqual([]);
  });
});
