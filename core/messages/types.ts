// The shape of a message catalogue: one entry per finding or advice code, per language.
import type { FindingParams } from "../findings.ts";

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/** Formatting helpers a message may use; bound to a language and a framework by the renderer. */
export type Format = {
  /** A profile field's label ("Waktu Penerapan Inovasi Daerah" / "Implementation date"). */
  field(key: unknown): string;
  /** "16 (Regulasi Inovasi Daerah)". */
  indicator(key: unknown): string;
  /** 2024-03-15 -> "15 Maret 2024" / "15 March 2024". */
  date(iso: unknown): string;
  /** 12.5 -> "12,5" / "12.5". */
  number(n: unknown): string;
  /** ["a", "b", "c"] -> "a, b dan c" / "a, b and c". */
  list(items: unknown): string;
  /** Quotes user text; it is always rendered as text, never as HTML. */
  quote(text: unknown): string;
};

export type MessageEntry = {
  message: (p: FindingParams, f: Format) => string;
  /** Why it matters (shown under "why" in the add-in and the report). */
  why?: string;
  /** How to fix it. */
  fix?: (p: FindingParams, f: Format) => string;
};

export type Catalogue = Record<string, MessageEntry>;
