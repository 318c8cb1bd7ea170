// Indonesian messages for findings the command-line tool adds (evidence looked up in a folder).
// Merged into the catalogue by render.ts.
import type { Catalogue } from "./types.ts";

export const cliId: Catalogue = {
  "evidence-file-not-found": {
    message: (p, f) => `Indikator ${f.indicator(p.indicator)}: berkas bukti dukung ${f.quote(p.file)} tidak ada di folder ${f.quote(p.dir)}.`,
    why: "Berkas yang tidak ada tidak dapat diunggah, sehingga parameter indikator ini bernilai 0 di portal.",
    fix: () => "Simpan berkasnya ke folder bukti dukung, atau perbaiki nama berkas di isian.",
  },
  "evidence-file-empty": {
    message: (p, f) => `Indikator ${f.indicator(p.indicator)}: berkas bukti dukung ${f.quote(p.file)} kosong (0 byte).`,
    fix: () => "Simpan ulang dokumen aslinya; berkas kosong ditolak saat verifikasi.",
  },
  "evidence-file-content-mismatch": {
    message: (p, f) => `Indikator ${f.indicator(p.indicator)}: berkas ${f.quote(p.file)} bernama .${String(p.type ?? "")} tetapi isinya ${p.actual ? String(p.actual).toUpperCase() : "tidak dikenal"}.`,
    why: "Portal memeriksa jenis berkas; berkas yang hanya diganti namanya dapat ditolak atau tidak terbuka bagi verifikator.",
    fix: (p) => `Ekspor atau simpan ulang dokumen sebagai ${String(p.type ?? "").toUpperCase()} yang sebenarnya.`,
  },
};
