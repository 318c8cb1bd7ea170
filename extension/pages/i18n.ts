// Puts the UI strings into an extension page. Text only ever goes in through textContent or
// attributes, never as HTML.
import type { SettingsLang } from "../lib/settings.ts";
import { stringsFor, type StringKey, type Strings } from "../lib/strings.ts";

/** Fills every element marked `data-i18n="key"` (text) and `data-i18n-label="key"` (aria-label). */
export function applyStrings(root: ParentNode, lang: SettingsLang): Strings {
  const strings = stringsFor(lang);
  if (root instanceof Document) root.documentElement.lang = lang;
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = element.dataset.i18n as StringKey;
    if (key in strings) element.textContent = strings[key];
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-label]")) {
    const key = element.dataset.i18nLabel as StringKey;
    if (key in strings) element.setAttribute("aria-label", strings[key]);
  }
  return strings;
}

/** Number formatting in the UI language (Indonesian uses a decimal comma). */
export function formatNumber(lang: SettingsLang, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { maximumFractionDigits }).format(value);
}

export function formatPercent(lang: SettingsLang, fraction: number): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}
