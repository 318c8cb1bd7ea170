// Which content scripts run where. Shared by the manifest (static scripts on the IID portal) and the
// background (the same scripts registered dynamically on regional portals the user enabled), so the
// two lists cannot drift.
import { toOrigin } from "./origins.ts";

/** The IID portal under its current name (bskdn) and its former one (litbang), over https and http. */
export const PORTAL_MATCHES = [
  "https://indeks.inovasi.bskdn.kemendagri.go.id/*",
  "http://indeks.inovasi.bskdn.kemendagri.go.id/*",
  "https://indeks.inovasi.litbang.kemendagri.go.id/*",
  "http://indeks.inovasi.litbang.kemendagri.go.id/*",
] as const;

export const PORTAL_HOSTS = ["indeks.inovasi.bskdn.kemendagri.go.id", "indeks.inovasi.litbang.kemendagri.go.id"] as const;

export interface ContentScriptSpec {
  /** Id for scripting.registerContentScripts; prefixed so we only ever touch our own registrations. */
  id: string;
  js: string[];
  runAt: "document_start" | "document_end" | "document_idle";
}

// The guard must be in place before the page's own scripts can submit; the main script reads the
// form once the document is parsed.
export const CONTENT_SCRIPTS: readonly ContentScriptSpec[] = [
  { id: "iid-check-guard", js: ["content/guard.js"], runAt: "document_start" },
  { id: "iid-check-main", js: ["content/main.js"], runAt: "document_end" },
];

/**
 * The form kit (the checker and its UI): never registered, so pages without a form never load it;
 * the background injects it into the frame where main.js recognised a form, on the portal and on
 * enabled sites alike (the host permission that lets main.js run there lets the background inject).
 */
export const FORM_KIT_SCRIPT = "content/form.js";

export const CONTENT_SCRIPT_ID_PREFIX = "iid-check-";

/** Whether a page URL is on the IID portal itself (always enabled, nothing to grant). */
export function isPortalUrl(url: string): boolean {
  try {
    return (PORTAL_HOSTS as readonly string[]).includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The match pattern for every page of an origin. Match patterns cannot carry a port in Firefox, so a
 * port in the origin is dropped (the pattern then covers all ports of that host).
 */
export function originMatchPattern(origin: string): string | undefined {
  const valid = toOrigin(origin);
  if (!valid) return undefined;
  const url = new URL(valid);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * The origin a managed site is stored under: scheme and host, no port, since the permission and the
 * registration (a match pattern) cover every port anyway. The popup and the background must agree.
 */
export function managedSiteFor(originOrPattern: string): string | undefined {
  const parts = /^(https?):\/\/([^/*:]+)(?::\d+)?(?:\/.*)?$/.exec(originOrPattern);
  return parts ? toOrigin(`${parts[1]}://${parts[2]}`) : undefined;
}

/** Whether a URL matches a WebExtension match pattern of the forms we use (`scheme://host/path*`). */
export function matchesPattern(url: string, pattern: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === "*" ? protocol !== "http" && protocol !== "https" : protocol !== scheme) return false;
  if (host !== "*") {
    if (host.startsWith("*.")) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return glob.test(parsed.pathname + parsed.search);
}
