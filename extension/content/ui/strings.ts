// Words of the in-page panel, Indonesian first. Findings' own messages come from the core catalogue.
import type { Lang } from "../../../core/messages/types.ts";

const id = {
  panelTitle: "IID Check",
  open: "Buka panel IID Check",
  close: "Tutup panel",
  score: "Perkiraan skor",
  claimed: "Skor klaim (tanpa memeriksa bukti)",
  of: "dari",
  assessed: "Inovasi dapat dinilai.",
  notAssessed: "Belum dapat dinilai:",
  noFindings: "Tidak ada temuan. Formulir siap dikirim.",
  error: "kesalahan",
  errors: "kesalahan",
  warning: "peringatan",
  warnings: "peringatan",
  infos: "info",
  words: "kata",
  stoppedWarn: "Pengiriman dihentikan: masih ada kesalahan. Perbaiki dulu, atau kirim lagi bila memang sudah benar.",
  stoppedBlock: "Pengiriman diblokir sampai semua kesalahan diperbaiki.",
  sendAnyway: "Tetap kirim",
  fixFirst: "Perbaiki dulu",
  notOnPage: "Tidak ada di halaman ini",
  draftFound: "Draf tersimpan di perangkat ini",
  draftRestore: "Pulihkan",
  draftClear: "Hapus draf",
  draftCleared: "Draf dihapus.",
  jump: "Ke isian",
  otherStep: "Isian ini ada di langkah lain formulir.",
};

export type PanelStrings = typeof id;

const en: PanelStrings = {
  panelTitle: "IID Check",
  open: "Open the IID Check panel",
  close: "Close the panel",
  score: "Estimated score",
  claimed: "Claimed score (evidence not checked)",
  of: "of",
  assessed: "The innovation can be assessed.",
  notAssessed: "Not assessable yet:",
  noFindings: "No findings. The form is ready to send.",
  error: "error",
  errors: "errors",
  warning: "warning",
  warnings: "warnings",
  infos: "info",
  words: "words",
  stoppedWarn: "Sending stopped: there are still errors. Fix them first, or send again if it is really right.",
  stoppedBlock: "Sending is blocked until every error is fixed.",
  sendAnyway: "Send anyway",
  fixFirst: "Fix first",
  notOnPage: "Not on this page",
  draftFound: "Draft kept on this device",
  draftRestore: "Restore",
  draftClear: "Delete draft",
  draftCleared: "Draft deleted.",
  jump: "Go to field",
  otherStep: "This field is on another step of the form.",
};

export const panelStrings = (lang: Lang): PanelStrings => (lang === "en" ? en : id);
