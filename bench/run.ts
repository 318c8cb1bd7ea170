// `npm run bench`: every figure the issues name, measured in one run on this machine, with
// its baseline measured in the same run. Prints a readable table, then one JSON line.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchCore } from "./core.ts";

type Section = { name: string; module: string; fn: string; targets: Record<string, string> };

const SECTIONS: Section[] = [
  { name: "core", module: "./core.ts", fn: "benchCore", targets: { core_check_ms: "< 1000 ms", core_check_vs_parse_ratio: "≤ 3×", core_peak_rss_mb: "< 300 MB" } },
  { name: "workbook", module: "./workbook.ts", fn: "benchWorkbook", targets: { workbook_check_vs_floor_ratio: "≤ 1.3×", workbook_annotate_vs_floor_ratio: "≤ 2×", workbook_50k_peak_rss_mb: "< 1024 MB" } },
  { name: "addin", module: "./addin.ts", fn: "benchAddin", targets: { addin_syncs_5000_rows: "≤ 4", addin_syncs_500_rows: "≤ 4" } },
  { name: "extension sizes", module: "./extension-size.ts", fn: "benchExtensionSizes", targets: { extension_guard_min_bytes: "< 5120 B", extension_main_min_bytes: "< 81920 B" } },
  { name: "extension re-check", module: "./extension-recheck.ts", fn: "benchExtensionRecheck", targets: { extension_recheck_ms_median: "< 5 ms" } },
  // No target: how long after DOMContentLoaded the first marks show, form kit loading included.
  { name: "extension form load", module: "./extension-form-load.ts", fn: "benchExtensionFormLoad", targets: {} },
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
