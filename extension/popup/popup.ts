// The toolbar popup: what IID Check sees on the current tab, and the few settings an officer changes
// often. Opened as a page with `?tab=<id>` it reports on that tab instead of the active one (the
// end-to-end tests use this, since a real popup cannot be opened from automation).
import { browser } from "../lib/browser.ts";
import { managedSiteFor, matchesPattern, originMatchPattern } from "../lib/content-scripts.ts";
import { sendToTab, type TabState } from "../lib/protocol.ts";
import { loadSettings, saveSettings, toOrigin, onSettingsChanged, type Settings } from "../lib/settings.ts";
import type { Strings } from "../lib/strings.ts";
import { applyStrings, byId, formatNumber, formatPercent } from "../pages/i18n.ts";

type SiteKind = "none" | "static" | "managed" | "other";

interface PopupView {
  settings: Settings;
  strings: Strings;
  tabId: number | undefined;
  origin: string | undefined;
  site: SiteKind;
  state: TabState | undefined;
  stateError: boolean;
}

async function currentTab(): Promise<{ id: number | undefined; url: string | undefined }> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** Portal (and, in the test build, 127.0.0.1) pages get the manifest's static content scripts. */
function staticMatches(url: string): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((script) => (script.matches ?? []).some((pattern) => matchesPattern(url, pattern)));
}

async function siteKind(url: string | undefined, origin: string | undefined, settings: Settings): Promise<SiteKind> {
  if (!url || !origin) return "none";
  if (staticMatches(url)) return "static";
  const pattern = originMatchPattern(origin);
  const site = managedSiteFor(origin);
  if (pattern && site && settings.managedSites.includes(site) && (await browser.permissions.contains({ origins: [pattern] }))) return "managed";
  return "other";
}

function renderState(view: PopupView): void {
  const { strings, state, settings } = view;
  const message = byId("state-message");
  const details = byId("state-details");
  details.hidden = true;
  if (view.site === "none" || view.site === "other") {
    message.textContent = strings.popupNotAvailable;
    return;
  }
  if (view.origin && settings.disabledSites.includes(view.origin)) {
    message.textContent = strings.popupSiteDisabled;
    return;
  }
  if (!state) {
    message.textContent = view.stateError ? strings.popupNoContentScript : "";
    return;
  }
  message.textContent = state.recognised ? strings.popupRecognised : strings.popupNotRecognised;
  if (!state.recognised) return;
  details.hidden = false;
  byId("score").textContent = formatNumber(settings.lang, state.points, 2);
  byId("max-score").textContent = formatNumber(settings.lang, state.maxPoints, 0);
  byId("completeness").textContent = formatPercent(settings.lang, state.completeness);
  byId<HTMLMeterElement>("completeness-meter").value = state.completeness;
  byId("fields").textContent = String(state.fields);
  byId("count-error").textContent = String(state.counts.error);
  byId("count-warning").textContent = String(state.counts.warning);
  byId("count-info").textContent = String(state.counts.info);
  const frameworkNames: Record<string, string> = { "iid-2026": strings.framework2026, "iid-2027": strings.framework2027 };
  byId("framework").textContent = frameworkNames[state.frameworkId] ?? state.frameworkId;
}

function renderSite(view: PopupView): void {
  const section = byId("site");
  section.hidden = view.site === "none";
  byId("site-origin").textContent = view.origin ?? "";
  const canToggle = view.site === "static" || view.site === "managed";
  byId("site-toggle-row").hidden = !canToggle;
  byId("site-enable-row").hidden = view.site !== "other";
  byId<HTMLInputElement>("site-enabled").checked = view.origin !== undefined && !view.settings.disabledSites.includes(view.origin);
}

function render(view: PopupView): void {
  view.strings = applyStrings(document, view.settings.lang);
  byId<HTMLSelectElement>("mode").value = view.settings.mode;
  byId<HTMLSelectElement>("lang").value = view.settings.lang;
  renderState(view);
  renderSite(view);
}

async function refreshState(view: PopupView): Promise<void> {
  view.state = undefined;
  view.stateError = false;
  if (view.tabId === undefined || (view.site !== "static" && view.site !== "managed")) return;
  try {
    view.state = await sendToTab(view.tabId, { type: "get-state" });
  } catch {
    // No content script in the tab (opened before install, or switched off): say so, do not fail.
    view.stateError = true;
  }
}

async function main(): Promise<void> {
  byId<HTMLImageElement>("logo").src = browser.runtime.getURL("icons/icon-32.png");
  const settings = await loadSettings();
  const tab = await currentTab();
  const origin = tab.url ? toOrigin(tab.url) : undefined;
  const view: PopupView = {
    settings,
    strings: applyStrings(document, settings.lang),
    tabId: tab.id,
    origin,
    site: await siteKind(tab.url, origin, settings),
    state: undefined,
    stateError: false,
  };
  await refreshState(view);
  render(view);
  const status = byId("site-status");

  byId("open-panel").addEventListener("click", () => {
    if (view.tabId === undefined) return;
    void sendToTab(view.tabId, { type: "open-panel" }).then(() => window.close(), () => undefined);
  });

  byId<HTMLSelectElement>("mode").addEventListener("change", (event) => {
    void saveSettings({ mode: (event.target as HTMLSelectElement).value as Settings["mode"] });
  });
  byId<HTMLSelectElement>("lang").addEventListener("change", (event) => {
    void saveSettings({ lang: (event.target as HTMLSelectElement).value as Settings["lang"] });
  });

  byId<HTMLInputElement>("site-enabled").addEventListener("change", (event) => {
    if (!view.origin) return;
    const enabled = (event.target as HTMLInputElement).checked;
    const others = view.settings.disabledSites.filter((site) => site !== view.origin);
    void saveSettings({ disabledSites: enabled ? others : [...others, view.origin] }).then(() => {
      status.textContent = view.strings.popupReloadHint;
    });
  });

  byId("enable-site").addEventListener("click", () => {
    const origin = view.origin;
    const pattern = origin ? originMatchPattern(origin) : undefined;
    const site = origin ? managedSiteFor(origin) : undefined;
    if (!origin || !pattern || !site) return;
    // The permission request must be the first thing the click does: Firefox only shows the prompt
    // while the user gesture is still being handled, so nothing may be awaited before it.
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        status.textContent = view.strings.popupEnableSiteDenied;
        return;
      }
      const current = await loadSettings();
      const managedSites = current.managedSites.includes(site) ? current.managedSites : [...current.managedSites, site];
      // The background sees managedSites change and registers the content scripts for this site.
      await saveSettings({ managedSites, disabledSites: current.disabledSites.filter((site) => site !== origin) });
      view.site = "managed";
      status.textContent = view.strings.popupEnableSiteDone;
      render(view);
    });
  });

  byId("open-options").addEventListener("click", () => {
    void browser.runtime.openOptionsPage();
  });

  // Changes from the options page (or this popup's own selects) re-render in place.
  onSettingsChanged((next) => {
    view.settings = next;
    render(view);
  }, new AbortController().signal);
}

void main();
