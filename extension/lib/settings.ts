// User settings, kept in storage.sync so they follow the officer's browser profile. Each setting is
// its own storage key: the popup and the options page can save different settings at the same time
// without overwriting each other, and one corrupt value falls back to its default alone.
import { browser, type Storage } from "./browser.ts";
import { toOrigin } from "./origins.ts";
import { array, boolean, object, oneOf, partial, string, type Infer } from "./validate.ts";

export { toOrigin };

export const MODES = ["warn", "block", "off"] as const;
export const SETTINGS_LANGS = ["id", "en"] as const;
// iid-2027 is a prognosis of next year's framework; the options page marks it provisional.
export const FRAMEWORK_IDS = ["iid-2026", "iid-2027"] as const;

/** An http(s) origin exactly as `new URL(x).origin` writes it, e.g. "https://inovasi.example.go.id". */
export const originSchema = string({ test: (value) => toOrigin(value) === value, expected: "an http(s) origin such as https://inovasi.example.go.id" });

// storage.sync allows 8 KB per key; 100 origins stay well inside it.
const sites = array(originSchema, 100);

export const settingsSchema = object({
  mode: oneOf(MODES),
  lang: oneOf(SETTINGS_LANGS),
  framework: oneOf(FRAMEWORK_IDS),
  disabledSites: sites,
  managedSites: sites,
  draftRecovery: boolean(),
});

export type Settings = Infer<typeof settingsSchema>;
export type Mode = Settings["mode"];
export type SettingsLang = Settings["lang"];
export type FrameworkChoice = Settings["framework"];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: "warn",
  lang: "id",
  framework: "iid-2026",
  disabledSites: [],
  managedSites: [],
  draftRecovery: false,
});

export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

const fieldSchemas = settingsSchema.shape;

/** Reads stored values; anything missing or invalid (an older version, a hand edit) becomes its default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const result: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    const parsed = fieldSchemas[key].safeParse(stored[key]);
    result[key] = parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return result as Settings;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.sync.get(SETTINGS_KEYS));
}

/** Validates the patch (throws a ValidationError on bad input) and writes only the given keys. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const valid = partial(settingsSchema).parse(patch); // without the absent or undefined keys
  if (Object.keys(valid).length > 0) await browser.storage.sync.set(valid);
  return loadSettings();
}

/**
 * Calls back with the full, validated settings whenever another part of the extension changes one.
 * The listener is removed when the signal aborts (a page navigation, a closed popup).
 */
export function onSettingsChanged(callback: (settings: Settings, changed: (keyof Settings)[]) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    if (area !== "sync") return;
    const changed = SETTINGS_KEYS.filter((key) => key in changes);
    if (changed.length === 0) return;
    void loadSettings().then((settings) => {
      if (!signal.aborted) callback(settings, changed);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Whether the checker runs on pages of this origin: a site switched off from the popup does not.
 * (`mode` is the submit guard's mode only: with "off" the marks still show, nothing is stopped.)
 */
export function isSiteEnabled(settings: Settings, origin: string): boolean {
  return !settings.disabledSites.includes(origin);
}
