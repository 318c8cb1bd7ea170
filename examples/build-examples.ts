// Writes the bundled examples from one source (examples/data/kota-contoh.ts), so the JSON
// submission and the filled-in template never drift apart:
//   npm run examples            -> examples/kota-contoh.json and examples/kota-contoh.xlsx
//   npx tsx examples/build-examples.ts DIR   -> the same files in DIR
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getFramework } from "../core/index.ts";
import { createTemplateWorkbook, fillTemplate, writeWorkbookAtomically } from "../cli/xlsx/template.ts";
import { kotaContoh } from "./data/kota-contoh.ts";

export const EXAMPLE_NAME = "kota-contoh";

/** A fixed timestamp in the workbook's properties keeps regenerated files comparable. */
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

export async function buildExamples(outDir: string): Promise<{ json: string; xlsx: string }> {
  await mkdir(outDir, { recursive: true });
  const framework = getFramework(kotaContoh.framework ?? undefined);
  const json = join(outDir, `${EXAMPLE_NAME}.json`);
  const xlsx = join(outDir, `${EXAMPLE_NAME}.xlsx`);
  await writeFile(json, `${JSON.stringify(kotaContoh, null, 2)}\n`);
  const workbook = createTemplateWorkbook(framework, { lang: "id" });
  fillTemplate(workbook, kotaContoh, framework);
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  await writeWorkbookAtomically(workbook, xlsx);
  return { json, xlsx };
}

const examplesDir = fileURLToPath(new URL(".", import.meta.url));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : examplesDir;
  const { json, xlsx } = await buildExamples(outDir);
  console.log(`${json}\n${xlsx}`);
}
