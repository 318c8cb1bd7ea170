// The check command as a reviewer uses it, run in-process (main() with captured streams):
// exit codes, batches with bad files, folders, languages, --out, --framework, --today.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../cli/files.ts";
import { brokenSubmission, cleanSubmission, ROOT, runCli, STACK_LINE, tempDir, TODAY, writeJson } from "./support.ts";

const dir = tempDir();
const clean = writeJson(dir, "bersih.json", cleanSubmission());
const broken = writeJson(dir, "rusak-isi.json", brokenSubmission());
const corrupt = writeJson(dir, "korup.json", '{"innovations": [ {"name": "A"');
const json = (text: string) => JSON.parse(text) as Record<string, unknown>;

describe("exit codes", () => {
  it("a clean submission exits 0 and says so", async () => {
    const run = await runCli(["check", clean, "--today", TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Estimasi IID");
    expect(run.stdout).toContain("Tidak ada temuan.");
  });

  it("an error-severity finding exits 1", async () => {
    const run = await runCli(["check", broken, "--today", TODAY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Rancang bangun baru 2 kata");
  });

  it("an unreadable file exits 2 and wins over errors; the batch still reports the other files", async () => {
    const run = await runCli(["check", broken, corrupt, clean, "--today", TODAY, "--format", "json"]);
    expect(run.code).toBe(2);
    const out = json(run.stdout) as { files: { file: string; iid?: number; error?: { code: string; message: { id: string; en: string } } }[]; totals: Record<string, number> };
    expect(out.files.map((f) => f.file)).toEqual([broken, corrupt, clean]);
    expect(out.files[1]!.error!.code).toBe("json-invalid");
    expect(out.files[1]!.error!.message.id).toMatch(/bukan JSON/);
    expect(out.files[1]!.error!.message.en).toMatch(/not valid JSON/);
    expect(out.files[0]!.iid).toBeTypeOf("number");
    expect(out.files[2]!.iid).toBe(71.42); // 63 + 111 + 12 × 0.38, over 250
    expect(out.totals).toMatchObject({ files: 3, checked: 2, unreadable: 1, exitCode: 2 });
    expect(out.totals.error).toBeGreaterThan(0);
  });

  it("a missing path, an empty file and an unsupported type are per-file errors (exit 2), never stack traces", async () => {
    const empty = writeJson(dir, "kosong.json", "");
    const text = writeJson(dir, "catatan.txt", "halo");
    const run = await runCli(["check", join(dir, "tidak-ada.json"), empty, text, clean, "--today", TODAY]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Berkas atau folder tidak ditemukan. / File or folder not found.");
    expect(run.stdout).toContain("Berkas JSON kosong.");
    expect(run.stdout).toContain("Jenis berkas tidak didukung");
    expect(run.stdout).toContain("bersih.json");
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });

  it("wrong usage exits 2 with a bilingual message", async () => {
    for (const argv of [["check", clean, "--format", "pdf"], ["check", clean, "--lang", "fr"], ["check", clean, "--today", "2026-02-30"], ["check", clean, "--matrix"], ["check", clean, "--nope"], ["check"]]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.stderr, argv.join(" ")).toMatch(/ \/ /);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });
});

describe("bad input never crashes", () => {
  it("wrong shapes, nulls, deep nesting and a 10 MB string give findings or a clear error", async () => {
    const files = [
      writeJson(dir, "array.json", "[]"),
      writeJson(dir, "null.json", "null"),
      writeJson(dir, "nulls.json", { region: null, innovations: [null, { name: null, indicators: null }] }),
      writeJson(dir, "deep.json", "[".repeat(100_000) + "]".repeat(100_000)),
      writeJson(dir, "huge.json", { innovations: [{ name: "x".repeat(10 * 1024 * 1024), design: "kata ".repeat(2_000_000) }] }),
      writeJson(dir, "bom.json", `\uFEFF${JSON.stringify(cleanSubmission())}`),
    ];
    const run = await runCli(["check", ...files, "--today", TODAY, "--format", "json"]);
    const out = json(run.stdout) as { files: { file: string; error?: { code: string }; counts?: { error: number } }[] };
    expect(out.files).toHaveLength(files.length);
    expect(out.files[0]!.counts!.error).toBeGreaterThan(0); // document-invalid
    expect(out.files[3]!.error?.code ?? "parsed").toMatch(/json-invalid|parsed/);
    expect(out.files[5]!.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(run.stderr).not.toMatch(STACK_LINE);
  }, 30_000);

  it("a damaged or empty .xlsx is a per-file error naming the problem in both languages", async () => {
    const notXlsx = writeJson(dir, "bukan.xlsx", "ini teks biasa, bukan zip");
    const zero = writeJson(dir, "nol.xlsx", "");
    const run = await runCli(["check", notXlsx, zero, clean, "--today", TODAY, "--format", "json"]);
    expect(run.code).toBe(2);
    const out = json(run.stdout) as { files: { error?: { code: string; message: { id: string; en: string } } }[] };
    expect(out.files[0]!.error!.code).toBe("not-xlsx");
    expect(out.files[1]!.error!.code).toBe("empty");
    expect(out.files[1]!.error!.message.en).toMatch(/empty/);
  });
});

describe("folders", () => {
  it("are walked for .json and .xlsx, skipping Excel lock files, hidden files and other types", async () => {
    const root = join(dir, "arsip");
    mkdirSync(join(root, "dinas-a", "sub"), { recursive: true });
    mkdirSync(join(root, ".git"), { recursive: true });
    writeJson(root, "b.json", cleanSubmission());
    writeJson(join(root, "dinas-a"), "a.json", cleanSubmission());
    copyFileSync(join(ROOT, "examples", "kota-contoh.xlsx"), join(root, "dinas-a", "sub", "kota.xlsx"));
    writeJson(join(root, "dinas-a"), "~$kota.xlsx", "lock");
    writeJson(root, ".hidden.json", "{");
    writeJson(join(root, ".git"), "x.json", "{");
    writeJson(root, "catatan.txt", "abaikan");
    const run = await runCli(["check", root, "--today", TODAY, "--format", "json"]);
    const out = json(run.stdout) as { files: { file: string; error?: unknown }[] };
    expect(out.files.map((f) => f.file.slice(root.length + 1))).toEqual(["b.json", join("dinas-a", "a.json"), join("dinas-a", "sub", "kota.xlsx")]);
    expect(out.files.every((f) => !f.error)).toBe(true);
    expect(run.code).toBe(1); // the example workbook has errors on purpose
  });

  it("a workbook in an old or other spreadsheet format in a folder is reported with how to convert it, never skipped silently", async () => {
    const root = join(dir, "kiriman");
    mkdirSync(root, { recursive: true });
    writeJson(root, "a.json", cleanSubmission());
    writeJson(root, "kota-lama.xls", "\u00d0\u00cf\u0011\u00e0 OLE");
    writeJson(root, "kab-makro.xlsm", "PK");
    writeJson(root, "~$kota-lama.xls", "lock");
    writeJson(root, "bukti.pdf", "%PDF-1.4");
    const run = await runCli(["check", root, "--today", TODAY, "--format", "json", "--lang", "en"]);
    expect(run.code).toBe(2);
    const out = json(run.stdout) as { files: { file: string; error?: { code: string; message: { id: string; en: string } } }[] };
    expect(out.files.map((f) => f.file.slice(root.length + 1))).toEqual(["a.json", "kab-makro.xlsm", "kota-lama.xls"]);
    const [, macro, old] = out.files;
    expect(old!.error!.code).toBe("xls");
    expect(old!.error!.message.en).toMatch(/save it as \.xlsx/);
    expect(old!.error!.message.id).toMatch(/simpan sebagai \.xlsx/);
    expect(macro!.error!.code).toBe("file-type-unsupported");
  });

  it("a folder without any submission is a usage error (exit 2)", async () => {
    const none = join(dir, "kosong");
    mkdirSync(none, { recursive: true });
    const run = await runCli(["check", none]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("No .json or .xlsx files were found.");
  });
});

describe("languages", () => {
  it("--lang en renders the summary, findings and advice in English; the default is Indonesian", async () => {
    const en = await runCli(["check", broken, "--today", TODAY, "--lang", "en"]);
    expect(en.stdout).toContain("IID estimate");
    expect(en.stdout).toContain("The design (rancang bangun) has 2 words");
    expect(en.stdout).not.toContain("Kesalahan");
    const id = await runCli(["check", broken, "--today", TODAY]);
    expect(id.stdout).toContain("Rancang bangun baru 2 kata");
    expect(id.stdout).toContain("KESALAHAN");
  });

  it("--help shows both languages and exits 0; --version prints the package version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Pemakaian:");
    expect(help.stdout).toContain("Usage:");
    const version = await runCli(["--version"]);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.stdout.trim()).toBe(`iid-check ${pkg.version}`);
  });
});

describe("text output", () => {
  it("is coloured only on a terminal without NO_COLOR", async () => {
    const tty = await runCli(["check", broken, "--today", TODAY], { stdoutTTY: true });
    expect(tty.stdout).toContain("\x1b[");
    const noColor = await runCli(["check", broken, "--today", TODAY], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\x1b[");
    const pipe = await runCli(["check", broken, "--today", TODAY]);
    expect(pipe.stdout).not.toContain("\x1b[");
  });

  it("shows a progress bar on a terminal for more than 3 files, and nothing when stderr is not a terminal", async () => {
    const many = [1, 2, 3, 4].map((i) => writeJson(dir, `banyak-${i}.json`, cleanSubmission()));
    const tty = await runCli(["check", ...many, "--today", TODAY], { stderrTTY: true });
    expect(tty.stderr).toContain("4/4");
    const pipe = await runCli(["check", ...many, "--today", TODAY]);
    expect(pipe.stderr).toBe("");
    const few = await runCli(["check", ...many.slice(0, 3), "--today", TODAY], { stderrTTY: true });
    expect(few.stderr).toBe("");
  });

  it("ends a batch with an overview of every file", async () => {
    const run = await runCli(["check", clean, broken, corrupt, "--today", TODAY, "--lang", "en"]);
    expect(run.stdout).toContain("Files overview");
    expect(run.stdout).toMatch(/korup\.json\s+-\s+Unreadable/);
  });
});

describe("--out", () => {
  it("writes the report to the file, leaves no temporary file behind and prints nothing on stdout", async () => {
    const outDir = join(dir, "laporan");
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, "hasil.json");
    const run = await runCli(["check", broken, "--today", TODAY, "--format", "json", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect((json(readFileSync(out, "utf8")) as { iid: number }).iid).toBeTypeOf("number");
    expect(readdirSync(outDir)).toEqual(["hasil.json"]);
  });

  it("never writes over an input, even through another spelling of its path", async () => {
    const before = readFileSync(broken, "utf8");
    for (const out of [broken, join(dir, ".", "rusak-isi.json")]) {
      const run = await runCli(["check", broken, "--out", out, "--today", TODAY]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("never overwritten");
    }
    const viaFolder = await runCli(["check", dir, "--out", clean, "--today", TODAY]);
    expect(viaFolder.code).toBe(2);
    expect(readFileSync(broken, "utf8")).toBe(before);
  });

  it("replaces the target by rename (a hard link to the old report keeps the old content)", async () => {
    const target = join(dir, "atomik.txt");
    const link = join(dir, "atomik-link.txt");
    writeFileSync(target, "lama");
    linkSync(target, link);
    await writeFileAtomic(target, "baru");
    expect(readFileSync(target, "utf8")).toBe("baru");
    // An in-place write would have changed the shared inode, and so the link too.
    expect(readFileSync(link, "utf8")).toBe("lama");
  });

  it("a folder that does not exist is a clear error (exit 2)", async () => {
    const run = await runCli(["check", clean, "--out", join(dir, "tidak", "ada", "r.txt"), "--today", TODAY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot be written");
    expect(existsSync(join(dir, "tidak"))).toBe(false);
  });
});

describe("--framework and --today", () => {
  it("takes a built-in id", async () => {
    const run = await runCli(["check", clean, "--framework", "iid-2027", "--today", TODAY, "--format", "json"]);
    expect((json(run.stdout) as { framework: { id: string; provisional: boolean } }).framework).toMatchObject({ id: "iid-2027", provisional: true });
  });

  it("loads a framework file (here one extending iid-2026 with its own title)", async () => {
    const file = writeJson(dir, "kerangka-2028.json", { extends: "iid-2026", id: "iid-2028", title: { id: "IID 2028 (uji)", en: "IID 2028 (test)" } });
    const run = await runCli(["check", clean, "--framework", file, "--today", TODAY, "--format", "json", "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect((json(run.stdout) as { framework: { id: string; title: string } }).framework).toMatchObject({ id: "iid-2028", title: "IID 2028 (test)" });
  });

  it("a bad framework file or an unknown name exits 2 with a bilingual message and no stack trace", async () => {
    const notJson = writeJson(dir, "kerangka-rusak.json", "{ bukan json");
    const wrongShape = writeJson(dir, "kerangka-salah.json", { id: "x", indicators: "none" });
    const cases: [string, RegExp][] = [
      [notJson, /bukan JSON yang sah.*not valid JSON/],
      [wrongShape, /tidak sesuai skema.*does not match the IID framework schema/],
      ["iid-1999", /tidak dikenal.*not a built-in id/],
    ];
    for (const [spec, message] of cases) {
      const run = await runCli(["check", clean, "--framework", spec]);
      expect(run.code, spec).toBe(2);
      expect(run.stderr, spec).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stdout).toBe("");
    }
  });

  it("--today makes runs repeatable: the same date, the same report", async () => {
    const a = await runCli(["check", broken, "--today", "2025-03-01", "--format", "json"]);
    const b = await runCli(["check", broken, "--today", "2025-03-01", "--format", "json"]);
    expect(a.stdout).toBe(b.stdout);
    // Implemented 2024-06-15: in the future on 2024-01-01.
    const early = await runCli(["check", clean, "--today", "2024-01-01", "--format", "json"]);
    expect(early.stdout).toContain("implementation-in-future");
  });
});

describe("a workbook's formula cells", () => {
  it("read as the value Excel shows, 0 included: indicator 33 computed as 0 is out of range, not missing", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const findingsFor = async (value: unknown) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(ROOT, "examples", "kota-contoh.xlsx"));
      // Row 3 of Inovasi; column 53 is indicator 33's parameter.
      workbook.getWorksheet("Inovasi")!.getCell(3, 53).value = value as never;
      const path = join(dir, `rumus-${JSON.stringify(value).replace(/\W/g, "")}.xlsx`);
      await workbook.xlsx.writeFile(path);
      const out = json((await runCli(["check", path, "--today", TODAY, "--format", "json"])).stdout) as { findings: { code: string; location?: { cell?: string } }[] };
      return out.findings.filter((f) => f.location?.cell === "Inovasi!BA3").map((f) => f.code);
    };
    const typed = await findingsFor(0);
    expect(typed).toContain("level-out-of-range");
    expect(await findingsFor({ formula: "B3*0", result: 0 })).toEqual(typed);
  });
});
