// The IID portal (indeks.inovasi.bskdn / litbang.kemendagri.go.id). Field names follow the portal's
// innovation table as published in its clones (S5 "IID 2023" SQL dump: nama_inovasi, tahapan_inovasi,
// rancang_bangun ...; S4 SIAGAS). Reported, not confirmed against the live portal: the label
// heuristics still cover any field these selectors miss.
import { defineProfile } from "./define.ts";

const HOSTS = ["indeks.inovasi.bskdn.kemendagri.go.id", "indeks.inovasi.litbang.kemendagri.go.id"];

const named = (...names: string[]): string => names.map((n) => `[name="${n}"]`).join(", ");

export default defineProfile({
  description: "Portal IID Kemendagri (BSKDN, formerly Litbang); names from the portal's published clones",
  matches: (url) => HOSTS.includes(url.hostname) || url.pathname.endsWith("/portal-form.html"),
  fields: {
    name: named("nama_inovasi"),
    stage: named("tahapan_inovasi", "tahapan"),
    initiator: named("inisiator_inovasi", "inisiator"),
    initiatorName: named("nama_inisiator"),
    classification: named("klasifikasi"),
    type: named("jenis_inovasi", "jenis"),
    form: named("bentuk_inovasi", "bentuk"),
    mainAffair: named("urusan_utama", "urusan_pemerintahan"),
    otherAffairs: named("urusan_lain", "urusan_lain[]"),
    trialDate: named("waktu_uji_coba"),
    implementationDate: named("waktu_penerapan"),
    developmentDate: named("waktu_pengembangan"),
    design: named("rancang_bangun"),
    goal: named("tujuan", "tujuan_inovasi"),
    benefit: named("manfaat", "manfaat_inovasi"),
    result: named("hasil_inovasi", "hasil"),
  },
  indicators: {
    level: named("indikator[{key}][parameter]", "parameter_{key}"),
    evidence: named("indikator[{key}][bukti]", "bukti_{key}", "indikator[{key}][tautan]"),
    basis: named("indikator[{key}][dasar]", "dasar_{key}"),
  },
});
