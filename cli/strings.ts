// The command-line tool's own words (usage, file errors, report headings that core's uiStrings
// does not have), in Indonesian and English. Finding messages live in core/messages.
import { formatFor, type Lang, type Severity } from "../core/index.ts";

export type Bilingual = Record<Lang, string>;

/** Both languages in one line, the chosen one first: for errors a user must understand. */
export const both = (text: Bilingual, lang: Lang): string => (lang === "en" ? `${text.en} / ${text.id}` : `${text.id} / ${text.en}`);

const strings = {
  id: {
    file: "Berkas",
    innovationsHeading: "Daftar inovasi",
    files: "Berkas",
    location: "Lokasi",
    severityColumn: "Tingkat",
    code: "Kode",
    message: "Pesan",
    errors: "Kesalahan",
    warnings: "Peringatan",
    infos: "Info",
    unreadable: "Tidak terbaca",
    components: "Komponen skor",
    of: "dari",
    nextBand: (label: string, min: string, gap: string) => `${gap} poin lagi menuju ${label} (≥ ${min})`,
    topBand: "Predikat tertinggi sudah tercapai.",
    closingReaches: (steps: readonly number[], iid: string) =>
      steps.length === 1 ? `Langkah ${steps[0]} saja menaikkan IID ke ${iid}.` : `Langkah ${formatFor("id").list(steps)} bersama-sama menaikkan IID ke ${iid}.`,
    closingNone: "Saran yang ada belum cukup untuk mencapai predikat berikutnya.",
    noAdvice: "Tidak ada saran.",
    summary: "Ringkasan",
    overview: "Ikhtisar berkas",
    matrix: "Matriks kelengkapan (inovasi × indikator 16-35)",
    matrixLegend: { evidence: "ada parameter dan bukti dukung", "no-evidence": "ada parameter, tanpa bukti (skor 0)", empty: "kosong", mandatory: "* indikator wajib" },
    matrixCell: { evidence: "ada bukti", "no-evidence": "tanpa bukti", empty: "kosong" },
    bands: "Rentang predikat",
    number: "No",
    agency: "Perangkat daerah",
    words: "Kata rancang bangun",
    reportTitle: "Laporan IID Check",
    generated: (today: string, framework: string) => `Tanggal acuan ${today} · kerangka ${framework}`,
    total: "Jumlah",
    wrote: (path: string) => `Laporan ditulis ke ${path}`,
    noFiles: { id: "Tidak ada berkas .json atau .xlsx yang ditemukan.", en: "No .json or .xlsx files were found." },
    /** The text report's line under a severity cut at TEXT_FINDINGS_CAP. */
    moreFindings: (count: number, severity: Severity) => `… ${count} ${SEVERITY_WORDS.id[severity]} lainnya (lihat --format json atau csv)`,
    /** annotate's one-line result. */
    annotated: (out: string, iid: string, category: string, cells: number, errors: number, warnings: number) =>
      `${out}: Estimasi IID ${iid} (${category}); ${cells} sel ditandai; ${errors} kesalahan, ${warnings} peringatan.`,
  },
  en: {
    file: "File",
    innovationsHeading: "Innovations",
    files: "Files",
    location: "Location",
    severityColumn: "Severity",
    code: "Code",
    message: "Message",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Info",
    unreadable: "Unreadable",
    components: "Score components",
    of: "of",
    nextBand: (label: string, min: string, gap: string) => `${gap} points to ${label} (≥ ${min})`,
    topBand: "The highest category is already reached.",
    closingReaches: (steps: readonly number[], iid: string) =>
      steps.length === 1 ? `Step ${steps[0]} alone raises the IID to ${iid}.` : `Steps ${formatFor("en").list(steps)} together raise the IID to ${iid}.`,
    closingNone: "The listed advice is not enough to reach the next category.",
    noAdvice: "No advice.",
    summary: "Summary",
    overview: "Files overview",
    matrix: "Completeness matrix (innovations × indicators 16-35)",
    matrixLegend: { evidence: "parameter and evidence given", "no-evidence": "parameter without evidence (scores 0)", empty: "empty", mandatory: "* mandatory indicator" },
    matrixCell: { evidence: "evidence", "no-evidence": "no evidence", empty: "empty" },
    bands: "Category bands",
    number: "No",
    agency: "Agency",
    words: "Design words",
    reportTitle: "IID Check report",
    generated: (today: string, framework: string) => `Reference date ${today} · framework ${framework}`,
    total: "Total",
    wrote: (path: string) => `Report written to ${path}`,
    noFiles: { id: "Tidak ada berkas .json atau .xlsx yang ditemukan.", en: "No .json or .xlsx files were found." },
    moreFindings: (count: number, severity: Severity) => `… ${count} more ${count === 1 ? SEVERITY_WORDS.en[severity][0] : SEVERITY_WORDS.en[severity][1]} (see --format json or csv)`,
    annotated: (out: string, iid: string, category: string, cells: number, errors: number, warnings: number) =>
      `${out}: IID estimate ${iid} (${category}); ${cells} ${cells === 1 ? "cell" : "cells"} marked; ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
  },
};

/** Severity words in counts: Indonesian has one form, English a singular and a plural. */
const SEVERITY_WORDS = {
  id: { error: "kesalahan", warning: "peringatan", info: "info" },
  en: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info finding", "info findings"] },
} as const satisfies { id: Record<Severity, string>; en: Record<Severity, readonly [string, string]> };

export type CliStrings = (typeof strings)["id"];
export const cliStrings = (lang: Lang): CliStrings => strings[lang];

/** Scores as the reports show them; the one definition is core's (Ringkasan uses it too). */
export { fixed2 } from "../core/index.ts";

/** Reasons a whole file cannot be checked (exit code 2). */
export const FILE_ERRORS = {
  "file-not-found": { id: "Berkas atau folder tidak ditemukan.", en: "File or folder not found." },
  "file-unreadable": { id: "Berkas tidak dapat dibaca (izin akses atau kesalahan disk).", en: "The file cannot be read (permissions or a disk error)." },
  "file-type-unsupported": { id: "Jenis berkas tidak didukung; gunakan .json atau .xlsx.", en: "Unsupported file type; use .json or .xlsx." },
  "json-empty": { id: "Berkas JSON kosong.", en: "The JSON file is empty." },
  "json-invalid": { id: "Berkas bukan JSON yang sah.", en: "The file is not valid JSON." },
  "json-too-large": { id: "Berkas JSON terlalu besar untuk diperiksa (maksimal 200 MB).", en: "The JSON file is too large to check (200 MB at most)." },
  "check-failed": { id: "Pemeriksaan berkas ini gagal karena kesalahan internal; berkas lain tetap diperiksa.", en: "Checking this file failed with an internal error; other files are still checked." },
  empty: { id: "Berkas kosong (0 byte).", en: "The file is empty (0 bytes)." },
  "not-xlsx": { id: "Berkas ini bukan buku kerja Excel .xlsx.", en: "This file is not an Excel .xlsx workbook." },
  xls: {
    id: "Berkas ini format Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi.",
    en: "This file is an old Excel .xls workbook or is password-protected. Open it in Excel and save it as .xlsx without a password.",
  },
  encrypted: {
    id: "Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandi, lalu simpan ulang sebagai .xlsx.",
    en: "The workbook is password-protected. Open it in Excel, remove the password and save it again as .xlsx.",
  },
  corrupt: {
    id: "Buku kerja rusak atau tidak lengkap (terpotong) dan tidak dapat dibaca. Simpan ulang dari Excel.",
    en: "The workbook is damaged or incomplete (truncated) and cannot be read. Save it again from Excel.",
  },
  "too-large": { id: "Berkas terlalu besar untuk diperiksa.", en: "The file is too large to check." },
} satisfies Record<string, Bilingual>;

export type FileErrorCode = keyof typeof FILE_ERRORS;

export const USAGE = {
  id: `iid-check: memeriksa, menilai, dan memberi saran untuk isian Indeks Inovasi Daerah (IID)

Pemakaian:
  iid-check check BERKAS-ATAU-FOLDER…   periksa berkas .json dan .xlsx (folder ditelusuri)
  iid-check template KELUAR.xlsx        tulis buku kerja templat
  iid-check annotate MASUK.xlsx -o KELUAR.xlsx [--force]
                                        tulis salinan bertanda (sel bermasalah, skor, ringkasan)

Pilihan:
  --format text|json|csv|html   bentuk laporan (bawaan: text)
  -o, --out BERKAS              tulis laporan ke berkas (atomik; tidak pernah menimpa masukan)
  --lang id|en                  bahasa laporan (bawaan: id)
  --framework NAMA|BERKAS       kerangka: iid-2026 (bawaan), iid-2027, atau berkas JSON
  --today YYYY-MM-DD            tanggal acuan (untuk hasil yang dapat diulang)
  --evidence-dir FOLDER         periksa berkas bukti dukung di folder ini (ada, jenis, ukuran)
  --matrix                      dengan --format csv: keluarkan matriks kelengkapan
  --force                       annotate: boleh menimpa KELUAR yang sudah ada
  -h, --help                    bantuan ini
  -V, --version                 versi

Kode keluar: 0 bersih, 1 ada temuan tingkat kesalahan, 2 ada masukan yang tidak terbaca atau pemakaian salah.`,
  en: `iid-check: validates, scores and advises on Regional Innovation Index (IID) submissions

Usage:
  iid-check check FILES-OR-FOLDERS…     check .json and .xlsx files (folders are walked)
  iid-check template OUT.xlsx           write the template workbook
  iid-check annotate IN.xlsx -o OUT.xlsx [--force]
                                        write a marked copy (offending cells, scores, summary)

Options:
  --format text|json|csv|html   report format (default: text)
  -o, --out FILE                write the report to FILE (atomically; never over an input)
  --lang id|en                  report language (default: id)
  --framework NAME|FILE         framework: iid-2026 (default), iid-2027, or a JSON file
  --today YYYY-MM-DD            reference date (for repeatable runs)
  --evidence-dir DIR            check evidence files in DIR (present, type, size)
  --matrix                      with --format csv: emit the completeness matrix
  --force                       annotate: allow overwriting an existing OUT
  -h, --help                    this help
  -V, --version                 version

Exit codes: 0 clean, 1 error-severity findings, 2 an input could not be read or wrong usage.`,
};
