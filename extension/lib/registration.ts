// Dynamic content scripts for the regional portals the user enabled from the popup. The browser keeps
// registrations across restarts only sometimes (Firefox drops them on update), so the background
// rebuilds them from settings on install, on startup and whenever the managed sites or granted
// permissions change. Only registrations with our id prefix are touched.
import { browser } from "./browser.ts";
import { CONTENT_SCRIPTS, CONTENT_SCRIPT_ID_PREFIX, isPortalUrl, originMatchPattern } from "./content-scripts.ts";
import { loadSettings } from "./settings.ts";

/** The match patterns for the managed sites whose host permission is still granted. */
export async function grantedManagedPatterns(managedSites: readonly string[]): Promise<string[]> {
  const patterns = new Set<string>();
  for (const origin of managedSites) {
    const pattern = originMatchPattern(origin);
    // The portal has static content scripts; registering it again would inject twice.
    if (!pattern || isPortalUrl(origin)) continue;
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.add(pattern);
  }
  return [...patterns];
}

/** Makes the registered content scripts match the managed sites; returns the patterns now registered. */
export async function syncContentScripts(): Promise<string[]> {
  const { managedSites } = await loadSettings();
  const patterns = await grantedManagedPatterns(managedSites);
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.map((script) => script.id).filter((id) => id.startsWith(CONTENT_SCRIPT_ID_PREFIX));
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (patterns.length === 0) return [];
  await browser.scripting.registerContentScripts(
    CONTENT_SCRIPTS.map((script) => ({ id: script.id, matches: patterns, js: script.js, runAt: script.runAt, allFrames: false })),
  );
  return patterns;
}
