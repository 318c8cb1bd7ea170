import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyEvidence, compactKey, countWords, fromExcelSerial, htmlToText, parseDate, parseNumber } from "../../core/index.ts";
import { linkHost } from "../../core/submission/evidence.ts";
import { countTextWords } from "../../core/text/words.ts";
import { tidy } from "../../core/text/normalise.ts";

/**
 * The word-count definition one code unit at a time, without the fast paths (class table, bytes):
 * a word is a maximal run of letters, digits and marks; a hyphen or apostrophe between two of them
 * keeps the word going; a letter outside the BMP takes two units. For text already through htmlToText.
 */
function referenceCountTextWords(text: string): number {
  const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
  const isWordChar = (i: number) => /[\p{L}\p{N}\p{M}]/u.test(text.slice(i, isHighSurrogate(text.charCodeAt(i)) ? i + 2 : i + 1));
  const isJoiner = (char: string) => char === "-" || char === "'" || char === "’" || char === "‐";
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(i)) {
      if (!inWord) count++;
      inWord = true;
      if (isHighSurrogate(text.charCodeAt(i))) i++;
    } else if (inWord && isJoiner(text[i]!) && i + 1 < text.length && isWordChar(i + 1)) {
      // an inner joiner keeps the word going
    } else inWord = false;
  }
  return count;
}

describe("counting words in the rancang bangun", () => {
  it("counts runs of letters or digits, keeping inner hyphens and apostrophes", () => {
    expect(countWords("Layanan e-KTP keliling")).toBe(3);
    expect(countWords("Jum'at pagi, 2024: 15 desa")).toBe(5);
    expect(countWords("  -- ... !!! ")).toBe(0);
    expect(countWords("anak-anak  sekolah -")).toBe(2);
    expect(countWords("Pelayanan ramah—cepat")).toBe(3);
  });

  it("removes HTML tags and entities before counting, and tags separate words", () => {
    expect(countWords("<p>Dasar</p><p>hukum&nbsp;inovasi</p>")).toBe(3);
    expect(countWords("<b>Caf&eacute;</b> &amp; <i>kopi</i>")).toBe(2);
    expect(countWords("<script>var a = 1 + 2;</script>Satu kata")).toBe(2);
    expect(countWords("Ke&#45;dua")).toBe(1);
  });

  it("counts non-Latin letters and digits too", () => {
    expect(countWords("Inovasi ٣ 漢字 ñandú")).toBe(4);
  });

  it("never throws and never counts more words than non-space characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const n = countWords(text);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(text.replace(/\s/g, "").length);
      }),
    );
  });

  it("agrees with the character-by-character definition on any text, surrogates and joiners included", () => {
    const pieces = ["kata", "9", " ", "-", "'", "’", "‐", "—", "é", "\u0301", "日", "٣", "𝔸", "😀", "\ud835", "\udd38", "<p>", "&amp;", "\u00a0"];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join("")),
      fc.string({ unit: "binary", maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(countWords(t)).toBe(referenceCountTextWords(htmlToText(t)));
      }),
      { numRuns: 2000 },
    );
  });
});

// countTextWords' ASCII path (the text's bytes, not its code units) pinned against the same
// definition, on ASCII and on any text.
describe("counting words in text already without tags", () => {
  const ascii = fc.oneof(
    fc.array(fc.constantFrom("a", "Z", "7", "-", "'", " ", "\n", ".", ",", "--", "e-KTP", "don't", "x"), { maxLength: 40 }).map((p) => p.join("")),
    fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  );
  const anyText = fc.oneof(
    ascii,
    fc.array(fc.constantFrom("a", "-", "'", " ", "é", "’", "‐", "𝐀", "\ud835", "\udc00", "ٮ", "٣", "̀", "\u00a0", "ß"), { maxLength: 30 }).map((p) => p.join("")),
    fc.string({ unit: "binary", maxLength: 30 }),
  );

  it("gives the plain definition's count for ASCII text", () => {
    fc.assert(
      fc.property(ascii, (text) => {
        expect(countTextWords(text)).toBe(referenceCountTextWords(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives the plain definition's count for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(countTextWords(text)).toBe(referenceCountTextWords(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("counts long texts (past the byte scratch) and ASCII around it alike", () => {
    const medium = Array.from({ length: 2_000 }, (_, i) => (i % 3 ? `kata-${i}` : `-'${i}'-`)).join(" ");
    expect(countTextWords(medium)).toBe(referenceCountTextWords(medium));
    const words = Array.from({ length: 20_000 }, (_, i) => `kata-${i}`).join(" ");
    expect(countTextWords(words)).toBe(20_000);
    expect(countTextWords("e-KTP dan don't")).toBe(3);
    expect(countTextWords(`${words} é`)).toBe(20_001);
  });
});

describe("reading dates as staff type them", () => {
  it.each([
    ["2024-03-15", "2024-03-15"],
    ["2024-03-15T00:00:00.000Z", "2024-03-15"],
    ["15/03/2024", "2024-03-15"],
    ["15-03-2024", "2024-03-15"],
    ["15.03.2024", "2024-03-15"],
    ["15 Maret 2024", "2024-03-15"],
    ["1 Agustus 2025", "2025-08-01"],
    ["7 Agt 2025", "2025-08-01".replace("01", "07")],
    ["Senin, 2 Desember 2024", "2024-12-02"],
    ["March 15, 2024", "2024-03-15"],
    [45366, "2024-03-15"],
    ["45366", "2024-03-15"],
  ])("%s -> %s", (input, iso) => {
    expect(parseDate(input)?.iso).toBe(iso);
  });

  it("handles Excel's 1900 leap-year quirk", () => {
    expect(fromExcelSerial(1)?.iso).toBe("1900-01-01");
    expect(fromExcelSerial(59)?.iso).toBe("1900-02-28");
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)?.iso).toBe("1900-03-01");
  });

  it("rejects impossible dates and text that is not a date", () => {
    for (const bad of ["31/02/2024", "2024-13-01", "besok", "", "15 Marett 2024", "32/01/2024", 0, -5, Number.NaN]) expect(parseDate(bad)).toBeUndefined();
  });

  it("accepts exactly the days of the calendar, leap years included, in every written form", () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    fc.assert(
      fc.property(fc.integer({ min: 990, max: 10010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const real = year >= 1000 && year <= 9999 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        expect(parseDate(iso)?.iso).toBe(real ? iso : undefined);
        // (a 13th "month" would be read as month/day instead)
        if (month <= 12) expect(parseDate(`${day}/${pad(month)}/${year}`)?.iso).toBe(real ? iso : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads 03/15/2024 as month/day but says it guessed", () => {
    expect(parseDate("03/15/2024")).toEqual({ iso: "2024-03-15", note: "month-day-order" });
    expect(parseDate("15/03/24")).toEqual({ iso: "2024-03-15", note: "two-digit-year" });
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (x) => void parseDate(x)));
  });
});

describe("reading numbers with a decimal comma", () => {
  it.each([
    ["12,5%", 12.5],
    ["12,5 %", 12.5],
    ["-50,32%", -50.32],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["0.36", 0.36],
    ["30 orang", 30],
    [7, 7],
  ])("%s -> %d", (input, value) => {
    expect(parseNumber(input)?.value).toBe(value);
  });

  it("rejects text that is not a number", () => {
    for (const bad of ["", "abc", "1,2,3a", "--1", Number.POSITIVE_INFINITY]) expect(parseNumber(bad)).toBeUndefined();
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseNumber(s)));
  });
});

describe("fast paths agree with their plain definitions", () => {
  // Characters that exercise each fast path's edges: ASCII bounds, spaces of all kinds, diacritics, case folding.
  const pieces = [" ", "  ", "\t", "\n", "\u00a0", "\u2028", "a", "Z", "9", "-", ".", "?", "#", "@", "[", "`", "{", "\x10", "\x7f", "é", "\u0301", "İ", "ß", "ﬁ", "pdf", "JPG", "mp4"];
  const text = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((parts) => parts.join("")),
    fc.string({ unit: "binary", maxLength: 30 }),
  );

  it("compactKey and tidy", () => {
    const plainCompactKey = (t: string) => t.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    fc.assert(
      fc.property(text, (t) => {
        expect(compactKey(t)).toBe(plainCompactKey(t));
        expect(tidy(t)).toBe(t.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });

  it("link hosts are the URL parser's", () => {
    const urlHost = (url: string) => {
      try {
        return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
      } catch {
        return undefined;
      }
    };
    const parts = ["https://", "HTTP://", "www.", "youtu", ".be", ".", "-", "/", "?", "#", ":", "@", "X", "0", "9", "0x", "0X1f", "xn--abc", "127", ".1", "1e3", "é", "%41", "\\", " ", "\t", "\n"];
    const link = fc.oneof(
      fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((p) => p.join("")),
      fc.webUrl(),
      fc.domain().map((d) => `https://${d}/video`),
    );
    fc.assert(
      fc.property(link, (url) => {
        expect(linkHost(url)).toBe(urlHost(url));
      }),
      { numRuns: 3000 },
    );
  });

  it("an evidence name is a file when it ends in a dot and 2-5 ASCII letters or digits, before any ? or #", () => {
    fc.assert(
      fc.property(text, (t) => {
        const item = classifyEvidence(`dokumen${t}`);
        if (item.kind === "link") return;
        const extension = /\.([a-z0-9]{2,5})$/i.exec(`dokumen${t}`.trim().replace(/[?#].*$/, ""))?.[1];
        expect(item.kind).toBe(extension ? "file" : "text");
        expect(item.extension).toBe(extension?.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
