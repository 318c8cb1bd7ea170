// Words of the Excel add-in's task pane and its grid writes, in both languages (Indonesian is
// the default). Shared words (IID, predikat, severities) come from ui.ts.
import type { Lang } from "./types.ts";

/** A number as the pane shows it, grouped and with each language's decimal mark (2.000 / 2,000; 47,37 / 47.37), as Excel shows numbers. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 2 }).format(n);
}
const idCount = (n: number) => formatNumber(n, "id");
const enCount = (n: number) => formatNumber(n, "en");

const list = (items: readonly string[], and: string) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

const ui = {
  id: {
    appTitle: "IID Check",
    check: "Periksa",
    recheck: "Periksa ulang",
    clearMarks: "Hapus tanda",
    installDropdowns: "Pasang daftar pilihan",
    insertTemplate: "Sisipkan templat",
    liveMode: "Periksa otomatis saat mengedit",
    language: "Bahasa",
    sheetPicker: "Lembar inovasi",
    working: "Sedang bekerja…",
    notChecked: "Belum diperiksa. Klik Periksa untuk memeriksa lembar inovasi.",
    summary: "Ringkasan",
    topPredikat: "Sudah di predikat tertinggi.",
    toNext: (gap: string, label: string) => `${gap} poin lagi menuju ${label}`,
    adviceEmpty: "Tidak ada saran: semua yang dapat menambah poin sudah terpenuhi.",
    whyFix: "Mengapa dan cara memperbaiki",
    selectHint: "Klik temuan untuk memilih selnya.",
    noLocation: "Buku kerja",
    noSheet: "Tidak ada lembar dengan judul kolom inovasi yang dikenali (misalnya Nama Inovasi, Tahapan Inovasi, Waktu Penerapan). Sisipkan templat atau perbaiki judul kolom.",
    protectedSheets: (sheets: readonly string[]) => `Lembar ${list(sheets.map((s) => `“${s}”`), "dan")} diproteksi, jadi tidak ada yang ditulis. Hasil pemeriksaan tetap ditampilkan di panel. Buka proteksi (Tinjau > Buka Proteksi Lembar) lalu coba lagi.`,
    marksWritten: (cells: number) => `${idCount(cells)} sel ditandai.`,
    marksCapped: (cells: number, limit: number) => `${idCount(cells)} sel lain yang bertemuan tidak ditandai (paling banyak ${idCount(limit)} sel ditandai); semua temuan tetap ada di daftar panel.`,
    marksCleared: (cells: number, notes: number) => `Tanda dihapus: ${idCount(cells)} sel dikembalikan ke warna semula, ${idCount(notes)} catatan IID Check dihapus.`,
    dropdownsInstalled: (columns: number) => `Daftar pilihan dipasang pada ${idCount(columns)} kolom.`,
    toolbar: "Tindakan",
    templateInserted: (added: readonly string[], skipped: readonly string[]) =>
      `${added.length ? `Lembar ditambahkan: ${list(added, "dan")}.` : "Tidak ada lembar baru."}${skipped.length ? ` Sudah ada (tidak diubah): ${list(skipped, "dan")}.` : ""}`,
    notesUnavailable: "Catatan sel perlu Excel yang mendukung ExcelApi 1.18; tanda warna dan daftar temuan di panel tetap berfungsi.",
    truncated: (rows: number) => `Hanya ${idCount(rows)} baris pertama yang diperiksa.`,
    officeMissing: "Buka panel ini dari Excel: Beranda > Periksa Inovasi > Panel IID Check.",
    failed: (message: string) => `Terjadi kesalahan: ${message}`,
    cellMoved: "Baris inovasi ini tidak ditemukan lagi; periksa ulang.",
    liveOn: "Pemeriksaan otomatis aktif.",
    moreInGroup: (count: number) => `${idCount(count)} temuan lagi tidak ditampilkan di sini.`,
  },
  en: {
    appTitle: "IID Check",
    check: "Check",
    recheck: "Check again",
    clearMarks: "Clear marks",
    installDropdowns: "Add drop-down lists",
    insertTemplate: "Insert template",
    liveMode: "Check automatically while editing",
    language: "Language",
    sheetPicker: "Innovation sheet",
    working: "Working…",
    notChecked: "Not checked yet. Click Check to check the innovation sheet.",
    summary: "Summary",
    topPredikat: "Already in the top category.",
    toNext: (gap: string, label: string) => `${gap} more points to ${label}`,
    adviceEmpty: "No advice: everything that could add points is in place.",
    whyFix: "Why and how to fix",
    selectHint: "Click a finding to select its cell.",
    noLocation: "Workbook",
    noSheet: "No sheet has a recognisable innovation header (e.g. Nama Inovasi, Tahapan Inovasi, Waktu Penerapan). Insert the template or fix the column headers.",
    protectedSheets: (sheets: readonly string[]) =>
      `${sheets.length === 1 ? "Sheet" : "Sheets"} ${list(sheets.map((s) => `“${s}”`), "and")} ${sheets.length === 1 ? "is" : "are"} protected, so nothing was written. The results are still shown in the pane. Unprotect ${sheets.length === 1 ? "it" : "them"} (Review > Unprotect Sheet) and try again.`,
    marksWritten: (cells: number) => `${enCount(cells)} ${cells === 1 ? "cell" : "cells"} marked.`,
    marksCapped: (cells: number, limit: number) =>
      `${enCount(cells)} more ${cells === 1 ? "cell" : "cells"} with findings ${cells === 1 ? "was" : "were"} not marked (at most ${enCount(limit)} cells are marked); the list in the pane has every finding.`,
    marksCleared: (cells: number, notes: number) =>
      `Marks cleared: ${enCount(cells)} ${cells === 1 ? "cell got its" : "cells got their"} own fill back, ${enCount(notes)} IID Check ${notes === 1 ? "note" : "notes"} removed.`,
    dropdownsInstalled: (columns: number) => `Drop-down lists added to ${columns} ${columns === 1 ? "column" : "columns"}.`,
    toolbar: "Actions",
    templateInserted: (added: readonly string[], skipped: readonly string[]) =>
      `${added.length ? `Sheets added: ${list(added, "and")}.` : "No new sheets."}${skipped.length ? ` Already present (left unchanged): ${list(skipped, "and")}.` : ""}`,
    notesUnavailable: "Cell notes need an Excel that supports ExcelApi 1.18; fills and the findings list in the pane still work.",
    truncated: (rows: number) => `Only the first ${enCount(rows)} rows were checked.`,
    // The ribbon group is "Check Innovations" in en-US Excel and "Periksa Inovasi" elsewhere (manifest.xml).
    officeMissing: "Open this pane from Excel: Home > Check Innovations (Periksa Inovasi) > IID Check pane.",
    failed: (message: string) => `Something went wrong: ${message}`,
    cellMoved: "This innovation's row is no longer there; check again.",
    liveOn: "Automatic checking is on.",
    moreInGroup: (count: number) => `${enCount(count)} more ${count === 1 ? "finding is" : "findings are"} not listed here.`,
  },
} as const;

export type UiAddinStrings = { [K in keyof (typeof ui)["id"]]: (typeof ui)["id"][K] extends (...args: infer A) => string ? (...args: A) => string : string };
export const uiAddin = (lang: Lang): UiAddinStrings => ui[lang] as UiAddinStrings;
