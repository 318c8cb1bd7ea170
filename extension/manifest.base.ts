// The one manifest both browser builds are written from (scripts/build-extension.ts). Runs at build
// time only; the Chrome and Firefox differences are the few lines in `manifestFor`.
import { CONTENT_SCRIPTS, PORTAL_MATCHES } from "./lib/content-scripts.ts";

export type TargetBrowser = "chrome" | "firefox";

export interface ManifestOptions {
  version: string;
  /** Test build: a fixed `key` (Chrome), content scripts on and access to 127.0.0.1, and "tabs", for the end-to-end tests. */
  test?: { publicKey: string } | undefined;
}

export const GECKO_ID = "iid-check@iid-check.id";

// Extension pages may load only their own scripts and connect nowhere else.
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

export const PERMISSIONS = ["storage", "scripting", "activeTab"] as const;
export const OPTIONAL_HOST_PERMISSIONS = ["https://*/*", "http://*/*"] as const;
export const TEST_MATCH = "http://127.0.0.1/*";

export const ICON_SIZES = [16, 32, 48, 128] as const;

const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));

export function manifestFor(target: TargetBrowser, options: ManifestOptions): Record<string, unknown> {
  const matches: string[] = [...PORTAL_MATCHES, ...(options.test ? [TEST_MATCH] : [])];
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: "__MSG_extName__",
    short_name: "IID Check",
    description: "__MSG_extDescription__",
    version: options.version,
    default_locale: "id",
    icons,
    action: { default_title: "__MSG_actionTitle__", default_popup: "popup/popup.html", default_icon: icons },
    options_ui: { page: "options/options.html", open_in_tab: true },
    // The test build adds "tabs": automation cannot click the toolbar button that grants activeTab, and
    // the popup, opened as a page in tests, needs the tab's URL just as activeTab would give it.
    permissions: [...PERMISSIONS, ...(options.test ? ["tabs"] : [])],
    // The test build's 127.0.0.1 is granted as the portal is (and an enabled site is, by the officer):
    // content script matches let main.js run there, but the background needs the host permission
    // to inject the form kit (scripting.executeScript).
    host_permissions: [...PORTAL_MATCHES, ...(options.test ? [TEST_MATCH] : [])],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    content_scripts: CONTENT_SCRIPTS.map((script) => ({ matches, js: script.js, run_at: script.runAt, all_frames: false })),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  };
  if (target === "chrome") {
    // 121: the oldest Chrome the bundles are compiled for (esbuild target in scripts/build-extension.ts);
    // the in-page UI needs at least 114 (popover).
    manifest.minimum_chrome_version = "121";
    manifest.background = { service_worker: "background.js" };
    if (options.test) manifest.key = options.test.publicKey;
  } else {
    // Firefox runs the same bundle as an event page.
    manifest.background = { scripts: ["background.js"] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: first release (and ESR) that understands data_collection_permissions.
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return manifest;
}
