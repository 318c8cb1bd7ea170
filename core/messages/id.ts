// Katalog pesan Bahasa Indonesia (bahasa bawaan). Satu entri per kode temuan atau saran.
import type { FindingParams } from "../findings.ts";
import type { Catalogue, Format } from "./types.ts";

export const id: Catalogue = {
  // Dokumen dan pembacaan nilai
  "document-invalid": { message: () => "Dokumen bukan objek JSON pengajuan IID yang sah.", fix: () => "Gunakan format pengajuan IID Check (lihat docs/submission.md)." },
  "field-type": { message: (p, f) => `Kolom ${f.field(p.field)} harus berisi ${typeName(p.expected)}.` },
  "field-unknown": { message: (p, f) => `Kolom ${f.quote(p.field)} tidak dikenal dan diabaikan.`, fix: () => "Periksa ejaan nama kolom." },
  "enum-normalised": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} dibaca sebagai ${f.quote(p.canonical)}.`, fix: (p, f) => `Tulis sesuai ejaan resmi: ${f.quote(p.canonical)}.` },
  "enum-close-match": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} diduga maksudnya ${f.quote(p.canonical)}.`, why: "Isian yang ejaannya berbeda bisa ditolak portal atau dinilai berbeda.", fix: (p, f) => `Pilih ${f.quote(p.canonical)} dari daftar pilihan.` },
  "enum-unknown": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} bukan pilihan yang berlaku.`, fix: () => "Pilih salah satu isian dari daftar pilihan resmi." },
  "date-invalid": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} bukan tanggal yang dapat dibaca.`, fix: () => "Tulis tanggal sebagai 15/03/2024, 15 Maret 2024 atau 2024-03-15." },
  "date-guess": { message: (p, f) => `${f.field(p.field)}: ${f.quote(p.given)} dibaca sebagai ${f.date(p.read)}${p.reason === "month-day-order" ? " (urutan bulan/hari)" : " (tahun dua angka)"}.`, fix: () => "Pastikan tanggalnya benar dan tulis dengan tahun empat angka, urutan hari/bulan/tahun." },
  "indicator-unknown": { message: (p, f) => `Indikator ${f.quote(p.indicator)} tidak ada dalam kerangka IID.`, fix: () => "Gunakan nomor indikator 1-15 (SPD, mis. 5a) atau 16-35 (SID)." },
  "indicator-wrong-aspect": { message: (p) => `Indikator ${p.indicator} adalah indikator ${p.expected === "spd" ? "pemerintah daerah (SPD)" : "inovasi (SID)"} dan tidak diisi di sini.` },
  "level-invalid": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: parameter ${f.quote(p.given)} tidak dikenali.`, fix: () => "Isi parameter 1, 2 atau 3, atau pilih teks parameter dari daftar." },
  "level-out-of-range": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: parameter ${f.quote(p.given)} di luar 1-3.`, fix: () => "Pilih parameter 1, 2 atau 3." },
  "value-invalid": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: nilai ${f.quote(p.given)} bukan angka.`, fix: () => "Tulis angka saja, mis. 12,5 untuk 12,5%." },
  "number-ambiguous": { message: (p, f) => `Angka ${f.quote(p.given)} dibaca sebagai ${f.number(p.read)} (titik sebagai pemisah ribuan).` },
  "text-too-long": { message: (p, f) => `${f.field(p.field)} terlalu panjang (${f.number(p.length)} karakter); hanya ${f.number(p.kept)} karakter pertama yang diperiksa.` },
  "framework-unknown": { message: (p, f) => `Kerangka ${f.quote(p.given)} tidak dikenal; diperiksa dengan ${p.used}.` },
  // Profil inovasi
  "field-required": { message: (p, f) => `${f.field(p.field)} wajib diisi.`, why: "Portal IID tidak menerima proposal inovasi tanpa isian wajib." },
  "field-recommended": { message: (p, f) => `${f.field(p.field)} sebaiknya diisi.`, why: "Isian ini diminta pada profil inovasi 2026." },
  "design-too-short": {
    message: (p, f) => `Rancang bangun baru ${f.number(p.words)} kata; minimal ${f.number(p.minimum)} kata (kurang ${f.number(p.missing)}).`,
    why: "Inovasi dengan rancang bangun di bawah jumlah kata minimal tidak dinilai, sehingga seluruh skornya hilang.",
    fix: (p, f) => `Tambahkan sedikitnya ${f.number(p.missing)} kata: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan/kebaharuan, dan tahapan inovasi.`,
  },
  "design-parts-missing": {
    message: (p, f) => `Rancang bangun belum memuat bagian yang direkomendasikan: ${f.list(designParts(p.missing))}.`,
    why: "Pedoman 2026 merekomendasikan enam bagian rancang bangun; verifikator memeriksa isinya.",
    fix: () => "Tambahkan subjudul untuk tiap bagian yang belum ada.",
  },
  "trial-after-implementation": { message: (p, f) => `Waktu uji coba (${f.date(p.trialDate)}) sesudah waktu penerapan (${f.date(p.implementationDate)}).`, why: "Uji coba lazimnya mendahului penerapan; verifikator dapat mempertanyakan urutannya.", fix: () => "Periksa kembali kedua tanggal." },
  "implementation-in-future": { message: (p, f) => `Waktu penerapan ${f.date(p.date)} belum terjadi (hari ini ${f.date(p.today)}).`, why: "Inovasi yang belum diterapkan tidak dapat dinilai.", fix: () => "Periksa tanggal penerapan." },
  "trial-in-future": { message: (p, f) => `Waktu uji coba ${f.date(p.date)} belum terjadi (hari ini ${f.date(p.today)}).`, fix: () => "Periksa tanggal uji coba." },
  "implementation-after-window": { message: (p, f) => `Waktu penerapan ${f.date(p.date)} sesudah batas ${f.date(p.to)}; inovasi tidak masuk periode penilaian.`, why: "Penilaian hanya untuk inovasi yang diterapkan paling lambat pada akhir periode penilaian kerangka." },
  "development-date-required": { message: (p, f) => `Diterapkan ${f.date(p.date)}, sebelum ${f.date(p.from)}: isi Waktu Pengembangan antara ${f.date(p.from)} dan ${f.date(p.to)}.`, why: "Inovasi lama hanya dinilai bila dikembangkan/diperbarui dalam periode penilaian.", fix: () => "Isi Waktu Pengembangan dan lampirkan bukti pengembangannya." },
  "development-date-outside-window": { message: (p, f) => `Waktu pengembangan ${f.date(p.date)} di luar periode ${f.date(p.from)} s.d. ${f.date(p.to)}; inovasi tidak dapat dinilai.`, fix: () => "Periksa tanggal pengembangan; harus di dalam periode penilaian." },
  "development-date-irrelevant": { message: (p, f) => `Waktu pengembangan ${f.date(p.date)} di luar periode ${f.date(p.from)} s.d. ${f.date(p.to)} (tidak memengaruhi kelayakan karena penerapan sudah di dalam periode).` },
  "stage-not-scored": { message: (p, f) => `Tahapan ${f.quote(p.stage)}: hanya inovasi tahap ${p.scoredStage} yang dinilai.` },
  "innovation-not-assessed": { message: (p, f) => `Inovasi ${f.quote(p.name ?? "tanpa nama")} tidak dinilai: ${f.list(blockers(p, f))}. Skor klaim ${f.number(p.claimed)} tidak dihitung.`, why: "Hanya inovasi yang lolos syarat (periode, jumlah kata minimal rancang bangun, indikator wajib berbukti) yang masuk skor IID." },
  // Indikator
  "mandatory-indicator-missing": { message: (p, f) => `Indikator wajib ${f.indicator(p.indicator)} belum dipilih parameternya.`, why: "Indikator wajib yang kosong membuat inovasi (atau skor SPD) tidak dinilai.", fix: () => "Pilih parameter dan lampirkan bukti dukung." },
  "mandatory-evidence-missing": { message: (p, f) => `Indikator wajib ${f.indicator(p.indicator)} belum ada bukti dukung; parameter ${p.level} bernilai 0.`, why: "Tanpa bukti dukung skor indikator 0, dan indikator wajib bernilai 0 membuat inovasi tidak dinilai.", fix: () => "Unggah bukti dukung sesuai jenis dokumen yang diminta." },
  "evidence-missing": { message: (p, f) => `Indikator ${f.indicator(p.indicator)} belum ada bukti dukung; ${f.number(p.points)} poin hilang.`, fix: () => "Unggah bukti dukung sesuai jenis dokumen yang diminta." },
  "evidence-type-not-accepted": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: berkas ${f.quote(p.file)} (${String(p.type).toUpperCase()}) tidak diterima; jenis yang diterima: ${f.list(upper(p.accepted))}.`, fix: () => "Ubah berkas ke jenis yang diterima (mis. simpan sebagai PDF)." },
  "evidence-link-not-accepted": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: tautan ${f.quote(p.link)} tidak dapat dipakai sebagai bukti; unggah berkas ${f.list(upper(p.accepted))}.` },
  "evidence-too-large": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: berkas ${f.quote(p.file)} berukuran ${mb(p.sizeBytes)} MB, melebihi batas ${mb(p.limitBytes)} MB.`, fix: () => "Perkecil berkas (kompres PDF atau pisahkan halaman yang relevan)." },
  "evidence-no-file-type": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: bukti ${f.quote(p.name)} bukan nama berkas atau tautan; jenis berkasnya tidak dapat diperiksa.` },
  "video-link-unsupported": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: tautan ${f.quote(p.link)} bukan YouTube atau Google Drive.`, fix: () => "Unggah video MP4 (maks. 5 menit) atau tautan YouTube/Google Drive." },
  "video-missing": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: belum ada video (MP4 atau tautan YouTube/Google Drive).`, fix: () => "Lampirkan video penerapan maks. 5 menit beserta thumbnail berlogo Kemendagri." },
  "kemanfaatan-basis-invalid": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: pilih tepat satu dasar kemanfaatan (${f.list(p.allowed)}); terisi: ${Array.isArray(p.given) && p.given.length ? f.list(p.given) : "kosong"}.`, why: "Kemanfaatan dinilai dengan satu dasar saja (a-f)." },
  "level-contradicts-value": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: nilai ${f.number(p.value)} sesuai parameter ${p.derived}, tetapi dipilih parameter ${p.chosen}.`, fix: (p) => `Periksa nilai atau pilih parameter ${p.derived}.` },
  "level-derived-from-value": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: parameter ${p.level} ditentukan dari nilai ${f.number(p.value)}.` },
  "value-below-lowest-level": { message: (p, f) => `Indikator ${f.indicator(p.indicator)}: nilai ${f.number(p.value)} tidak memenuhi parameter terendah.` },
  "value-not-applicable": { message: (p, f) => `Indikator ${f.indicator(p.indicator)} tidak dinilai dari angka; nilai ${f.number(p.value)} diabaikan.`, fix: () => "Pilih parameter 1, 2 atau 3." },
  // Tingkat daerah
  "duplicate-innovation-name": { message: (p, f) => `Nama inovasi ${f.quote(p.name)} sudah dipakai oleh inovasi ke-${p.first}${p.relatedCell ? ` (${p.relatedCell})` : ""}.`, why: "Judul yang sama untuk beberapa inovasi dapat ditolak saat verifikasi.", fix: () => "Beri nama yang berbeda atau gabungkan isiannya." },
  "yandas-coverage-insufficient": {
    message: (p, f) => `Inovasi yang dinilai baru mencakup ${p.covered} dari 6 urusan wajib pelayanan dasar (minimal ${p.required}); belum: ${f.list(p.missing)}.`,
    why: "Tanpa cakupan urusan pelayanan dasar yang cukup, seluruh Skor Jumlah Inovasi menjadi 0.",
    fix: () => "Tambahkan atau lengkapi inovasi pada urusan yang belum tercakup.",
  },
  "below-divisor-minimum": { message: (p) => `Baru ${p.assessed} inovasi yang dinilai; skor inovasi tetap dibagi ${p.divisor}.`, why: "Jumlah skor inovasi tetap dibagi angka minimum kerangka walaupun inovasi yang dinilai lebih sedikit, sehingga setiap kekurangan menurunkan rata-rata." },
  "region-missing": { message: () => "Data pemerintah daerah (indikator SPD 1-15) tidak ada; skor SPD dihitung 0." },
  "region-name-missing": { message: () => "Nama pemerintah daerah belum diisi." },
  // Buku kerja
  "innovation-sheet-missing": { message: () => "Lembar inovasi tidak ditemukan di buku kerja.", fix: () => "Gunakan lembar \u201cInovasi\u201d dari templat IID Check, atau lembar dengan judul kolom seperti Nama Inovasi, Tahapan, Waktu Penerapan." },
  "header-not-found": { message: (p, f) => `Baris judul kolom tabel inovasi tidak ditemukan di lembar ${f.quote(p.sheet)}.`, fix: () => "Pastikan ada baris judul dengan sedikitnya Nama Inovasi dan dua kolom profil lain dalam 30 baris pertama." },
  "column-required-missing": { message: (p, f) => `Kolom wajib ${f.quote(p.column)} tidak ada.`, why: "Tanpa kolom ini isian wajib tidak dapat diperiksa untuk semua inovasi.", fix: () => "Tambahkan kolom dengan judul tersebut." },
  "column-recommended-missing": { message: (p, f) => `Kolom ${f.quote(p.column)} tidak ada; isian ini sebaiknya ada.`, fix: () => "Tambahkan kolom dengan judul tersebut." },
  "columns-extra": { message: (p, f) => `Kolom yang tidak dipakai pemeriksaan (dibiarkan apa adanya): ${f.list(p.columns)}.` },
  "region-table-not-found": { message: (p, f) => `Tabel indikator SPD tidak ditemukan di lembar ${f.quote(p.sheet)}.`, fix: () => "Gunakan judul kolom No, Indikator, Parameter, Nilai, Bukti Dukung." },
  // Saran
  "attach-evidence": { message: (p, f) => `Lampirkan bukti dukung indikator ${f.indicator(p.indicator)} pada ${f.quote(p.name ?? "inovasi tanpa nama")} (${f.list(upper(p.fileTypes))}).` },
  "attach-region-evidence": { message: (p, f) => `Lampirkan bukti dukung indikator SPD ${f.indicator(p.indicator)}.` },
  "lengthen-design": { message: (p, f) => `Tambah rancang bangun ${f.quote(p.name ?? "inovasi tanpa nama")} sebanyak ${f.number(p.missing)} kata agar dapat dinilai.` },
  "add-development-date": { message: (p, f) => `Isi Waktu Pengembangan ${f.quote(p.name ?? "inovasi tanpa nama")} (antara ${f.date(p.from)} dan ${f.date(p.to)}) beserta buktinya.` },
  "complete-innovation": { message: (p, f) => `Lengkapi ${f.quote(p.name ?? "inovasi tanpa nama")} (${p.steps} perbaikan: bukti indikator wajib, rancang bangun, waktu pengembangan) agar dapat dinilai.` },
  "raise-level": { message: (p, f) => `Naikkan parameter indikator ${f.indicator(p.indicator)} pada ${f.quote(p.name ?? "inovasi tanpa nama")} dari ${p.from} ke ${p.to}; nilainya sudah mendukung.` },
  "cover-yandas": { message: (p, f) => `Tambahkan ${p.needed} inovasi yang dinilai pada urusan pelayanan dasar yang belum tercakup (${f.list(p.affairs)}); dihitung dengan skor rata-rata ${f.number(p.assumedScore)}.` },
  "add-innovations": { message: (p, f) => `Tambahkan ${p.count} inovasi yang dinilai agar mencapai ${p.divisor}; dihitung dengan skor rata-rata ${f.number(p.assumedScore)}.` },
};

function typeName(expected: unknown): string {
  return ({ text: "teks", object: "objek", list: "daftar", number: "angka" } as Record<string, string>)[String(expected)] ?? String(expected);
}
const PARTS: Record<string, string> = { "legal-basis": "dasar hukum", problem: "permasalahan", "strategic-issue": "isu strategis", method: "metode pembaharuan", novelty: "keunggulan dan kebaharuan", stages: "tahapan inovasi" };
const designParts = (keys: unknown) => (Array.isArray(keys) ? keys.map((k) => PARTS[String(k)] ?? String(k)) : []);
const upper = (x: unknown) => (Array.isArray(x) ? x.map((s) => String(s).toUpperCase()) : []);
const mb = (bytes: unknown) => (Number(bytes) / 1048576).toFixed(1).replace(".", ",");
const MANDATORY: Record<string, string> = { level: "belum dipilih parameternya", evidence: "belum ada bukti dukung", basis: "perlu tepat satu dasar kemanfaatan" };
/**
 * Why an innovation is not assessed, one short text per reason (parameters from blockerParams): the
 * innovation-not-assessed message, and through renderBlockers the extension's panel and the HTML report's table.
 */
export function blockers(p: FindingParams, f: Format): string[] {
  return (Array.isArray(p.reasons) ? p.reasons : []).map((r) => {
    const [reason, indicator, missing] = String(r).split(":");
    switch (reason) {
      case "stage": return p.stage === null ? "Tahapan belum dipilih" : `bukan tahap ${p.scoredStage ?? "yang dinilai"}`;
      case "window":
        if (p.windowStatus === "unknown") return "Waktu Penerapan kosong atau tidak terbaca";
        if (p.windowStatus === "needs-development-date") return `diterapkan sebelum ${f.date(p.windowFrom)} tanpa Waktu Pengembangan`;
        if (p.windowStatus === "development-outside-window") return `Waktu Pengembangan di luar periode penilaian (${f.date(p.windowFrom)} s.d. ${f.date(p.windowTo)})`;
        return p.windowTo ? `di luar periode penilaian (diterapkan sesudah ${f.date(p.windowTo)})` : "di luar periode penilaian";
      case "future": return p.futureDate ? `Waktu Penerapan ${f.date(p.futureDate)} belum terjadi` : "Waktu Penerapan belum terjadi";
      case "design": return typeof p.designMinimum === "number" ? `rancang bangun kurang dari ${f.number(p.designMinimum)} kata` : "rancang bangun terlalu pendek";
      case "mandatory": return `indikator wajib ${f.indicator(indicator)} ${MANDATORY[missing ?? ""] ?? "bernilai 0"}`;
      default: return String(r);
    }
  });
}
