// The label recogniser's shortcuts (indicator part found only for indicators, the digit and
// alphanumeric pre-checks, prefixes looked up by their first five characters) pinned against
// the plain definition they replaced, on header-like and arbitrary text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFramework, innovationColumns, labelRecogniser, PROFILE_SYNONYMS, type Framework } from "../../core/index.ts";
import { compactKey, tidy } from "../../core/text/normalise.ts";
import { IGNORED_LABELS as IGNORED, PART_WORDS, REGION_NAME_LABELS as REGION_NAME, type LabelTarget } from "../../core/recognition/labels.ts";

// The plain definition, as it stood before the shortcuts (the label data itself is shared).
function plainRecogniser(framework: Framework) {
  const exact = new Map<string, LabelTarget>();
  const prefixes: { key: string; target: LabelTarget }[] = [];
  const add = (label: string, target: LabelTarget) => {
    const key = compactKey(label);
    if (!key || exact.has(key)) return;
    exact.set(key, target);
    if (key.length >= 5) prefixes.push({ key, target });
  };
  for (const field of framework.profile.fields) for (const label of [field.label.id, field.label.en, ...PROFILE_SYNONYMS[field.key]]) add(label, { kind: "profile", key: field.key });
  for (const label of REGION_NAME) add(label, { kind: "region-name" });
  prefixes.sort((a, b) => b.key.length - a.key.length);
  const indicatorNames = framework.indicators.flatMap((i) => [i.name.id, i.name.en].map((n) => ({ key: i.key, name: compactKey(n) }))).sort((a, b) => b.name.length - a.name.length);
  const indicatorNameTexts = framework.indicators.flatMap((i) => [i.name.id, i.name.en].map((n) => tidy(n).toLowerCase())).sort((a, b) => b.length - a.length);
  const ignored = new Set(IGNORED.map(compactKey));
  const recogniseIndicator = (text: string, key: string): LabelTarget | undefined => {
    const partText = indicatorNameTexts.reduce((t, name) => t.replace(name, " "), text);
    const part = PART_WORDS.find(([, re]) => re.test(partText))?.[0] ?? "level";
    const m = /(?:^|[^\p{L}\p{N}])(?:indikator|indicator|ind|parameter|param|p|no|nomor|bukti dukung|bukti|evidence|dasar|basis|nilai|value)?\s*[.:#-]?\s*(\d{1,2})\s*([a-z])?(?![\p{L}\p{N}])/u.exec(` ${text}`);
    if (m) {
      const candidate = `${m[1]}${m[2] ?? ""}`;
      if (framework.indicatorByKey.has(candidate)) return { kind: "indicator", key: candidate, part };
      if (framework.indicatorByKey.has(m[1]!)) return { kind: "indicator", key: m[1]!, part };
    }
    const named = indicatorNames.find((n) => n.name.length >= 6 && key.includes(n.name));
    return named ? { kind: "indicator", key: named.key, part } : undefined;
  };
  return {
    isIgnored: (label: string) => ignored.has(compactKey(label)),
    recognise(label: unknown): LabelTarget | undefined {
      if (typeof label !== "string" && typeof label !== "number") return undefined;
      if (typeof label === "string" && label.length > 200) return undefined;
      const text = tidy(String(label)).toLowerCase();
      const key = compactKey(text);
      if (!key) return undefined;
      return exact.get(key) ?? recogniseIndicator(text, key) ?? prefixes.find((p) => key.startsWith(p.key))?.target;
    },
  };
}

describe("label recognition shortcuts", () => {
  for (const framework of [getFramework("iid-2026"), getFramework("iid-2027")]) {
    const fast = labelRecogniser(framework);
    const plain = plainRecogniser(framework);
    // Pieces of real headers and cells, so that generated labels hit every branch.
    const words = [
      ...innovationColumns(framework).map((c) => c.header),
      ...Object.values(PROFILE_SYNONYMS).flat(),
      ...framework.indicators.flatMap((i) => [i.name.id, i.name.en]),
      ...REGION_NAME, ...IGNORED,
      "Indikator", "Bukti Dukung", "Parameter", "Nilai", "Dasar", "P", "No.", "16", "5", "a", "5a", "33", "99", "2025", "·", "-", ":", "#", " ", "  ",
      "sk-tim-2025.pdf", "2 - Peraturan Kepala Daerah", "Dinas Pendidikan", "İ", "ſ", "K", "é", "Ⅻ", "٣", "𝟓",
    ];
    const piece = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 }));
    const label = fc.oneof(fc.array(piece, { maxLength: 5 }).map((p) => p.join(" ")), fc.array(piece, { maxLength: 5 }).map((p) => p.join("")), fc.string({ maxLength: 40 }), fc.integer({ min: -5, max: 120 }));

    it(`recognise() agrees with the plain definition (${framework.id})`, () => {
      fc.assert(fc.property(label, (l) => {
        expect(fast.recognise(l)).toEqual(plain.recognise(l));
      }), { numRuns: 5000 });
    });

    it(`isIgnored() agrees with the plain definition (${framework.id})`, () => {
      fc.assert(fc.property(label.map(String), (l) => {
        expect(fast.isIgnored(l)).toBe(plain.isIgnored(l));
      }), { numRuns: 5000 });
    });

    it(`every template header and known word agrees (${framework.id})`, () => {
      for (const w of words) {
        expect(fast.recognise(w), w).toEqual(plain.recognise(w));
        expect(fast.isIgnored(w), w).toBe(plain.isIgnored(w));
      }
    });
  }
});
