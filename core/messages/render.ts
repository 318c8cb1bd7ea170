// Renders findings and advice as text in one language. Output is plain text: hosts must
// insert it with textContent (or escape it), never as HTML.
import type { Framework } from "../framework/compile.ts";
import { getFramework } from "../framework/registry.ts";
import type { FindingParams } from "../findings.ts";
import { cliEn } from "./cli.en.ts";
import { cliId } from "./cli.id.ts";
import { blockerParams, type Blocker } from "../scoring/eligibility.ts";
import { blockers as blockersEn, en } from "./en.ts";
import { blockers as blockersId, id } from "./id.ts";
import type { Catalogue, Format, Lang } from "./types.ts";

/** One catalogue per language: the core's codes plus those the CLI adds (evidence folder checks). */
export const catalogues: Readonly<Record<Lang, Readonly<Catalogue>>> = { id: { ...id, ...cliId }, en: { ...en, ...cliEn } };

const MONTHS = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function formatFor(lang: Lang, framework: Framework = getFramework()): Format {
  const number = (n: unknown) => {
    if (typeof n !== "number") return String(n ?? "");
    const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
    return lang === "id" ? text.replace(".", ",") : text;
  };
  return {
    field(key) {
      const field = framework.profile.fields.find((f) => f.key === key);
      if (field) return field.label[lang];
      if (key === "regionName") return lang === "id" ? "Nama Pemda" : "Region name";
      if (key === "level") return "Parameter";
      if (key === "evidence") return lang === "id" ? "Bukti dukung" : "Evidence";
      return String(key);
    },
    indicator(key) {
      const definition = framework.indicatorByKey.get(String(key));
      return definition ? `${definition.key} (${definition.name[lang]})` : String(key);
    },
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
      if (!m) return String(iso ?? "");
      return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
    },
    number,
    list(items) {
      const parts = (Array.isArray(items) ? items : [items]).map((x) => (typeof x === "number" ? number(x) : String(x)));
      if (parts.length <= 1) return parts.join("");
      // Items that hold commas themselves (affair names) are separated by semicolons.
      if (parts.some((p) => p.includes(","))) return parts.join("; ");
      return `${parts.slice(0, -1).join(", ")} ${lang === "id" ? "dan" : "and"} ${parts.at(-1)}`;
    },
    quote(text) {
      const s = String(text ?? "");
      return `“${s.length > 120 ? `${s.slice(0, 117)}…` : s}”`;
    },
  };
}

export type RenderedMessage = { message: string; why?: string; fix?: string };

/** Renders one finding or advice code. Unknown codes fall back to the code itself (never throws). */
export function renderMessage(code: string, params: FindingParams, lang: Lang = "id", framework?: Framework): RenderedMessage {
  const entry = catalogues[lang][code] ?? catalogues.id[code];
  if (!entry) return { message: code };
  const format = formatFor(lang, framework);
  try {
    const out: RenderedMessage = { message: entry.message(params, format) };
    if (entry.why) out.why = entry.why;
    if (entry.fix) out.fix = entry.fix(params, format);
    return out;
  } catch {
    return { message: code };
  }
}

/**
 * Why an innovation is not assessed, one short text per reason, in the words of the
 * innovation-not-assessed message: the one wording for the extension's panel and tables such as the
 * HTML report's (the stage, window and design minimum named are the framework's).
 */
export function renderBlockers(blockers: readonly Blocker[], lang: Lang, framework: Framework = getFramework()): string[] {
  return [...new Set((lang === "en" ? blockersEn : blockersId)(blockerParams(blockers, framework), formatFor(lang, framework)))];
}

/** A score or a gap with two decimals, as the reports show them: "17,64" (id uses a decimal comma), "17.64". */
export function fixed2(n: number, lang: Lang): string {
  const text = (Math.round(n * 100) / 100).toFixed(2);
  return lang === "id" ? text.replace(".", ",") : text;
}

/** An advice gain as shown to users: "+2,72", or "+<0,01" for gains that round to 0 (id uses a decimal comma). */
export function formatGain(gain: number, lang: Lang): string {
  const text = gain > 0 ? `+${gain.toFixed(2)}` : "+<0.01";
  return lang === "id" ? text.replace(".", ",") : text;
}
