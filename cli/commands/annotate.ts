// `iid-check annotate IN.xlsx -o OUT.xlsx [--force]`: a marked copy, written by the workbook
// adapter (which refuses the input as output and an existing OUT without --force).
import { stat } from "node:fs/promises";
import { uiStrings } from "../../core/index.ts";
import { type Options } from "../args.ts";
import { fixed2, both, FILE_ERRORS } from "../strings.ts";
import { AnnotateError, annotateWorkbook } from "../xlsx/annotate.ts";
import { WorkbookReadError } from "../xlsx/read.ts";
import { firstLine, resolveFramework, type Io } from "./common.ts";

export async function runAnnotate(input: string, out: string, options: Options, io: Io): Promise<number> {
  const { lang } = options;
  if (!(await stat(input).then((s) => s.isFile(), () => false))) {
    io.stderr.write(`${input}: ${both(FILE_ERRORS["file-not-found"], lang)}\n`);
    return 2;
  }
  const framework = options.framework ? await resolveFramework(options.framework) : undefined;
  try {
    const done = await annotateWorkbook(input, out, { lang, force: options.force, ...(framework ? { framework } : {}), ...(options.today ? { today: options.today } : {}) });
    const ui = uiStrings(lang);
    const errors = done.findings.filter((f) => f.severity === "error").length;
    const warnings = done.findings.filter((f) => f.severity === "warning").length;
    io.stdout.write(
      lang === "en"
        ? `${out}: ${ui.iid} ${fixed2(done.report.iid, lang)} (${done.report.category}); ${done.markedCells} cells marked; ${errors} errors, ${warnings} warnings.\n`
        : `${out}: ${ui.iid} ${fixed2(done.report.iid, lang)} (${done.report.category}); ${done.markedCells} sel ditandai; ${errors} kesalahan, ${warnings} peringatan.\n`,
    );
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof AnnotateError || error instanceof WorkbookReadError) io.stderr.write(`${input}: ${both(error.messages, lang)}\n`);
    else io.stderr.write(`${input}: ${both({ id: "Salinan bertanda tidak dapat ditulis.", en: "The marked copy cannot be written." }, lang)} (${firstLine(error)})\n`);
    return 2;
  }
}
