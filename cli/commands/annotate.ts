// `iid-check annotate IN.xlsx -o OUT.xlsx [--force]`: a marked copy, written by the workbook
// adapter (which refuses the input as output and an existing OUT without --force).
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { UsageError, type Options } from "../args.ts";
import { both, cliStrings, fixed2, FILE_ERRORS } from "../strings.ts";
import { AnnotateError, annotateWorkbook } from "../xlsx/annotate.ts";
import { WorkbookReadError } from "../xlsx/read.ts";
import { firstLine, resolveFramework, type Io } from "./common.ts";

export async function runAnnotate(input: string, out: string, options: Options, io: Io): Promise<number> {
  const { lang } = options;
  if (!(await stat(input).then((s) => s.isFile(), () => false))) {
    io.stderr.write(`${input}: ${both(FILE_ERRORS["file-not-found"], lang)}\n`);
    return 2;
  }
  // Refused before the work, and named: --force cannot help with either.
  if (await stat(out).then((s) => s.isDirectory(), () => false))
    throw new UsageError({ id: `"${out}" adalah folder; sebutkan nama berkas salinan bertanda (.xlsx).`, en: `"${out}" is a folder; name the marked copy's file (.xlsx).` });
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError({ id: `Nama berkas salinan bertanda harus berakhiran .xlsx (bukan "${out}").`, en: `The marked copy's file name must end in .xlsx (not "${out}").` });
  const framework = options.framework ? await resolveFramework(options.framework) : undefined;
  try {
    const done = await annotateWorkbook(input, out, { lang, force: options.force, ...(framework ? { framework } : {}), ...(options.today ? { today: options.today } : {}) });
    const errors = done.findings.filter((f) => f.severity === "error").length;
    const warnings = done.findings.filter((f) => f.severity === "warning").length;
    io.stdout.write(`${cliStrings(lang).annotated(out, fixed2(done.report.iid, lang), done.report.category, done.markedCells, errors, warnings)}\n`);
    return errors > 0 ? 1 : 0;
  } catch (error) {
    // An existing output is about the output; everything else about the input.
    if (error instanceof AnnotateError && error.code === "exists") io.stderr.write(`${out}: ${both(error.messages, lang)}\n`);
    else if (error instanceof AnnotateError || error instanceof WorkbookReadError) io.stderr.write(`${input}: ${both(error.messages, lang)}\n`);
    // Reading problems are WorkbookReadErrors: what is left failed while writing the output.
    else io.stderr.write(`${out}: ${both({ id: "Salinan bertanda tidak dapat ditulis.", en: "The marked copy cannot be written." }, lang)} (${firstLine(error)})\n`);
    return 2;
  }
}
