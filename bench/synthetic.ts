// A synthetic national-scale dataset: 540 regions x ~68 innovations (about the 36,742
// innovations of the 2025 cycle), with realistic text lengths and a mix of mistakes.
import { getFramework } from "../core/index.ts";

const fw = getFramework();
const AFFAIRS = fw.enums.affair.values.map((v) => v.value);
const STAGES = ["Penerapan", "Penerapan", "Penerapan", "Penerapan", "Uji Coba", "Inisiatif"];
const WORDS = "pelayanan masyarakat inovasi daerah aplikasi digital desa warga kesehatan pendidikan data sistem informasi terpadu percepatan layanan publik perangkat kerja sama evaluasi berbasis".split(" ");

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(rand: () => number, words: number): string {
  const out = ["Dasar hukum", "permasalahan", "isu strategis", "metode pembaharuan", "keunggulan", "tahapan"];
  while (out.length < words) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  return out.join(" ");
}

export function syntheticRegion(index: number, innovations = 68): Record<string, unknown> {
  const rand = random(index + 1);
  const spd: Record<string, unknown> = {};
  for (const d of fw.spd) if (rand() > 0.1) spd[d.key] = { level: 1 + Math.floor(rand() * 3), evidence: rand() > 0.15 ? [`spd-${d.key}.pdf`] : [] };
  return {
    framework: "iid-2026",
    region: { name: `Kabupaten ${index + 1}`, indicators: spd },
    innovations: Array.from({ length: innovations }, (_, i) => {
      const indicators: Record<string, unknown> = {};
      for (const d of fw.sid) {
        if (rand() < 0.12 && !d.mandatory) continue;
        const evidence = rand() > 0.1 ? [d.key === "35" ? "https://youtu.be/x" : `bukti-${d.key}.${d.evidence.fileTypes[0]}`] : [];
        indicators[d.key] = d.bases ? { basis: "abcdef"[Math.floor(rand() * 6)], level: 1 + Math.floor(rand() * 3), evidence } : { level: 1 + Math.floor(rand() * 3), evidence };
      }
      return {
        name: `Inovasi ${index + 1}-${i + 1}`,
        agency: `Dinas ${1 + (i % 20)}`,
        stage: STAGES[Math.floor(rand() * STAGES.length)],
        initiator: "OPD",
        initiatorName: "Tim Inovasi",
        classification: "Inovasi Perangkat Daerah",
        type: rand() > 0.5 ? "Digital" : "Non Digital",
        form: "Inovasi Pelayanan Publik",
        mainAffair: AFFAIRS[Math.floor(rand() * AFFAIRS.length)],
        otherAffairs: [],
        trialDate: "2023-11-01",
        implementationDate: rand() > 0.1 ? "15/03/2024" : "2022-05-01",
        developmentDate: rand() > 0.5 ? "2025-02-01" : null,
        design: text(rand, rand() > 0.08 ? 320 + Math.floor(rand() * 80) : 280),
        goal: text(rand, 40),
        benefit: text(rand, 40),
        result: text(rand, 40),
        indicators,
      };
    }),
  };
}
