// Command-line arguments -> a typed command. Every mistake is a UsageError with a message in
// both languages (exit code 2), never a stack trace.
import { parseArgs } from "node:util";
import type { Lang } from "../core/index.ts";
import type { Bilingual } from "./strings.ts";

export const FORMATS = ["text", "json", "csv", "html"] as const;
export type ReportFormat = (typeof FORMATS)[number];
export const COMMANDS = ["check", "template", "annotate", "help", "version"] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Options = {
  lang: Lang;
  format: ReportFormat;
  out?: string;
  framework?: string;
  today?: string;
  evidenceDir?: string;
  matrix: boolean;
  force: boolean;
};

export type Command = { name: CommandName; paths: string[]; options: Options };

export class UsageError extends Error {
  constructor(
    readonly messages: Bilingual,
    readonly details: string[] = [],
  ) {
    super(`${messages.id} / ${messages.en}`);
    this.name = "UsageError";
  }
}

const OPTION_SPEC = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  lang: { type: "string" },
  framework: { type: "string" },
  today: { type: "string" },
  "evidence-dir": { type: "string" },
  matrix: { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The language of the arguments, even when they are otherwise wrong (for the error message). */
export const langOf = (argv: readonly string[]): Lang => {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "id";
  const value = argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "id";
};

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    throw new UsageError({ id: "Pilihan tidak dikenal atau tidak lengkap.", en: "Unknown or incomplete option." }, [detail]);
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? "id";
  if (lang !== "id" && lang !== "en") throw new UsageError({ id: `--lang harus id atau en (bukan "${lang}").`, en: `--lang must be id or en (not "${lang}").` });
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError({ id: `--format harus salah satu dari ${FORMATS.join(", ")} (bukan "${format}").`, en: `--format must be one of ${FORMATS.join(", ")} (not "${format}").` });
  if (values.today !== undefined && !isIsoDate(values.today))
    throw new UsageError({ id: `--today harus tanggal YYYY-MM-DD yang sah (bukan "${values.today}").`, en: `--today must be a valid YYYY-MM-DD date (not "${values.today}").` });
  if (values.matrix && format !== "csv")
    throw new UsageError({ id: "--matrix hanya dipakai bersama --format csv.", en: "--matrix only works with --format csv." });

  const options: Options = {
    lang,
    format: format as ReportFormat,
    matrix: values.matrix ?? false,
    force: values.force ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.framework !== undefined ? { framework: values.framework } : {}),
    ...(values.today !== undefined ? { today: values.today } : {}),
    ...(values["evidence-dir"] !== undefined ? { evidenceDir: values["evidence-dir"] } : {}),
  };
  if (values.version) return { name: "version", paths: [], options };
  if (values.help || positionals.length === 0) return { name: "help", paths: [], options };

  const [first, ...rest] = positionals;
  // "iid-check kota.xlsx" is read as "iid-check check kota.xlsx": the command people try first.
  const name: CommandName = (COMMANDS as readonly string[]).includes(first!) ? (first as CommandName) : "check";
  const paths = name === "check" && !(COMMANDS as readonly string[]).includes(first!) ? positionals : rest;
  if (name === "check" && paths.length === 0)
    throw new UsageError({ id: "Sebutkan sedikitnya satu berkas atau folder untuk diperiksa.", en: "Name at least one file or folder to check." });
  if (name === "template" && paths.length !== 1)
    throw new UsageError({ id: "Pemakaian: iid-check template KELUAR.xlsx", en: "Usage: iid-check template OUT.xlsx" });
  if (name === "annotate" && (paths.length !== 1 || !options.out))
    throw new UsageError({ id: "Pemakaian: iid-check annotate MASUK.xlsx -o KELUAR.xlsx [--force]", en: "Usage: iid-check annotate IN.xlsx -o OUT.xlsx [--force]" });
  return { name, paths, options };
}
