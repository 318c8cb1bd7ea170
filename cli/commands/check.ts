// `iid-check check FILES-OR-FOLDERS…`: every file is read, checked and reported on its own;
// one bad file becomes a per-file error and the batch goes on.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import {
  checkSubmission,
  getFramework,
  readWorkbookRows,
  sortFindings,
  todayIso,
  toReport,
  type CheckResult,
  type Finding,
  type Framework,
  type HostLocation,
  type Lang,
} from "../../core/index.ts";
import { UsageError, type Options } from "../args.ts";
import { checkEvidenceFiles, indexEvidenceDir, type EvidenceIndex } from "../evidence-dir.ts";
import { expandInputs, isOneOf, writeFileAtomic, type InputFile } from "../files.ts";
import { totalsOf, type CheckedFile, type FailedFile, type FileOutcome } from "../outcome.ts";
import { startProgress } from "../progress.ts";
import { renderCsv } from "../report/csv.ts";
import { renderHtml } from "../report/html.ts";
import { renderJson } from "../report/json.ts";
import { completenessMatrix } from "../report/matrix.ts";
import { renderText, useColour } from "../report/text.ts";
import { both, cliStrings, FILE_ERRORS, type FileErrorCode } from "../strings.ts";
import { readWorkbook, WorkbookReadError } from "../xlsx/read.ts";
import { firstLine, resolveFramework, type Io } from "./common.ts";

export type CheckSettings = {
  lang: Lang;
  /** Given with --framework; otherwise a JSON document's own "framework" decides, else iid-2026. */
  framework?: Framework;
  today: string;
  evidence?: EvidenceIndex;
};

/** JSON inputs above this are refused before parsing (a submission is a few MB at most). */
export const MAX_JSON_BYTES = 200 * 1024 * 1024;

const failed = (file: string, kind: FailedFile["kind"], code: FileErrorCode, detail?: string): FailedFile => ({
  file,
  kind,
  error: { code, messages: FILE_ERRORS[code], ...(detail ? { detail } : {}) },
});

/** Checks a parsed JSON value (anything at all) as a submission. Never throws. */
export async function checkParsed(value: unknown, file: string, settings: CheckSettings): Promise<FileOutcome> {
  try {
    const result = checkSubmission(value, { today: settings.today, ...(settings.framework ? { framework: settings.framework } : {}) });
    return await finish(result, file, "json", settings, [], () => ({ file }));
  } catch (error) {
    return failed(file, "json", "check-failed", firstLine(error));
  }
}

/** Checks the text of a .json file. Never throws. */
export async function checkJsonText(text: string, file: string, settings: CheckSettings): Promise<FileOutcome> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return failed(file, "json", "json-empty");
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Deeply nested input overflows the parser's stack: still just "not valid JSON".
    return failed(file, "json", "json-invalid", firstLine(error).slice(0, 160));
  }
  return checkParsed(value, file, settings);
}

/** Reads and checks one input file. Never throws. */
export async function checkFile(input: InputFile, settings: CheckSettings): Promise<FileOutcome> {
  const file = input.path;
  try {
    if (input.kind === "other") return failed(file, "other", extname(file).toLowerCase() === ".xls" ? "xls" : "file-type-unsupported");
    if (input.kind === "json") {
      let size: number;
      try {
        size = (await stat(file)).size;
      } catch {
        return failed(file, "json", "file-not-found");
      }
      if (size > MAX_JSON_BYTES) return failed(file, "json", "json-too-large");
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        return failed(file, "json", "file-unreadable", firstLine(error));
      }
      return await checkJsonText(text, file, settings);
    }
    return await checkWorkbook(file, settings);
  } catch (error) {
    return failed(file, input.kind, "check-failed", firstLine(error));
  }
}

async function checkWorkbook(file: string, settings: CheckSettings): Promise<FileOutcome> {
  const framework = settings.framework ?? getFramework();
  let sheets;
  try {
    sheets = await readWorkbook(file, { framework });
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      // The reader appends its technical detail in parentheses after both messages.
      const detail = /\(([^)]*)\)$/.exec(error.message)?.[1];
      return { file, kind: "xlsx", error: { code: error.code, messages: error.messages, ...(detail ? { detail } : {}) } };
    }
    return failed(file, "xlsx", "corrupt", firstLine(error));
  }
  // Scoped so the sheet rows and the raw submission can be freed before the report is built.
  const { result, findings, locate } = (() => {
    const read = readWorkbookRows({ ...sheets, fileName: file }, framework);
    sheets = undefined;
    return { result: checkSubmission(read.input, { framework, absentFields: read.absentFields, today: settings.today }), findings: read.findings, locate: read.locate };
  })();
  return finish(result, file, "xlsx", settings, findings, (f) => locate(f.path) ?? { file });
}

/** Adds host findings (workbook structure, evidence folder), then builds the report. */
async function finish(
  result: CheckResult,
  file: string,
  kind: CheckedFile["kind"],
  settings: CheckSettings,
  extra: Finding[],
  locate: (f: Finding) => HostLocation | undefined,
): Promise<CheckedFile> {
  const added = [...extra];
  if (settings.evidence) for (const finding of await checkEvidenceFiles(result, settings.evidence)) added.push(finding);
  // Added before toReport so the counts, the exit code and every format see them.
  if (added.length) result.findings = sortFindings([...result.findings, ...added]);
  const report = { file, ...toReport(result, { lang: settings.lang, locate }) };
  return { file, kind, framework: result.framework, report, matrix: completenessMatrix(result) };
}

/** Renders the outcomes in the chosen format. */
export function render(outcomes: readonly FileOutcome[], options: Options, settings: CheckSettings, colour: boolean): string {
  switch (options.format) {
    case "json":
      return renderJson(outcomes);
    case "csv":
      return renderCsv(outcomes, { lang: settings.lang, matrix: options.matrix });
    case "html":
      return renderHtml(outcomes, { lang: settings.lang, today: settings.today });
    default:
      return renderText(outcomes, { lang: settings.lang, colour });
  }
}

export async function runCheck(paths: readonly string[], options: Options, io: Io): Promise<number> {
  const lang = options.lang;
  const settings: CheckSettings = {
    lang,
    today: options.today ?? todayIso(),
    ...(options.framework ? { framework: await resolveFramework(options.framework) } : {}),
    ...(options.evidenceDir ? { evidence: await indexEvidenceDir(options.evidenceDir) } : {}),
  };
  const { files, missing } = await expandInputs(paths);
  if (files.length === 0 && missing.length === 0) throw new UsageError(cliStrings(lang).noFiles);
  if (options.out && (await isOneOf(options.out, [...files.map((f) => f.path), ...paths])))
    throw new UsageError({
      id: `Berkas laporan "${options.out}" adalah salah satu masukan; masukan tidak pernah ditimpa.`,
      en: `The report file "${options.out}" is one of the inputs; inputs are never overwritten.`,
    });
  if (options.out && (await stat(options.out).then((s) => s.isDirectory(), () => false)))
    throw new UsageError({ id: `"${options.out}" adalah folder; sebutkan nama berkas laporan.`, en: `"${options.out}" is a folder; name a report file.` });

  const outcomes: FileOutcome[] = missing.map((path) => failed(path, "other", "file-not-found"));
  const progress = startProgress(files.length, io.stderr);
  for (const input of files) {
    progress.tick(input.path);
    outcomes.push(await checkFile(input, settings));
  }
  progress.done();

  const totals = totalsOf(outcomes);
  const toFile = options.out !== undefined;
  const text = render(outcomes, options, settings, !toFile && useColour(io.stdout, io.env));
  if (options.out) {
    try {
      await writeFileAtomic(options.out, text);
    } catch (error) {
      io.stderr.write(`${both({ id: `Laporan tidak dapat ditulis ke "${options.out}".`, en: `The report cannot be written to "${options.out}".` }, lang)} (${firstLine(error)})\n`);
      return 2;
    }
    io.stderr.write(`${cliStrings(lang).wrote(options.out)}\n`);
  } else io.stdout.write(text);
  return totals.exitCode;
}
