// Reading workbooks people actually have, as real .xlsx files: titles and merged cells above
// the header, columns in any order, aliases, two-row indicator headers, parameters as numbers
// or text, evidence in every shape, formulas, dates, blank rows; and bad files.
import { readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CellValue } from "exceljs";
import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework, readWorkbookRows, toReport } from "../../core/index.ts";
import { MAX_WORKBOOK_BYTES, readWorkbook, WorkbookReadError, type WorkbookReadErrorCode } from "../../cli/xlsx/read.ts";
import { writeTemplate } from "../../cli/xlsx/template.ts";
import { design, tempDir, TODAY, writeSheets } from "./support.ts";

const framework = getFramework();
const newDir = tempDir();

const PROFILE = ["Tahap", "Inisiator", "Nama Inisiator", "Jenis", "Bentuk", "Urusan Utama", "Tgl Uji Coba", "Waktu Implementasi", "Rancang Bangun", "Tujuan", "Manfaat", "Hasil"];
const profileValues = (trial: CellValue = "01/06/2024", implemented: CellValue = "15/09/2024"): CellValue[] => ["Penerapan", "OPD", "Tim A", "Digital", "Inovasi Pelayanan Publik", "Kesehatan", trial, implemented, design(320), "tujuan", "manfaat", "hasil"];

async function read(path: string) {
  const sheets = await readWorkbook(path);
  const rows = readWorkbookRows({ ...sheets, fileName: "opd.xlsx" }, framework);
  return { sheets, rows };
}

describe("finding the header in workbooks people actually have", () => {
  it("skips title rows and a merged title cell, with columns in any order and aliases", async () => {
    const path = join(await newDir(), "opd.xlsx");
    await writeSheets(path, [
      {
        name: "Rekap",
        rows: [
          ["REKAPITULASI INOVASI DAERAH DINAS KESEHATAN KOTA CONTOH TAHUN 2026"],
          ["Keadaan per 1 Maret 2026"],
          [],
          ["Bukti Dukung 16", "No", "Judul Inovasi", ...PROFILE, "Parameter 16", "Catatan Verifikator"],
          ["perkada.pdf", 1, "Sehat Bersama", ...profileValues(), 2, "ok"],
        ],
        merges: ["A1:P1"],
      },
    ]);
    const { sheets, rows } = await read(path);
    expect(sheets.innovations?.sheet).toBe("Rekap");
    expect(rows.innovationSheet!.headerRowNumber).toBe(4);
    expect(rows.findings.filter((f) => f.code === "column-required-missing")).toEqual([]);
    const [innovation] = rows.input.innovations!;
    expect(innovation).toMatchObject({ name: "Sehat Bersama", stage: "Penerapan", implementationDate: "15/09/2024", indicators: { "16": { level: 2, evidence: "perkada.pdf" } } });
    // The unknown column is reported once, as info, naming its letter.
    expect(rows.findings.filter((f) => f.code !== "column-recommended-missing")).toEqual([expect.objectContaining({ code: "columns-extra", severity: "info", params: { columns: ["Q: Catatan Verifikator"] } })]);
  });

  it("reads a two-row header: a merged 'Indikator 16' over 'Parameter' and 'Bukti'", async () => {
    const path = join(await newDir(), "dua-baris.xlsx");
    await writeSheets(path, [
      {
        name: "Inovasi",
        rows: [
          ["Nama Inovasi", ...PROFILE, "Indikator 16", null, "Indikator 17", null],
          [null, ...PROFILE.map(() => null), "Parameter", "Bukti", "Parameter", "Bukti"],
          ["Sehat Bersama", ...profileValues(), "3 - Peraturan Daerah", "perda-2024.pdf", 1, "sk-tim.pdf"],
        ],
        // Profile headers are merged down over both header rows, as people lay them out.
        merges: ["N1:O1", "P1:Q1", ...Array.from({ length: 13 }, (_, i) => `${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}2`)],
      },
    ]);
    const { rows } = await read(path);
    expect(rows.innovationSheet!.headerRowNumber).toBe(2);
    expect(rows.findings.filter((f) => f.code === "column-required-missing")).toEqual([]);
    expect(rows.input.innovations![0]!.indicators).toEqual({
      "16": { level: "3 - Peraturan Daerah", evidence: "perda-2024.pdf" },
      "17": { level: 1, evidence: "sk-tim.pdf" },
    });
  });

  it("gives an agency name merged down over several innovations to each of them", async () => {
    const path = join(await newDir(), "gabung.xlsx");
    await writeSheets(path, [
      {
        name: "Inovasi",
        rows: [["Perangkat Daerah", "Nama Inovasi", ...PROFILE], ["Dinas Kesehatan", "A", ...profileValues()], [null, "B", ...profileValues()], ["Dinas Sosial", "C", ...profileValues()]],
        merges: ["A2:A3"],
      },
    ]);
    const { rows } = await read(path);
    expect(rows.input.innovations!.map((i) => [i.agency, i.name])).toEqual([
      ["Dinas Kesehatan", "A"],
      ["Dinas Kesehatan", "B"],
      ["Dinas Sosial", "C"],
    ]);
  });

  it("takes the sheet whose header is recognised best when no sheet is called Inovasi, and Pemda as the region", async () => {
    const path = join(await newDir(), "pilih.xlsx");
    await writeSheets(path, [
      { name: "Catatan", rows: [["Nama", "Keterangan"], ["x", "y"]] },
      { name: "Data Inovasi 2026", rows: [["Nama Inovasi", ...PROFILE], ["A", ...profileValues()]] },
      { name: "Pemda", rows: [["Nama Pemda", "Kota Contoh"], [], ["No", "Indikator", "Parameter", "Nilai", "Bukti Dukung"], ["1", "Visi dan Misi", 3, null, "rpjmd.pdf"]] },
    ]);
    const { sheets, rows } = await read(path);
    expect(sheets.sheetNames).toEqual(["Catatan", "Data Inovasi 2026", "Pemda"]);
    expect(sheets.innovations!.sheet).toBe("Data Inovasi 2026");
    expect(rows.input.region).toEqual({ name: "Kota Contoh", indicators: { "1": { level: 3, evidence: "rpjmd.pdf" } } });
  });
});

describe("reading cell values", () => {
  it("reads parameters as 1/2/3 or option text (exact or close) and evidence as names, links or lists", async () => {
    const path = join(await newDir(), "nilai.xlsx");
    const header = ["Nama Inovasi", ...PROFILE, "Parameter 16", "Bukti Dukung 16", "Parameter 17", "Bukti Dukung 17", "Parameter 35", "Bukti Dukung 35"];
    await writeSheets(path, [
      {
        name: "Inovasi",
        rows: [
          header,
          ["Angka", ...profileValues(), 2, "perkada-1.pdf; lampiran.pdf", 3, "sk-1.pdf, sk-2.pdf", 3, { text: "Video YouTube", hyperlink: "https://youtu.be/abc" }],
          ["Teks persis", ...profileValues(), "2 - Peraturan Kepala Daerah", "perkada.pdf\nlampiran.pdf", "11-30 SDM", { text: "sk-tim.pdf", hyperlink: "https://drive.google.com/file/d/1" }, "Memenuhi 5 unsur substansi", "https://youtu.be/xyz"],
          ["Teks mirip", ...profileValues(), "peraturan kepala  daerah", "perkada.pdf", "11 - 30 sdm", "sk.pdf", "memenuhi 5 unsur substansi.", "https://youtu.be/xyz"],
        ],
      },
    ]);
    const { rows } = await read(path);
    const result = checkSubmission(rows.input, { framework, today: TODAY, absentFields: rows.absentFields });
    const levels = result.submission.innovations.map((i) => ["16", "17", "35"].map((k) => i.indicators.get(k)?.level));
    expect(levels).toEqual([
      [2, 3, 3],
      [2, 2, 3],
      [2, 2, 3],
    ]);
    const evidence = result.submission.innovations.map((i) => ["16", "17", "35"].map((k) => i.indicators.get(k)!.evidence.map((e) => e.name)));
    expect(evidence[0]).toEqual([["perkada-1.pdf", "lampiran.pdf"], ["sk-1.pdf", "sk-2.pdf"], ["https://youtu.be/abc"]]);
    expect(evidence[1]).toEqual([["perkada.pdf", "lampiran.pdf"], ["sk-tim.pdf"], ["https://youtu.be/xyz"]]);
  });

  it("reads formula cells by their cached result and dates as Excel dates, serials or text", async () => {
    const path = join(await newDir(), "rumus.xlsx");
    await writeSheets(path, [
      {
        name: "Inovasi",
        rows: [
          ["Nama Inovasi", ...PROFILE],
          [{ formula: 'CONCATENATE("Sehat"," ","Bersama")', result: "Sehat Bersama" }, ...profileValues(new Date(Date.UTC(2024, 5, 1)), 45550)],
          ["Tanggal teks", ...profileValues("1 Juni 2024", "15-09-2024")],
        ],
      },
    ]);
    const { rows } = await read(path);
    const result = checkSubmission(rows.input, { framework, today: TODAY });
    expect(result.submission.innovations.map((i) => [i.name, i.trialDate, i.implementationDate])).toEqual([
      ["Sehat Bersama", "2024-06-01", "2024-09-15"],
      ["Tanggal teks", "2024-06-01", "2024-09-15"],
    ]);
  });

  it("skips blank rows (inside and trailing) and locates findings by sheet, row, column letter and A1 reference", async () => {
    const path = join(await newDir(), "lokasi.xlsx");
    const rowsIn: CellValue[][] = [["Judul", "Nama Inovasi", ...PROFILE], [], ["", "Pertama", ...profileValues()], [null, "   "], ["", "Kedua", ...profileValues("20/10/2024")], [], [], [""]];
    await writeSheets(path, [{ name: "Data Inovasi", rows: rowsIn, firstRow: 3 }]);
    const { sheets, rows } = await read(path);
    // Trailing blank rows are gone: the last row read is the one with "Kedua" (Excel row 7).
    expect(sheets.innovations!.firstRow + sheets.innovations!.rows.length - 1).toBe(7);
    expect(rows.innovationSheet!.rowNumbers).toEqual([5, 7]);
    const result = checkSubmission(rows.input, { framework, today: TODAY, absentFields: rows.absentFields });
    const report = toReport(result, { locate: (f) => rows.locate(f.path) });
    const trial = report.findings.find((f) => f.code === "trial-after-implementation")!;
    expect(trial.location).toEqual({ file: "opd.xlsx", sheet: "Data Inovasi", row: 7, column: "I", cell: "'Data Inovasi'!I7", label: "Tgl Uji Coba" });
  });

  it("reads the same values through the streaming reader used for large files", async () => {
    const dir = await newDir();
    const path = join(dir, "templat.xlsx");
    await writeTemplate(path, framework);
    const example = new URL("../../examples/kota-contoh.xlsx", import.meta.url).pathname;
    for (const file of [path, example]) {
      const full = await readWorkbook(file, { stream: false });
      const streamed = await readWorkbook(file, { stream: true });
      expect(streamed.sheetNames).toEqual(full.sheetNames);
      expect(streamed.innovations).toEqual(full.innovations);
      expect(streamed.region).toEqual(full.region);
    }
  });
});

describe("the streaming reader used for large files", () => {
  it("keeps hyperlink targets of evidence cells and fills merged cells down, like the full reader", async () => {
    const path = join(await newDir(), "tautan-gabung.xlsx");
    await writeSheets(path, [
      { name: "Catatan", rows: [["Lihat tautan", { text: "panduan", hyperlink: "https://example.org/panduan" }]] },
      {
        name: "Inovasi",
        rows: [
          ["DAFTAR INOVASI"],
          ["Perangkat Daerah", "Nama Inovasi", ...PROFILE, "Parameter 16", "Bukti Dukung 16", "Parameter 35", "Bukti Dukung 35"],
          ["Dinas Kesehatan", "A", ...profileValues(), 2, { text: "perkada.pdf", hyperlink: "https://drive.google.com/file/d/1" }, 3, { text: "Video YouTube", hyperlink: "https://youtu.be/abc" }],
          [null, "B", ...profileValues(), 2, { text: "SK", hyperlink: "https://drive.google.com/file/d/2" }, 3, { formula: '"Video"', result: "Video" }],
          ["Dinas Sosial", "C", ...profileValues(), 2, "sk.pdf", 3, "https://youtu.be/xyz"],
        ],
        // A title merged across, an agency merged down over two innovations.
        merges: ["A1:F1", "A3:A4"],
      },
    ]);
    const full = await readWorkbook(path, { stream: false });
    const streamed = await readWorkbook(path, { stream: true });
    expect(streamed).toEqual(full);
    const rows = readWorkbookRows({ ...streamed, fileName: "opd.xlsx" }, framework);
    expect(rows.input.innovations!.map((i) => [i.agency, i.name, i.indicators?.["16"]?.evidence, i.indicators?.["35"]?.evidence])).toEqual([
      ["Dinas Kesehatan", "A", ["perkada.pdf"], ["https://youtu.be/abc"]],
      ["Dinas Kesehatan", "B", ["https://drive.google.com/file/d/2"], "Video"],
      ["Dinas Sosial", "C", "sk.pdf", "https://youtu.be/xyz"],
    ]);
    expect(streamed.sheetNames).toEqual(["Catatan", "Inovasi"]);
  });
});

describe("files that are not readable workbooks", () => {
  const cases: [string, () => Promise<Buffer>, WorkbookReadErrorCode][] = [
    ["a zero-byte file", async () => Buffer.alloc(0), "empty"],
    ["random bytes", async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), "not-xlsx"],
    ["a text file renamed to .xlsx", async () => Buffer.from("Nama Inovasi;Tahapan\nSehat;Penerapan\n"), "not-xlsx"],
    ["an old .xls workbook (OLE header)", async () => ole(false), "xls"],
    ["a password-protected workbook (OLE with an EncryptedPackage stream)", async () => ole(true), "encrypted"],
    ["a truncated download", async () => truncatedXlsx(), "corrupt"],
  ];
  it.each(cases)("%s gives a WorkbookReadError with a clear bilingual message", async (_name, bytes, code) => {
    const path = join(await newDir(), "berkas.xlsx");
    await writeFile(path, await bytes());
    const error = await readWorkbook(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    const readError = error as WorkbookReadError;
    expect(readError.code).toBe(code);
    expect(readError.text("id")).not.toBe(readError.text("en"));
    expect(readError.message).toContain(readError.text("id"));
    expect(readError.message).toContain(readError.text("en"));
    expect(readError.message).not.toMatch(/\n\s+at /);
  });

  it("a file beyond the size limit is refused before it is parsed", async () => {
    const path = join(await newDir(), "besar.xlsx");
    // A sparse file: the size is what counts, no disk space is used.
    await writeFile(path, "");
    await truncate(path, MAX_WORKBOOK_BYTES + 1);
    await expect(readWorkbook(path)).rejects.toMatchObject({ code: "too-large" });
  });
});

/** A minimal Compound File header plus one directory sector naming its streams. */
function ole(encrypted: boolean): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  const names = encrypted ? ["Root Entry", "EncryptionInfo", "EncryptedPackage"] : ["Root Entry", "Workbook", "\u0005SummaryInformation"];
  names.forEach((name, i) => Buffer.from(name, "utf16le").copy(directory, i * 128));
  return Buffer.concat([header, directory]);
}

async function truncatedXlsx(): Promise<Buffer> {
  const path = join(await newDir(), "utuh.xlsx");
  await writeTemplate(path, framework);
  const whole = await readFile(path);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}
