// Builders for submissions in tests: a complete, valid innovation and region, which each
// test then breaks in exactly one way.
import { getFramework } from "../../core/index.ts";

export const TODAY = "2026-11-22";

export const YANDAS = [
  "Pendidikan",
  "Kesehatan",
  "Pekerjaan Umum dan Penataan Ruang",
  "Perumahan Rakyat dan Kawasan Permukiman",
  "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
  "Sosial",
];

const PARTS = "Dasar hukum inovasi ini adalah Perda. Permasalahan yang dihadapi adalah antrean. Isu strategis daerah adalah layanan. Metode pembaharuan berupa aplikasi. Keunggulan dan kebaharuan terletak pada integrasi. Tahapan inovasi dimulai dari uji coba.";

/** A design text of exactly `n` words that names the six recommended parts. */
export function design(n: number): string {
  const base = PARTS.split(/\s+/);
  if (n <= base.length) return base.slice(0, n).join(" ");
  return `${PARTS} ${Array.from({ length: n - base.length }, (_, i) => `kata${i}`).join(" ")}`;
}

export function evidenceFor(key: string): string[] {
  const types = getFramework().indicatorByKey.get(key)!.evidence.fileTypes;
  if (key === "35") return ["https://youtu.be/abc123"];
  return [`bukti-${key}.${types[0]}`];
}

export function fullIndicators(level = 3): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const d of getFramework().sid) {
    out[d.key] = d.bases ? { basis: "a", level, evidence: ["penerima.pdf"] } : { level, evidence: evidenceFor(d.key) };
  }
  return out;
}

export function innovation(overrides: Record<string, unknown> = {}, index = 0): Record<string, unknown> {
  return {
    name: `Inovasi ${index + 1}`,
    agency: "Dinas Kominfo",
    stage: "Penerapan",
    initiator: "OPD",
    initiatorName: "Tim Inovasi",
    classification: "Inovasi Perangkat Daerah",
    type: "Digital",
    form: "Inovasi Pelayanan Publik",
    mainAffair: YANDAS[index % 6],
    otherAffairs: [],
    trialDate: "2024-02-01",
    implementationDate: "2024-06-15",
    developmentDate: null,
    design: design(320),
    goal: "Mempercepat layanan.",
    benefit: "Warga terlayani lebih cepat.",
    result: "Waktu layanan turun.",
    indicators: fullIndicators(),
    ...overrides,
  };
}

export function fullRegion(level = 3): Record<string, unknown> {
  const indicators: Record<string, unknown> = {};
  for (const d of getFramework().spd) indicators[d.key] = { level, evidence: [`spd-${d.key}.pdf`] };
  return { name: "Kota Contoh", indicators };
}

export function submission(count: number, overrides: (i: number) => Record<string, unknown> = () => ({}), region = fullRegion()) {
  return { framework: "iid-2026", region, innovations: Array.from({ length: count }, (_, i) => innovation(overrides(i), i)) };
}
