// The options page: language, submit guard mode, framework version, the regional sites the user
// enabled, and draft recovery. Every change is saved at once and confirmed in a status line.
import { browser } from "../lib/browser.ts";
import { originMatchPattern } from "../lib/content-scripts.ts";
import { clearDrafts } from "../lib/drafts.ts";
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from "../lib/settings.ts";
import type { Strings } from "../lib/strings.ts";
import { applyStrings, byId } from "../pages/i18n.ts";

let strings: Strings;

function say(text: string): void {
  byId("status").textContent = text;
}

async function save(patch: Partial<Settings>): Promise<void> {
  try {
    await saveSettings(patch);
    say(strings.saved);
  } catch {
    say(strings.saveFailed);
  }
}

function renderSites(settings: Settings): void {
  const list = byId<HTMLUListElement>("sites");
  list.replaceChildren(
    ...settings.managedSites.map((origin) => {
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = origin;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary";
      remove.textContent = strings.managedSitesRemove;
      remove.setAttribute("aria-label", `${strings.managedSitesRemoveLabel} ${origin}`);
      remove.addEventListener("click", () => void removeSite(origin));
      item.append(name, remove);
      return item;
    }),
  );
  byId("sites-empty").hidden = settings.managedSites.length > 0;
}

async function removeSite(origin: string): Promise<void> {
  const pattern = originMatchPattern(origin);
  // Give the permission back too: a removed site should leave no access behind. The background
  // unregisters its content scripts when managedSites changes.
  if (pattern) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  const { managedSites } = await loadSettings();
  await save({ managedSites: managedSites.filter((site) => site !== origin) });
}

function render(settings: Settings): void {
  strings = applyStrings(document, settings.lang);
  byId<HTMLSelectElement>("lang").value = settings.lang;
  byId<HTMLSelectElement>("mode").value = settings.mode;
  byId<HTMLSelectElement>("framework").value = settings.framework;
  byId("framework-note").hidden = settings.framework !== "iid-2027";
  byId<HTMLInputElement>("draft-recovery").checked = settings.draftRecovery;
  renderSites(settings);
}

async function main(): Promise<void> {
  render(await loadSettings());
  const value = (id: string): string => byId<HTMLSelectElement>(id).value;
  byId("lang").addEventListener("change", () => void save({ lang: value("lang") as Settings["lang"] }));
  byId("mode").addEventListener("change", () => void save({ mode: value("mode") as Settings["mode"] }));
  byId("framework").addEventListener("change", () => void save({ framework: value("framework") as Settings["framework"] }));
  byId<HTMLInputElement>("draft-recovery").addEventListener("change", (event) => {
    const on = (event.target as HTMLInputElement).checked;
    void save({ draftRecovery: on }).then(async () => {
      // Opting out means no typed text stays behind.
      if (!on) {
        const removed = await clearDrafts();
        if (removed > 0) say(`${strings.saved} ${removed} ${strings.draftClearedCount}`);
      }
    });
  });
  byId("clear-drafts").addEventListener("click", () => {
    void clearDrafts().then((removed) => say(removed > 0 ? `${removed} ${strings.draftClearedCount}` : strings.draftCleared));
  });
  onSettingsChanged(render, new AbortController().signal);
}

void main();
