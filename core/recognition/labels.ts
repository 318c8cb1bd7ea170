// What a column header or a form label means, in Indonesian or English, however it is spelled.
// Shared by the workbook reader (headers), the Excel add-in and the browser extension (labels).
import type { Framework } from "../framework/compile.ts";
import type { ProfileFieldKey } from "../framework/schema.ts";
import { compactKey, escapeRegExp, tidy } from "../text/normalise.ts";

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

export const REGION_NAME_LABELS = ["Nama Pemda", "Nama Pemerintah Daerah", "Pemerintah Daerah", "Pemda", "Nama Daerah", "Region", "Region name"];

/** Headers that carry no data of ours and are never reported as unknown. */
export const IGNORED_LABELS = ["No", "No.", "Nomor", "No Urut", "#", "Number"];

export const PART_WORDS: readonly [IndicatorPart, RegExp][] = [
  ["evidence", /\b(bukti|dukung|evidence|dokumen|berkas|file|lampiran|tautan|link|video)\b/],
  ["basis", /\b(dasar|basis)\b/],
  ["value", /\b(nilai|value|angka|capaian angka|raw)\b/],
  ["level", /\b(parameter|param|pilihan|opsi|level|skor|kriteria)\b/],
];

const MAX_LABEL_LENGTH = 200;

/** A pattern that matches text containing any of the strings (as includes() would find them); never, for none. */
const anyOf = (strings: readonly string[]): RegExp => (strings.length ? new RegExp(strings.map(escapeRegExp).join("|")) : /(?!)/);

const isAsciiAlphanumeric = (code: number) => (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

type Entry = { key: string; target: LabelTarget };

/** Recognises labels against one framework (indicator names differ by year). */
export class LabelRecogniser {
  private readonly exact = new Map<string, LabelTarget>();
  private readonly prefixes: Entry[] = [];
  /** The prefixes (all 5+ characters) by their first five: a key can only start with those sharing its own. */
  private readonly prefixesByHead = new Map<string, Entry[]>();
  /** Compact indicator names of 6+ characters, longest first (shorter ones are too loose to look for inside a label). */
  private readonly indicatorNames: { key: string; name: string }[] = [];
  /** Matches a key that contains any of indicatorNames: one scan rules out most texts before the names are tried one by one. */
  private readonly anyIndicatorName: RegExp;
  /** Indicator names as lower-case text, removed before looking for part words ("Video inovasi daerah" is not evidence). */
  private readonly indicatorNameTexts: string[] = [];
  /** Matches a text that contains any of indicatorNameTexts; without one, taking them out changes nothing. */
  private readonly anyIndicatorNameText: RegExp;
  private readonly ignored = new Set(IGNORED_LABELS.map(compactKey));
  private readonly longestIgnored = Math.max(...[...this.ignored].map((k) => k.length));

  constructor(private readonly framework: Framework) {
    for (const field of framework.profile.fields) {
      for (const label of [field.label.id, field.label.en, ...PROFILE_SYNONYMS[field.key]]) this.add(label, { kind: "profile", key: field.key });
    }
    for (const label of REGION_NAME_LABELS) this.add(label, { kind: "region-name" });
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
    for (const entry of this.prefixes) {
      const head = entry.key.slice(0, 5);
      const list = this.prefixesByHead.get(head);
      if (list) list.push(entry);
      else this.prefixesByHead.set(head, [entry]);
    }
    for (const indicator of framework.indicators) {
      for (const name of [indicator.name.id, indicator.name.en]) {
        const compact = compactKey(name);
        if (compact.length >= 6) this.indicatorNames.push({ key: indicator.key, name: compact });
      }
    }
    this.indicatorNames.sort((a, b) => b.name.length - a.name.length);
    this.anyIndicatorName = anyOf(this.indicatorNames.map((n) => n.name));
    this.indicatorNameTexts = framework.indicators.flatMap((i) => [i.name.id, i.name.en].map((n) => tidy(n).toLowerCase())).sort((a, b) => b.length - a.length);
    this.anyIndicatorNameText = anyOf(this.indicatorNameTexts);
  }

  private add(label: string, target: LabelTarget): void {
    const key = compactKey(label);
    if (!key || this.exact.has(key)) return;
    this.exact.set(key, target);
    if (key.length >= 5) this.prefixes.push({ key, target });
  }

  /** True for headers such as "No" that are expected and carry nothing to check. */
  isIgnored(label: string): boolean {
    // ASCII letters and digits all survive into the key: more of them than the longest ignored key
    // has rules the label out without building its key (the usual answer for the data cells a
    // header scan passes over).
    const longest = this.longestIgnored;
    let alphanumerics = 0;
    for (let i = 0; i < label.length && alphanumerics <= longest; i++) if (isAsciiAlphanumeric(label.charCodeAt(i))) alphanumerics++;
    if (alphanumerics > longest) return false;
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
    // Every prefix is 5+ characters, so only those sharing the key's first five can match (same order).
    return this.prefixesByHead.get(key.slice(0, 5))?.find((p) => key.startsWith(p.key))?.target;
  }

  private recogniseIndicator(text: string, key: string): LabelTarget | undefined {
    // The indicator first, its part only once there is one: a header scan also passes every data
    // cell of its first rows through here, and those are rarely indicator labels.
    // "16", "Indikator 16", "P16", "Bukti Dukung 16", "16. Regulasi ...", "5a", "No. 5 a" (the pattern needs a digit)
    const m = hasAsciiDigit(text)
      ? /(?:^|[^\p{L}\p{N}])(?:indikator|indicator|ind|parameter|param|p|no|nomor|bukti dukung|bukti|evidence|dasar|basis|nilai|value)?\s*[.:#-]?\s*(\d{1,2})\s*([a-z])?(?![\p{L}\p{N}])/u.exec(` ${text}`)
      : null;
    if (m) {
      const candidate = `${m[1]}${m[2] ?? ""}`;
      if (this.framework.indicatorByKey.has(candidate)) return { kind: "indicator", key: candidate, part: this.part(text) };
      if (this.framework.indicatorByKey.has(m[1]!)) return { kind: "indicator", key: m[1]!, part: this.part(text) };
    }
    const named = this.anyIndicatorName.test(key) ? this.indicatorNames.find((n) => key.includes(n.name)) : undefined;
    return named ? { kind: "indicator", key: named.key, part: this.part(text) } : undefined;
  }

  /** Which part of an indicator a label names, once indicator names are taken out ("Video inovasi daerah" is not evidence). */
  private part(text: string): IndicatorPart {
    const partText = this.anyIndicatorNameText.test(text) ? this.indicatorNameTexts.reduce((t, name) => t.replace(name, " "), text) : text;
    return PART_WORDS.find(([, re]) => re.test(partText))?.[0] ?? "level";
  }
}

const cache = new WeakMap<Framework, LabelRecogniser>();
export function labelRecogniser(framework: Framework): LabelRecogniser {
  let recogniser = cache.get(framework);
  if (!recogniser) cache.set(framework, (recogniser = new LabelRecogniser(framework)));
  return recogniser;
}
