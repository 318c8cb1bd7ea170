// The shared, pure workbook reading: header recognition and rows -> submission, as both the
// CLI (exceljs) and the Excel add-in (Office.js) use it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellScalar, checkSubmission, getFramework, innovationColumns, isBlank, labelRecogniser, readWorkbookRows, recogniseInnovationHeader, type CellValue } from "../../core/index.ts";
import { design, TODAY } from "./builders.ts";

const fw = getFramework();

describe("recognising column headers", () => {
  const r = labelRecogniser(fw);
  it.each([
    ["Judul Inovasi", { kind: "profile", key: "name" }],
    ["NAMA INOVASI *", { kind: "profile", key: "name" }],
    ["Tahap", { kind: "profile", key: "stage" }],
    ["Tgl Penerapan", { kind: "profile", key: "implementationDate" }],
    ["Waktu Implementasi", { kind: "profile", key: "implementationDate" }],
    ["Rancang Bangun (Minimal 300 kata)", { kind: "profile", key: "design" }],
    ["Urusan Pemerintahan Lain yang Beririsan", { kind: "profile", key: "otherAffairs" }],
    ["Implementation date", { kind: "profile", key: "implementationDate" }],
    ["Bukti Dukung 16", { kind: "indicator", key: "16", part: "evidence" }],
    ["Indikator 17", { kind: "indicator", key: "17", part: "level" }],
    ["P32", { kind: "indicator", key: "32", part: "level" }],
    ["33 · Kemanfaatan inovasi (Dasar a-f)", { kind: "indicator", key: "33", part: "basis" }],
    ["Replikasi (parameter)", { kind: "indicator", key: "31", part: "level" }],
    ["Bukti Video inovasi daerah", { kind: "indicator", key: "35", part: "evidence" }],
    ["Nilai 5 a", { kind: "indicator", key: "5a", part: "value" }],
  ])("%s", (label, target) => {
    expect(r.recognise(label)).toEqual(target);
  });

  it("recognises every header of the standard template", () => {
    for (const column of innovationColumns(fw)) expect(r.recognise(column.header), column.header).toEqual(column.target);
  });

  it("does not recognise unrelated headers", () => {
    for (const label of ["Keterangan", "Catatan verifikator", "", "Kolom1"]) expect(r.recognise(label)).toBeUndefined();
  });
});

const HEADER = ["No", "Judul Inovasi", "Tahap", "Inisiator", "Nama Inisiator", "Jenis", "Bentuk", "Urusan Utama", "Tgl Uji Coba", "Tgl Penerapan", "Rancang Bangun", "Tujuan", "Manfaat", "Hasil", "Catatan", "Parameter 16", "Bukti Dukung 16"];

function sheet(rows: CellValue[][], firstRow = 1) {
  return { sheet: "Data Inovasi", rows, firstRow };
}

describe("reading innovation rows people actually have", () => {
  const row = (name: string): CellValue[] => [1, name, "Penerapan", "OPD", "Tim", "Digital", "Inovasi Pelayanan Publik", "Kesehatan", 45323, "15/03/2024", design(320), "t", "m", "h", "catatan bebas", "2 - Peraturan Kepala Daerah", { text: "perkada.pdf", hyperlink: "https://drive.google.com/x" }];

  it("finds the header below title rows, skips blank rows, and keeps row numbers", () => {
    const rows: CellValue[][] = [["REKAP INOVASI KOTA CONTOH 2026"], [], HEADER, row("Sehat Bersama"), [], [null, "  "], row("Sekolah Pintar")];
    const read = readWorkbookRows({ innovations: sheet(rows, 3), fileName: "opd.xlsx" }, fw);
    expect(read.innovationSheet!.headerRowNumber).toBe(5);
    expect(read.innovationSheet!.rowNumbers).toEqual([6, 9]);
    expect(read.input.innovations!.map((i) => i.name)).toEqual(["Sehat Bersama", "Sekolah Pintar"]);
    expect(read.input.innovations![0]!.indicators!["16"]).toEqual({ level: "2 - Peraturan Kepala Daerah", evidence: ["perkada.pdf"] });
  });

  it("reports extra columns once as info, and a missing required column once as an error naming it", () => {
    const header = HEADER.filter((h) => h !== "Tujuan");
    const read = readWorkbookRows({ innovations: sheet([header, row("A").filter((_, i) => HEADER[i] !== "Tujuan")]) }, fw);
    const extra = read.findings.filter((f) => f.code === "columns-extra");
    expect(extra).toHaveLength(1);
    expect(extra[0]!.params.columns).toEqual(["N: Catatan"]);
    const missing = read.findings.find((f) => f.code === "column-required-missing")!;
    expect(missing.params.column).toBe("Tujuan Inovasi Daerah");
    expect(read.absentFields).toContain("goal");
    // Klasifikasi is expected (warning) and has no column: one finding for the column, none per row.
    expect(read.findings.find((f) => f.code === "column-recommended-missing")?.params.field).toBe("classification");
    const result = checkSubmission(read.input, { today: TODAY, absentFields: read.absentFields, advice: false });
    expect(result.findings.filter((f) => f.code === "field-recommended")).toEqual([]);
  });

  it("locates every finding by sheet, 1-based row, column letter and A1 reference", () => {
    const rows: CellValue[][] = [["Judul"], HEADER, row("Sehat Bersama"), row("Cepat")];
    rows[3]![10] = design(280);
    const read = readWorkbookRows({ innovations: sheet(rows, 1) }, fw);
    const result = checkSubmission(read.input, { today: TODAY, absentFields: read.absentFields, advice: false });
    const short = result.findings.find((f) => f.code === "design-too-short")!;
    expect(read.locate(short.path)).toMatchObject({ sheet: "Data Inovasi", row: 4, column: "K", cell: "'Data Inovasi'!K4" });
    const evidence = read.locate(["innovations", 0, "indicators", "16", "evidence", 0]);
    expect(evidence).toMatchObject({ row: 3, column: "Q" });
  });

  it("reads a two-row header with a merged 'Indikator 16' group over Parameter | Bukti", () => {
    const top: CellValue[] = [...HEADER.slice(0, 15).map(() => null), "Indikator 16", null];
    const bottom: CellValue[] = [...HEADER.slice(0, 15), "Parameter", "Bukti Dukung"];
    const header = recogniseInnovationHeader([top, bottom], fw)!;
    expect(header.columns.filter((c) => c.target.kind === "indicator").map((c) => c.target)).toEqual([
      { kind: "indicator", key: "16", part: "level" },
      { kind: "indicator", key: "16", part: "evidence" },
    ]);
  });

  it("gives a clear finding when no header can be found", () => {
    const read = readWorkbookRows({ innovations: sheet([["a", "b"], [1, 2]]) }, fw);
    expect(read.findings.map((f) => f.code)).toEqual(["header-not-found"]);
    expect(readWorkbookRows({}, fw).findings.map((f) => f.code)).toEqual(["innovation-sheet-missing"]);
  });

  it("reads the Pemda sheet's SPD rows and region name, and locates their findings", () => {
    const region = {
      sheet: "Pemda",
      firstRow: 1,
      rows: [["Pemda"], ["Nama Pemda", "Kota Contoh"], [], ["No", "Indikator", "Parameter", "Nilai", "Bukti Dukung"], ["1", "Visi dan Misi", 3, null, "visi.pdf"], ["5a", "TPT", null, "0,2", "bps.pdf"], ["5b", "TPT", null, null, null]] as CellValue[][],
    };
    const read = readWorkbookRows({ innovations: sheet([HEADER, row("X")]), region }, fw);
    expect(read.input.region).toEqual({ name: "Kota Contoh", indicators: { "1": { level: 3, evidence: "visi.pdf" }, "5a": { value: "0,2", evidence: "bps.pdf" } } });
    expect(read.locate(["region", "indicators", "5b", "level"])).toMatchObject({ sheet: "Pemda", row: 7, column: "C" });
    expect(read.locate(["region", "name"])).toMatchObject({ cell: "Pemda!B2" });
    const noTable = readWorkbookRows({ innovations: sheet([HEADER]), region: { sheet: "Pemda", firstRow: 1, rows: [["apa saja"]] } }, fw);
    expect(noTable.findings.map((f) => f.code)).toContain("region-table-not-found");
  });
});

describe("cell values", () => {
  // rowToInnovation reads each cell once, through cellScalar, and skips it when that is null.
  it("cellScalar is null exactly for the cells isBlank calls blank", () => {
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("", " ", "\t\n", "\u00a0", "\u2003", "\ufeff", "\u1680", "\u180e", "-", "x", " x "));
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      text,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
      fc.constant(undefined),
      fc.record({ text, hyperlink: text }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(cell, (value) => {
        expect(cellScalar(value) === null).toBe(isBlank(value));
      }),
      { numRuns: 5000 },
    );
  });
});
