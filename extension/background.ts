// Background: the toolbar badge per tab, the form kit for pages with a form, and the dynamic content
// scripts for managed sites. Nothing else. It runs as a Chrome service worker and as a Firefox event
// page, so it keeps no state in globals that must survive (the browser may stop it at any time) and
// registers every listener synchronously at the top level (so the browser can wake it for them).
// No DOM, no network.
import { browser } from "./lib/browser.ts";
import { FORM_KIT_SCRIPT, isPortalUrl, managedSiteFor, originMatchPattern } from "./lib/content-scripts.ts";
import { onMessage } from "./lib/protocol.ts";
import { syncContentScripts } from "./lib/registration.ts";
import { loadSettings, saveSettings } from "./lib/settings.ts";

const BADGE_COLOUR = "#b3261e";

/** Badge text for a number of errors: empty when there are none, capped so it fits the badge. */
function badgeText(count: number): string {
  if (count <= 0) return "";
  return count > 99 ? "99+" : String(count);
}

// Re-registrations run one after another: two overlapping ones would race on the same script ids.
// Losing this chain when the worker stops is harmless; it only orders work in flight.
let pending: Promise<unknown> = Promise.resolve();
function resync(): Promise<unknown> {
  pending = pending.then(syncContentScripts).catch((error: unknown) => console.error("IID Check: content script registration failed", error));
  return pending;
}

// The background lives as long as the extension; nothing ever aborts this.
const always = new AbortController().signal;

onMessage(
  {
    "set-badge": async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
      await browser.action.setBadgeText({ tabId, text: badgeText(message.count) });
      return { ok: true };
    },
    // main.js found a form: the checker runs in that frame's isolated world, next to main.js. A
    // failure rejects, and main.js leaves the form unchecked (the guard lets everything through).
    // At once: by default the browser waits for the document to be idle (Chromium up to 200 ms
    // after DOMContentLoaded, Firefox until the load event, every image and frame of the page),
    // and until the kit is there the form is not checked. main.js asks only once the DOM is there.
    "load-form-kit": async (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [FORM_KIT_SCRIPT], injectImmediately: true });
      return { ok: true };
    },
  },
  always,
);

browser.runtime.onInstalled.addListener(() => void resync());
browser.runtime.onStartup.addListener(() => void resync());

browser.storage.onChanged.addListener((changes, area) => {
  if (area === "sync" && "managedSites" in changes) void resync();
});

// A site granted from the popup. The popup saves it too, but Firefox closes the popup while its
// permission prompt is open, so the popup's own code after the grant may never run.
browser.permissions.onAdded.addListener((added) => {
  const sites = (added.origins ?? []).map(managedSiteFor).filter((site): site is string => site !== undefined && !isPortalUrl(site));
  if (sites.length === 0) return;
  void loadSettings().then(({ managedSites }) => {
    const missing = sites.filter((site) => !managedSites.includes(site));
    if (missing.length > 0) return saveSettings({ managedSites: [...managedSites, ...missing] });
    return undefined;
  });
});

// A permission revoked from the browser's own UI: forget the site, which re-registers the rest.
browser.permissions.onRemoved.addListener((removed) => {
  const origins = new Set(removed.origins ?? []);
  if (origins.size === 0) return;
  void loadSettings().then(({ managedSites }) => {
    const kept = managedSites.filter((site) => !origins.has(originMatchPattern(site) ?? ""));
    if (kept.length !== managedSites.length) return saveSettings({ managedSites: kept });
    return undefined;
  });
});
