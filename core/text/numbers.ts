// Numbers as Indonesian staff type them: "12,5%", "1.234", "1.234,5", " 30 orang".

export type ParsedNumber = { value: number; ambiguous?: boolean };

/** Parses a number, or returns undefined when the text is not one. Comma is the decimal mark. */
export function parseNumber(input: unknown): ParsedNumber | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : undefined;
  if (typeof input !== "string") return undefined;
  let text = input.trim().replace(/\s+/g, "").replace(/^\+/, "").replace(/[−–]/g, "-");
  text = text.replace(/(%|persen|orang|sdm|kali|hari|bulan|aktor|pd|barang|periode|metode|unit)$/i, "");
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let normalised: string;
  let ambiguous = false;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal mark.
    normalised = lastComma > lastDot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (lastComma >= 0) {
    if ((text.match(/,/g) ?? []).length > 1) normalised = text.replace(/,/g, "");
    else normalised = text.replace(",", ".");
  } else if (lastDot >= 0 && /^-?\d{1,3}(\.\d{3})+$/.test(text)) {
    // "1.234" / "12.500" are Indonesian thousands separators.
    normalised = text.replace(/\./g, "");
    ambiguous = !/^-?\d{1,3}(\.\d{3}){2,}$/.test(text);
  } else normalised = text;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  if (!Number.isFinite(value)) return undefined;
  return ambiguous ? { value, ambiguous } : { value };
}
