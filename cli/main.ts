// Entry point of the iid-check command (bin/iid-check.js runs it through tsx). main() takes its
// streams as arguments so tests run it in-process; only the last lines touch the real process.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../package.json" with { type: "json" };
import { langOf, parseCommandLine, UsageError } from "./args.ts";
import { runAnnotate } from "./commands/annotate.ts";
import { runCheck } from "./commands/check.ts";
import { firstLine, type Io } from "./commands/common.ts";
import { runTemplate } from "./commands/template.ts";
import { both, USAGE } from "./strings.ts";

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  try {
    const command = parseCommandLine(argv);
    const { options, paths } = command;
    switch (command.name) {
      case "help":
        // Both languages: the chosen one first.
        io.stdout.write(`${lang === "en" ? `${USAGE.en}\n\n${USAGE.id}` : `${USAGE.id}\n\n${USAGE.en}`}\n`);
        return 0;
      case "version":
        io.stdout.write(`iid-check ${pkg.version}\n`);
        return 0;
      case "template":
        return await runTemplate(paths[0]!, options, io);
      case "annotate":
        return await runAnnotate(paths[0]!, options.out!, options, io);
      default:
        return await runCheck(paths, options, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`iid-check: ${both(error.messages, lang)}\n`);
      for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
      io.stderr.write(`${lang === "en" ? "See iid-check --help / Lihat iid-check --help" : "Lihat iid-check --help / See iid-check --help"}\n`);
      return 2;
    }
    // A bug of ours, not the user's input: say so briefly; IID_CHECK_DEBUG=1 shows the stack.
    io.stderr.write(`iid-check: ${both({ id: "Kesalahan internal.", en: "Internal error." }, lang)} ${firstLine(error)}\n`);
    if (io.env.IID_CHECK_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  // `iid-check … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
