// countTextWords' ASCII path (the text's bytes, not its code units) pinned against the plain
// code-unit definition it shortcuts, on ASCII and on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countTextWords } from "../../core/text/words.ts";

// The plain definition: a word is a maximal run of letters, digits and marks; a hyphen or
// apostrophe between two of them keeps the word going; a letter outside the BMP takes two units.
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set([45, 39, 0x2019, 0x2010]);
function plainCount(text: string): number {
  const isWordAt = (i: number) => {
    const code = text.charCodeAt(i);
    return code >= 0xd800 && code <= 0xdbff ? LETTER_OR_DIGIT.test(text.slice(i, i + 2)) : LETTER_OR_DIGIT.test(text[i]!);
  };
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      if (isWordAt(i)) {
        if (!inWord) count++;
        inWord = true;
        i++;
      } else inWord = false;
    } else if (JOINERS.has(code)) {
      if (!(inWord && i + 1 < text.length && isWordAt(i + 1))) inWord = false;
    } else if (isWordAt(i)) {
      if (!inWord) count++;
      inWord = true;
    } else inWord = false;
  }
  return count;
}

describe("counting words", () => {
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
        expect(countTextWords(text)).toBe(plainCount(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives the plain definition's count for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(countTextWords(text)).toBe(plainCount(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("counts long texts (past the byte scratch) and ASCII around it alike", () => {
    const medium = Array.from({ length: 2_000 }, (_, i) => (i % 3 ? `kata-${i}` : `-'${i}'-`)).join(" ");
    expect(countTextWords(medium)).toBe(plainCount(medium));
    const words = Array.from({ length: 20_000 }, (_, i) => `kata-${i}`).join(" ");
    expect(countTextWords(words)).toBe(20_000);
    expect(countTextWords("e-KTP dan don't")).toBe(3);
    expect(countTextWords(`${words} é`)).toBe(20_001);
  });
});
