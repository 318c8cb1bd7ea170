// `npm run bench`: every figure the issues name, measured in one run on this machine, with
// its baseline measured in the same run. Prints a readable table, then one JSON line.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchCore } from "./core.ts";

type Section = { name: string; module: string; fn: string; targets: Record<string, string> };

const SECTIONS: Section[] = [
  { name: "core", module: "./core.ts", fn: "benchCore", targets: { core_check_ms: "< 1000 ms", core_check_vs_parse_ratio: "≤ 3×", core_peak_rss_mb: "< 300 MB (dataset included)" } },
  { name: "workbook", module: "./workbook.ts", fn: "benchWorkbook", targets: {} },
  { name: "addin", module: "./addin.ts", fn: "benchAddin", targets: {} },
  { name: "extension sizes", module: "./extension-size.ts", fn: "benchExtensionSizes", targets: {} },
  { name: "extension re-check", module: "./extension-recheck.ts", fn: "benchExtensionRecheck", targets: {} },
];

const figures: Record<string, number> = {};
const here = import.meta.dirname;
for (const section of SECTIONS) {
  if (!existsSync(join(here, section.module))) continue;
  const started = Date.now();
  try {
    const mod = section.module === "./core.ts" ? { benchCore } : await import(section.module);
    const result: Record<string, number> = await mod[section.fn]();
    console.log(`\n== ${section.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const [key, value] of Object.entries(result)) {
      const target = section.targets[key];
      console.log(`  ${key.padEnd(44)} ${String(value).padStart(14)}${target ? `   target ${target}` : ""}`);
      figures[key] = value;
    }
  } catch (error) {
    console.log(`\n== ${section.name}: failed: ${(error as Error).message}`);
    figures[`${section.name.replace(/\W+/g, "_")}_failed`] = 1;
  }
}
console.log(`\n${JSON.stringify(figures)}`);
