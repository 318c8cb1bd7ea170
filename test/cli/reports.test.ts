// The four report formats and --evidence-dir, as a reviewer receives them: the JSON contract,
// CSV that Excel opens safely, HTML that is self-contained and escapes everything from inputs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, neutralise } from "../../cli/report/csv.ts";
import { checkParsed } from "../../cli/commands/check.ts";
import { escapeHtml, HTML_ROW_CAP, renderHtml } from "../../cli/report/html.ts";
import { renderText, TEXT_FINDINGS_CAP } from "../../cli/report/text.ts";
import { cliStrings } from "../../cli/strings.ts";
import { writeFilledTemplate } from "../../cli/xlsx/template.ts";
import { getFramework } from "../../core/index.ts";
import { design, innovation, submission } from "../core/builders.ts";
import { brokenSubmission, ROOT, runCli, tempDir, TODAY, writeJson } from "./support.ts";

const dir = tempDir();
const broken = writeJson(dir, "rusak.json", brokenSubmission());
const example = join(dir, "kota-contoh.xlsx");
copyFileSync(join(ROOT, "examples", "kota-contoh.xlsx"), example);

const XSS_NAME = `<script>alert("nama")</script>`;
const XSS_ATTR = `"><img src=x onerror=alert(1)>`;
const hostile = () =>
  submission(3, (i) => ({
    name: i === 0 ? XSS_NAME : i === 1 ? XSS_ATTR : `=HYPERLINK("http://evil.example","klik")`,
    agency: `@SUM(A1:A9) ${XSS_ATTR}`,
    // A short design with markup: the design finding quotes nothing raw into the page.
    design: i === 0 ? `<script>alert("rancang")</script> ${XSS_ATTR}` : undefined,
    mainAffair: i === 2 ? `+cmd|' /C calc'!A0` : undefined,
  }));

/** A small RFC 4180 reader, to check that what we write parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("--format json (the stable contract)", () => {
  it("a workbook's report has the scores, per-innovation results, located findings and advice", async () => {
    const run = await runCli(["check", example, "--today", TODAY, "--format", "json", "--lang", "en"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ file: example, iid: expect.any(Number), category: expect.any(String), region: "Kota Contoh" });
    for (const key of ["region", "innovations", "innovationCount", "total", "assessed", "reported"]) expect(report.score[key], key).toBeTypeOf("number");
    expect(report.innovations.length).toBe(report.score.reported);
    for (const inn of report.innovations) {
      expect(inn).toHaveProperty("name");
      expect(inn.score).toBeTypeOf("number");
      expect(inn.claimedScore).toBeGreaterThanOrEqual(inn.score);
      expect(inn.assessed).toBeTypeOf("boolean");
    }
    const errors = report.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.length).toBe(report.counts.error);
    // Workbook findings point at cells the reviewer can go to.
    expect(errors.every((f: { location?: { cell?: string } }) => /^Inovasi!\$?[A-Z]+\d+$/.test(f.location?.cell ?? ""))).toBe(true);
    expect(report.findings[0].message).toMatch(/^[A-Z]/);
    expect(report.findings.some((f: { message: string }) => /evidence|design|required/.test(f.message))).toBe(true);
    expect(report.advice.length).toBeGreaterThan(0);
    for (const a of report.advice) expect(a.gain).toBeGreaterThan(0);
    expect(report.next).toMatchObject({ label: expect.any(String), gap: expect.any(Number) });
    expect(report).toHaveProperty("closing");
  });
});

describe("--format csv", () => {
  it("neutralises cells that Excel would run as formulas, and quotes per RFC 4180", () => {
    for (const bad of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise("Dinas Pendidikan")).toBe("Dinas Pendidikan");
    expect(csvCell('kata "kutip", koma')).toBe('"kata ""kutip"", koma"');
    expect(csvCell("baris\nbaru")).toBe('"baris\nbaru"');
  });

  it("one row per finding with file, severity, code, location and message; a BOM and CRLF; hostile text stays text", async () => {
    const file = writeJson(dir, "=jahat.json", hostile());
    const run = await runCli(["check", file, broken, "--today", TODAY, "--format", "csv", "--lang", "en"]);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    expect(run.stdout).toContain("\r\n");
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[0]).toEqual(["File", "Severity", "Code", "Location", "Message"]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    // No cell, once parsed, starts with a formula trigger.
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r[2] === "design-too-short" && r[3] === "innovations[0].design" && r[1] === "Error")).toBe(true);
    const fromBroken = rows.filter((r) => r[0] === broken);
    const report = JSON.parse((await runCli(["check", broken, "--today", TODAY, "--format", "json"])).stdout);
    expect(fromBroken.length).toBe(report.findings.length);
  });

  it("--matrix keeps an unreadable file in the batch as one row with its error, in order", async () => {
    const corrupt = writeJson(dir, "rusak-matriks.json", '{"innovations": [');
    const run = await runCli(["check", broken, corrupt, "--today", TODAY, "--format", "csv", "--matrix", "--lang", "en"]);
    expect(run.code).toBe(2);
    const rows = parseCsv(run.stdout.slice(1));
    const files = [...new Set(rows.slice(1).map((r) => r[0]))];
    expect(files).toEqual([broken, corrupt]);
    const failed = rows.find((r) => r[0] === corrupt)!;
    expect(failed[2]).toMatch(/^The file is not valid JSON\. \/ Berkas bukan JSON yang sah\./);
    expect(failed.length).toBe(rows[0]!.length);
  });

  it("--matrix emits the completeness matrix: one row per innovation, indicators 16-35 with mandatory ones marked", async () => {
    const run = await runCli(["check", example, "--today", TODAY, "--format", "csv", "--matrix", "--lang", "en"]);
    const rows = parseCsv(run.stdout.slice(1));
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(["File", "No", "Innovation"]);
    const sid = getFramework().sid;
    expect(header.slice(3)).toEqual(sid.map((d) => (d.mandatory ? `${d.key}*` : d.key)));
    expect(header).toContain("16*");
    expect(rows.length - 1).toBe(15);
    const cells = new Set(rows.slice(1).flatMap((r) => r.slice(3)));
    expect([...cells].every((c) => ["evidence", "no evidence", "empty"].includes(c))).toBe(true);
    // The example's innovation 9 lacks evidence on mandatory indicator 17.
    expect(rows[9]![3 + sid.findIndex((d) => d.key === "17")]).toBe("no evidence");
  });
});

describe("--format html", () => {
  it("is one self-contained page: no scripts, no external addresses, a CSP that forbids loading anything", async () => {
    const run = await runCli(["check", example, broken, "--today", TODAY, "--format", "html"]);
    const page = run.stdout;
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\s(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/<link\b|@import|url\(/i);
    expect(page).toContain("default-src 'none'");
    // Summary with the inline chart, advice, innovations, matrix with legend, findings by severity.
    expect(page).toMatch(/<svg[^>]*role="img"/);
    for (const max of ["/ 63", "/ 111", "/ 76"]) expect(page).toContain(max);
    for (const band of ["Kurang Inovatif", "Inovatif", "Sangat Inovatif"]) expect(page).toContain(band);
    expect(page).toContain("Saran (urut menurut tambahan poin IID)");
    expect(page).toContain("Matriks kelengkapan");
    expect(page).toContain("indikator wajib");
    expect(page.indexOf("<h3 class=\"error\">Kesalahan")).toBeLessThan(page.indexOf("<h3 class=\"warning\">Peringatan"));
    expect(page).toContain("Ikhtisar berkas");
  });

  it("escapes every piece of text from the input, in JSON and in workbooks", async () => {
    const jsonFile = writeJson(dir, "xss.json", { ...hostile(), region: { name: XSS_NAME } });
    const workbook = join(dir, "xss.xlsx");
    await writeFilledTemplate(workbook, hostile() as never);
    for (const file of [jsonFile, workbook]) {
      const page = (await runCli(["check", file, "--today", TODAY, "--format", "html"])).stdout;
      expect(page).not.toContain("<script");
      expect(page).not.toContain("<img");
      expect(page).not.toContain(XSS_ATTR);
      expect(page).toContain(escapeHtml(XSS_NAME));
      expect(page).toContain(escapeHtml(XSS_ATTR));
    }
  });

  it("a huge submission stays a page a browser can open: tables stop at 2000 rows and say how many more", async () => {
    const outcome = await checkParsed({ innovations: Array.from({ length: HTML_ROW_CAP + 10 }, (_, i) => ({ name: `Inovasi ${i}` })) }, "besar.json", { lang: "en", today: TODAY });
    const page = renderHtml([outcome], { lang: "en", today: TODAY });
    expect(page).toContain(`Inovasi ${HTML_ROW_CAP - 1}<`);
    expect(page).not.toContain(`Inovasi ${HTML_ROW_CAP + 5}<`);
    expect(page.match(/… and 10 more rows/g)).toHaveLength(2); // the innovation table and the matrix
    expect(page).toMatch(/… and \d{4,} more rows/); // the errors table
  });

  it("the text report names the findings it leaves out in English and Indonesian counts", async () => {
    const outcome = await checkParsed({ innovations: Array.from({ length: 120 }, (_, i) => ({ name: `Inovasi ${i}` })) }, "besar.json", { lang: "en", today: TODAY });
    const hidden = (outcome as { report: { counts: { error: number } } }).report.counts.error - TEXT_FINDINGS_CAP;
    expect(hidden).toBeGreaterThan(1);
    expect(renderText([outcome], { lang: "en", colour: false })).toContain(`  … ${hidden} more errors (see --format json or csv)\n`);
    expect(renderText([outcome], { lang: "id", colour: false })).toContain(`  … ${hidden} kesalahan lainnya (lihat --format json atau csv)\n`);
    expect(cliStrings("en").moreFindings(1, "warning")).toBe("… 1 more warning (see --format json or csv)");
    expect(cliStrings("en").moreFindings(3, "info")).toBe("… 3 more info findings (see --format json or csv)");
  });

  it("annotate's result line counts in English: one cell, one error, one warning", () => {
    expect(cliStrings("en").annotated("out.xlsx", "47.37", "Inovatif", 1, 1, 1)).toBe("out.xlsx: IID estimate 47.37 (Inovatif); 1 cell marked; 1 error, 1 warning.");
    expect(cliStrings("en").annotated("out.xlsx", "47.37", "Inovatif", 24, 4, 0)).toBe("out.xlsx: IID estimate 47.37 (Inovatif); 24 cells marked; 4 errors, 0 warnings.");
    expect(cliStrings("id").annotated("out.xlsx", "47,37", "Inovatif", 1, 1, 1)).toBe("out.xlsx: Estimasi IID 47,37 (Inovatif); 1 sel ditandai; 1 kesalahan, 1 peringatan.");
  });

  it("the innovation table says an implementation date is missing, not that the innovation is outside the window", async () => {
    const doc = submission(2, (i) => (i === 0 ? { implementationDate: null } : i === 1 ? { implementationDate: "2026-03-01" } : {}));
    for (const [lang, missing, outside] of [["id", "Waktu Penerapan kosong atau tidak terbaca", "di luar periode penilaian"], ["en", "implementation date missing or unreadable", "outside the assessment window"]] as const) {
      const page = renderHtml([await checkParsed(doc, "tanggal.json", { lang, today: TODAY })], { lang, today: TODAY });
      const rows = page.split("<tr>").filter((row) => row.includes("Inovasi 1<") || row.includes("Inovasi 2<"));
      const first = rows.find((row) => row.includes("Inovasi 1<"))!;
      const second = rows.find((row) => row.includes("Inovasi 2<"))!;
      expect(first).toContain(missing);
      expect(first).not.toContain(outside);
      expect(second).toContain(outside);
    }
  });

  it("the innovation table names the framework's design minimum and scored stage, not 2026's words", async () => {
    const base = JSON.parse(readFileSync(join(ROOT, "core", "framework", "data", "iid-2026.json"), "utf8")) as { design: Record<string, unknown> };
    const overlay = writeJson(dir, "kerangka-250.json", { id: "uji-250", extends: "iid-2026", cycle: 2026, title: { id: "Uji 250 kata", en: "Test 250 words" }, provisional: true, design: { ...base.design, minWords: 250 } });
    const doc = writeJson(dir, "pendek-250.json", submission(2, (i) => (i === 0 ? { design: design(240) } : i === 1 ? { stage: "Uji Coba" } : {})));
    const page = (await runCli(["check", doc, "--framework", overlay, "--today", TODAY, "--format", "html", "--lang", "en"])).stdout;
    const row = page.split("<tr>").find((r) => r.includes("Inovasi 1<"))!;
    // The table's reason is the finding's own wording (one catalogue); the word count has its own column.
    expect(row).toContain("design under 250 words");
    expect(row).toContain(">240<");
    expect(row).not.toContain("300");
    expect(page).toContain("is not assessed: design under 250 words.");
    expect(page.split("<tr>").find((r) => r.includes("Inovasi 2<"))).toContain("not at stage Penerapan");
  });

  it("a shortest path of one step reads as one step, several as steps together", async () => {
    // 10 of 12 assessed: one of several single fixes reaches Sangat Inovatif.
    const doc = submission(12, (i) => (i === 0 ? { design: design(290) } : i === 1 ? { design: design(280) } : {}));
    const outcome = await checkParsed(doc, "dekat.json", { lang: "en", today: TODAY });
    const report = (outcome as { report: { closing: { actions: number[] } | null } }).report;
    expect(report.closing?.actions).toHaveLength(1);
    const step = report.closing!.actions[0]! + 1;
    expect(renderText([outcome], { lang: "en", colour: false })).toMatch(new RegExp(`\n  Step ${step} alone raises the IID to \\d+\\.\\d\\d\\.\n`));
    const id = await checkParsed(doc, "dekat.json", { lang: "id", today: TODAY });
    expect(renderText([id], { lang: "id", colour: false })).toMatch(new RegExp(`\n  Langkah ${step} saja menaikkan IID ke \\d+,\\d\\d\\.\n`));
    expect(cliStrings("en").closingReaches([1, 3], "70.00")).toBe("Steps 1 and 3 together raise the IID to 70.00.");
    expect(cliStrings("id").closingReaches([1, 2, 3], "70,00")).toBe("Langkah 1, 2 dan 3 bersama-sama menaikkan IID ke 70,00.");
  });

  it("escapeHtml covers the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("--evidence-dir", () => {
  const evidence = join(dir, "bukti");
  mkdirSync(join(evidence, "indikator-16"), { recursive: true });
  const pdf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size)]);
  writeFileSync(join(evidence, "indikator-16", "Perkada.PDF"), pdf(1000)); // found in a sub-folder, any case
  writeFileSync(join(evidence, "besar.pdf"), pdf(3 * 1024 * 1024));
  writeFileSync(join(evidence, "palsu.pdf"), "ini dokumen Word yang diganti namanya");
  writeFileSync(join(evidence, "kosong.jpg"), "");
  const base = innovation({}, 0) as { indicators: Record<string, { evidence: string[] }> };
  const doc = submission(1, () => ({
    indicators: {
      ...base.indicators,
      "16": { level: 3, evidence: ["perkada.pdf"] },
      "17": { level: 3, evidence: ["besar.pdf"] },
      "18": { level: 3, evidence: ["palsu.pdf"] },
      "19": { level: 3, evidence: ["kosong.jpg"] },
      "20": { level: 3, evidence: ["tidak-ada.pdf", "../../../etc/passwd.pdf"] },
    },
  }));
  const file = writeJson(dir, "bukti.json", doc);

  const codesAt = (report: { findings: { code: string; path: (string | number)[]; message: string }[] }, key: string) =>
    report.findings.filter((f) => f.path[0] === "innovations" && f.path[3] === key).map((f) => f.code);

  it("reports missing, oversized, disguised and empty evidence files at their submission path, in both languages", async () => {
    const run = await runCli(["check", file, "--today", TODAY, "--format", "json", "--evidence-dir", evidence]);
    const report = JSON.parse(run.stdout);
    expect(codesAt(report, "16")).toEqual([]);
    expect(codesAt(report, "17")).toContain("evidence-too-large");
    expect(codesAt(report, "18")).toContain("evidence-file-content-mismatch");
    expect(codesAt(report, "19")).toContain("evidence-file-empty");
    expect(codesAt(report, "20").filter((c) => c === "evidence-file-not-found")).toHaveLength(2);
    const missing = report.findings.find((f: { code: string }) => f.code === "evidence-file-not-found");
    expect(missing.message).toContain("tidak ada di folder");
    expect(missing.path).toEqual(["innovations", 0, "indicators", "20", "evidence", 0]);
    // The region's SPD evidence is looked up too (none of spd-*.pdf is in the folder).
    expect(report.findings.some((f: { code: string; path: unknown[] }) => f.code === "evidence-file-not-found" && f.path[0] === "region")).toBe(true);
    const en = JSON.parse((await runCli(["check", file, "--today", TODAY, "--format", "json", "--evidence-dir", evidence, "--lang", "en"])).stdout);
    const mismatch = en.findings.find((f: { code: string }) => f.code === "evidence-file-content-mismatch");
    expect(mismatch.message).toContain("is named .pdf but its content is");
    expect(en.findings.find((f: { code: string }) => f.code === "evidence-too-large").message).toContain("above the 2.0 MB limit");
  });

  it("without --evidence-dir no file is looked at; a folder that does not exist is a usage error", async () => {
    const plain = JSON.parse((await runCli(["check", file, "--today", TODAY, "--format", "json"])).stdout);
    expect(plain.findings.some((f: { code: string }) => f.code.startsWith("evidence-file-"))).toBe(false);
    const run = await runCli(["check", file, "--evidence-dir", join(dir, "tidak-ada")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Evidence folder");
  });

  it("locates evidence findings in a workbook by cell", async () => {
    const workbook = join(dir, "bukti.xlsx");
    await writeFilledTemplate(workbook, doc as never);
    const report = JSON.parse((await runCli(["check", workbook, "--today", TODAY, "--format", "json", "--evidence-dir", evidence])).stdout);
    const missing = report.findings.find((f: { code: string }) => f.code === "evidence-file-not-found");
    expect(missing.location.cell).toMatch(/^Inovasi![A-Z]+2$/);
    expect(missing.location.label).toMatch(/20/);
  });
});
