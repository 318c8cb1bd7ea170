// End to end: the real command (node bin/iid-check.js, through tsx) as a child process, so exit
// codes, streams and the launcher are what a user gets. Kept to a few runs (~0.5 s each);
// everything else is tested in-process.
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../cli/xlsx/read.ts";
import { brokenSubmission, cleanSubmission, ROOT, runChild, runCli, STACK_LINE, tempDir, TODAY, writeJson } from "./support.ts";

const dir = tempDir();
writeJson(dir, "=bersih.json", cleanSubmission());
writeJson(dir, "rusak.json", brokenSubmission());
writeJson(dir, "korup.json", '{"innovations": [');
copyFileSync(join(ROOT, "examples", "kota-contoh.xlsx"), join(dir, "kota.xlsx"));

describe("iid-check as a process", () => {
  it("exits 0 for a clean file", () => {
    const run = runChild(["check", "=bersih.json", "--today", TODAY, "--lang", "en"], {}, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No findings.");
  });

  it("a mixed batch with a corrupt file reports every file and exits 2, without a stack trace", () => {
    const run = runChild(["check", ".", "--today", TODAY], {}, dir);
    expect(run.code).toBe(2);
    for (const name of ["=bersih.json", "rusak.json", "korup.json", "kota.xlsx"]) expect(run.stdout).toContain(name);
    expect(run.stdout).toContain("Berkas bukan JSON yang sah. / The file is not valid JSON.");
    expect(run.stdout).toContain("Kota Contoh");
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 1 when a file has errors; CSV neutralises a file name that starts with '='", () => {
    const run = runChild(["check", "=bersih.json", "rusak.json", "--format", "csv", "--today", TODAY], {}, dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/(^|\r\n|,)=bersih/);
    expect(run.stdout).toMatch(/(\r\n|^)rusak\.json,Kesalahan,design-too-short,/);
  });

  it("annotate writes a marked copy, never over its input, and refuses an existing output without --force", async () => {
    const before = statSync(join(dir, "kota.xlsx")).mtimeMs;
    const same = await runCli(["annotate", join(dir, "kota.xlsx"), "-o", join(dir, ".", "kota.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("never overwritten");
    const done = runChild(["annotate", "kota.xlsx", "-o", "bertanda.xlsx", "--today", TODAY, "--lang", "en"], {}, dir);
    expect(done.code).toBe(1);
    expect(done.stdout).toMatch(/IID estimate 47\.37 \(Inovatif\); \d+ cells marked/);
    expect(existsSync(join(dir, "bertanda.xlsx"))).toBe(true);
    expect(statSync(join(dir, "kota.xlsx")).mtimeMs).toBe(before);
    const again = await runCli(["annotate", join(dir, "kota.xlsx"), "-o", join(dir, "bertanda.xlsx")]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });
});

describe("template (in-process)", () => {
  it("writes a workbook the checker itself can read, and will not replace a file without --force", async () => {
    const out = join(dir, "templat.xlsx");
    const run = await runCli(["template", out]);
    expect(run.code).toBe(0);
    const sheets = await readWorkbook(out);
    expect(sheets.sheetNames).toEqual(expect.arrayContaining(["Petunjuk", "Pemda", "Inovasi", "Ringkasan"]));
    const again = await runCli(["template", out]);
    expect(again.code).toBe(2);
    expect((await runCli(["template", out, "--force", "--lang", "en"])).stdout).toContain("Template written");
    expect((await runCli(["template", join(dir, "templat.txt")])).code).toBe(2);
  });

  it("annotate names the output it refuses: an existing file, a folder, a name that is not .xlsx", async () => {
    const input = join(dir, "kota.xlsx");
    const existing = join(dir, "sudah-ada.xlsx");
    writeFileSync(existing, "isi lama");
    const exists = await runCli(["annotate", input, "-o", existing, "--lang", "en"]);
    expect(exists.code).toBe(2);
    expect(exists.stderr.startsWith(`${existing}: `)).toBe(true);
    expect(exists.stderr).toContain("--force");
    // A folder: --force would not help, so it is not offered.
    const folder = await runCli(["annotate", input, "-o", dir, "--lang", "en"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`"${dir}" is a folder`);
    expect(folder.stderr).not.toContain("--force");
    const forced = await runCli(["annotate", input, "-o", dir, "--force"]);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("adalah folder");
    // A workbook written under another extension would not open: refused, as `template` does.
    const wrongName = join(dir, "bertanda.json");
    const json = await runCli(["annotate", input, "-o", wrongName, "--lang", "en"]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("must end in .xlsx");
    expect(existsSync(wrongName)).toBe(false);
    expect(readFileSync(existing, "utf8")).toBe("isi lama");
    // A folder that does not exist: the error names the output, where it could not be written.
    const nowhere = join(dir, "tidak-ada", "bertanda.xlsx");
    const missingDir = await runCli(["annotate", input, "-o", nowhere, "--lang", "en"]);
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr.startsWith(`${nowhere}: The marked copy cannot be written.`)).toBe(true);
  });

  it("annotate on a file that does not exist is a per-file error (exit 2)", async () => {
    const run = await runCli(["annotate", join(dir, "tidak-ada.xlsx"), "-o", join(dir, "x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("File or folder not found.");
    writeFileSync(join(dir, "teks.xlsx"), "bukan zip");
    const notXlsx = await runCli(["annotate", join(dir, "teks.xlsx"), "-o", join(dir, "y.xlsx")]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain("not an Excel .xlsx workbook");
    expect(readFileSync(join(dir, "teks.xlsx"), "utf8")).toBe("bukan zip");
  });
});
