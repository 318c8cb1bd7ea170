// `iid-check template OUT.xlsx`: the standard workbook, written by the workbook adapter.
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { getFramework } from "../../core/index.ts";
import { UsageError, type Options } from "../args.ts";
import { both } from "../strings.ts";
import { writeTemplate } from "../xlsx/template.ts";
import { firstLine, resolveFramework, type Io } from "./common.ts";

export async function runTemplate(out: string, options: Options, io: Io): Promise<number> {
  const { lang } = options;
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError({ id: `Nama berkas templat harus berakhiran .xlsx (bukan "${out}").`, en: `The template file name must end in .xlsx (not "${out}").` });
  // A template over someone's filled-in workbook would lose their work: only with --force.
  if (!options.force && (await stat(out).then(() => true, () => false)))
    throw new UsageError({ id: `Berkas "${out}" sudah ada. Gunakan --force untuk menimpanya.`, en: `The file "${out}" already exists. Use --force to replace it.` });
  const framework = options.framework ? await resolveFramework(options.framework) : getFramework();
  try {
    await writeTemplate(out, framework, { lang });
  } catch (error) {
    io.stderr.write(`${both({ id: `Templat tidak dapat ditulis ke "${out}".`, en: `The template cannot be written to "${out}".` }, lang)} (${firstLine(error)})\n`);
    return 2;
  }
  io.stdout.write(`${lang === "en" ? `Template written to ${out}` : `Templat ditulis ke ${out}`}\n`);
  return 0;
}
