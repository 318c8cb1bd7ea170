// What a column header or a form label means, in Indonesian or English, however it is spelled.
// Shared by the workbook reader (headers), the Excel add-in and the browser extension (labels).
import type { Framework } from "../framework/compile.ts";
import type { ProfileFieldKey } from "../framework/schema.ts";
import { compactKey, tidy } from "../text/normalise.ts";

export type IndicatorPart = "level" | "evidence" | "basis" | "value";

export type LabelTarget =
  | { kind: "profile"; key: ProfileFieldKey }
  | { kind: "indicator"; key: string; part: IndicatorPart }
  | { kind: "region-name" };

/** Synonyms per profile field, beyond the official label the framework carries. */
export const PROFILE_SYNONYMS: Record<ProfileFieldKey, readonly string[]> = {
  name: ["Nama Inovasi", "Judul Inovasi", "Nama Inovasi Daerah", "Judul", "Innovation name", "Innovation title", "Innovation"],
  agency: ["Perangkat Daerah", "OPD", "Nama OPD", "Nama Perangkat Daerah", "Dinas", "Instansi", "Unit Kerja", "SKPD", "Dibuat oleh", "Agency", "Department"],
  stage: ["Tahapan Inovasi", "Tahapan", "Tahap", "Tahap Inovasi", "Stage"],
  initiator: ["Inisiator Inovasi Daerah", "Inisiator", "Inisiator Inovasi", "Initiator"],
  initiatorName: ["Nama Inisiator", "Nama Tim Inisiator", "Initiator name"],
  classification: ["Klasifikasi", "Klasifikasi Inovasi", "Classification"],
  type: ["Jenis Inovasi", "Jenis", "Jenis Inovasi Daerah", "Type", "Innovation type"],
  form: ["Bentuk Inovasi Daerah", "Bentuk Inovasi", "Bentuk", "Form", "Innovation form"],
  mainAffair: ["Urusan Pemerintahan Utama", "Urusan Utama", "Urusan Pemerintahan", "Urusan Inovasi Daerah", "Urusan", "Main affair", "Government affair", "Main government affair"],
  otherAffairs: ["Urusan Pemerintahan Lain yang Beririsan", "Urusan Lain", "Urusan Lainnya", "Urusan Pemerintahan Lain", "Urusan Beririsan", "Other affairs", "Other related affairs"],
  trialDate: ["Waktu Uji Coba Inovasi Daerah", "Waktu Uji Coba", "Waktu Ujicoba", "Tgl Uji Coba", "Tanggal Uji Coba", "Tgl Ujicoba", "Trial date"],
  implementationDate: ["Waktu Penerapan Inovasi Daerah", "Waktu Penerapan", "Tgl Penerapan", "Tanggal Penerapan", "Waktu Implementasi", "Tanggal Implementasi", "Tgl Implementasi", "Implementation date"],
  developmentDate: ["Waktu Pengembangan", "Tgl Pengembangan", "Tanggal Pengembangan", "Waktu Pengembangan Inovasi", "Development date"],
  design: ["Rancang Bangun", "Rancang Bangun dan Pokok Perubahan yang Dilakukan", "Rancang Bangun Inovasi", "Rancang Bangun (Minimal 300 kata)", "Design", "Innovation design"],
  goal: ["Tujuan Inovasi Daerah", "Tujuan Inovasi", "Tujuan", "Goal", "Goals", "Objective", "Objectives"],
  benefit: ["Manfaat yang Diperoleh", "Manfaat Inovasi", "Manfaat", "Benefit", "Benefits"],
  result: ["Hasil Inovasi", "Hasil Inovasi Daerah", "Hasil", "Result", "Results"],
};

const REGION_NAME = ["Nama Pemda", "Nama Pemerintah Daerah", "Pemerintah Daerah", "Pemda", "Nama Daerah", "Region", "Region name"];

/** Headers that carry no data of ours and are never reported as unknown. */
const IGNORED = ["No", "No.", "Nomor", "No Urut", "#", "Number"];

const PART_WORDS: [IndicatorPart, RegExp][] = [
  ["evidence", /\b(bukti|dukung|evidence|dokumen|berkas|file|lampiran|tautan|link|video)\b/],
  ["basis", /\b(dasar|basis)\b/],
  ["value", /\b(nilai|value|angka|capaian angka|raw)\b/],
  ["level", /\b(parameter|param|pilihan|opsi|level|skor|kriteria)\b/],
];

const MAX_LABEL_LENGTH = 200;

type Entry = { key: string; target: LabelTarget };

/** Recognises labels against one framework (indicator names differ by year). */
export class LabelRecogniser {
  private readonly exact = new Map<string, LabelTarget>();
  private readonly prefixes: Entry[] = [];
  private readonly indicatorNames: { key: string; name: string }[] = [];
  /** Indicator names as lower-case text, removed before looking for part words ("Video inovasi daerah" is not evidence). */
  private readonly indicatorNameTexts: string[] = [];
  private readonly ignored = new Set(IGNORED.map(compactKey));

  constructor(private readonly framework: Framework) {
    for (const field of framework.profile.fields) {
      for (const label of [field.label.id, field.label.en, ...PROFILE_SYNONYMS[field.key]]) this.add(label, { kind: "profile", key: field.key });
    }
    for (const label of REGION_NAME) this.add(label, { kind: "region-name" });
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
    for (const indicator of framework.indicators) {
      for (const name of [indicator.name.id, indicator.name.en]) this.indicatorNames.push({ key: indicator.key, name: compactKey(name) });
    }
    this.indicatorNames.sort((a, b) => b.name.length - a.name.length);
    this.indicatorNameTexts = framework.indicators.flatMap((i) => [i.name.id, i.name.en].map((n) => tidy(n).toLowerCase())).sort((a, b) => b.length - a.length);
  }

  private add(label: string, target: LabelTarget): void {
    const key = compactKey(label);
    if (!key || this.exact.has(key)) return;
    this.exact.set(key, target);
    if (key.length >= 5) this.prefixes.push({ key, target });
  }

  /** True for headers such as "No" that are expected and carry nothing to check. */
  isIgnored(label: string): boolean {
    return this.ignored.has(compactKey(label));
  }

  recognise(label: unknown): LabelTarget | undefined {
    if (typeof label !== "string" && typeof label !== "number") return undefined;
    // Headers and labels are short; long cell text (a design) is never one, and scanning it is costly.
    if (typeof label === "string" && label.length > MAX_LABEL_LENGTH) return undefined;
    const text = tidy(String(label)).toLowerCase();
    const key = compactKey(text);
    if (!key) return undefined;
    const exact = this.exact.get(key);
    if (exact) return exact;
    const indicator = this.recogniseIndicator(text, key);
    if (indicator) return indicator;
    return this.prefixes.find((p) => key.startsWith(p.key))?.target;
  }

  private recogniseIndicator(text: string, key: string): LabelTarget | undefined {
    const partText = this.indicatorNameTexts.reduce((t, name) => t.replace(name, " "), text);
    const part = PART_WORDS.find(([, re]) => re.test(partText))?.[0] ?? "level";
    // "16", "Indikator 16", "P16", "Bukti Dukung 16", "16. Regulasi ...", "5a", "No. 5 a"
    const m = /(?:^|[^\p{L}\p{N}])(?:indikator|indicator|ind|parameter|param|p|no|nomor|bukti dukung|bukti|evidence|dasar|basis|nilai|value)?\s*[.:#-]?\s*(\d{1,2})\s*([a-z])?(?![\p{L}\p{N}])/u.exec(` ${text}`);
    if (m) {
      const candidate = `${m[1]}${m[2] ?? ""}`;
      if (this.framework.indicatorByKey.has(candidate)) return { kind: "indicator", key: candidate, part };
      if (this.framework.indicatorByKey.has(m[1]!)) return { kind: "indicator", key: m[1]!, part };
    }
    const named = this.indicatorNames.find((n) => n.name.length >= 6 && key.includes(n.name));
    return named ? { kind: "indicator", key: named.key, part } : undefined;
  }
}

const cache = new WeakMap<Framework, LabelRecogniser>();
export function labelRecogniser(framework: Framework): LabelRecogniser {
  let recogniser = cache.get(framework);
  if (!recogniser) cache.set(framework, (recogniser = new LabelRecogniser(framework)));
  return recogniser;
}
