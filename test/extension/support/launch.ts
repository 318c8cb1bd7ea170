// Real-browser support for the extension's end-to-end tests: the test build of the extension loaded
// into Debian's unbranded Chromium (which still honours --load-extension), and a static file server
// on 127.0.0.1 that records every request it receives.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildExtensionOnce } from "./build.ts";
import { EXTENSION_ID } from "./extension-id.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The unpacked Chrome folder of the test build (fixed key, content scripts on 127.0.0.1), built once per set of sources. */
export async function buildTestExtension(): Promise<string> {
  return (await buildExtensionOnce("test")).chrome;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The unpacked extension folder that was loaded. */
  extensionDir: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Chromium with the test build loaded, in a fresh temporary profile. */
export async function launchWithExtension(): Promise<ExtensionSession> {
  const dir = await buildTestExtension();
  const profile = mkdtempSync(join(tmpdir(), "iid-check-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  return {
    context,
    extensionId: EXTENSION_ID,
    extensionDir: dir,
    extensionUrl: (path) => `chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, "")}`,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of a page, asked from an extension page (a web page cannot know it; the test
 * build has the "tabs" permission so it can see tab URLs).
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const probe = await session.context.newPage();
  try {
    await probe.goto(session.extensionUrl("popup/popup.html?probe=1"));
    const id = await probe.evaluate(async (url) => {
      type Tab = { id?: number; url?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(query: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id;
    }, page.url());
    if (id === undefined) throw new Error(`No tab found for ${page.url()}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Opens the popup page reporting on `page`'s tab, as the toolbar popup would. */
export async function openPopupFor(session: ExtensionSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl(`popup/popup.html?tab=${tabId}`));
  return popup;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/submit?x=1". */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FixtureServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash) */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the files under `dir` on 127.0.0.1 at a random port. GET/HEAD read files (a folder serves
 * its index.html); any other method (a form post, a fetch from a single-page app) is recorded and
 * answered 200 with a short page (or JSON when the client asked for it).
 */
export async function serveFixtures(dir: string): Promise<FixtureServer> {
  const root = resolve(dir);
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = req.url ?? "/";
      requests.push({ method: req.method ?? "GET", url, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (req.method !== "GET" && req.method !== "HEAD") {
        const json = (req.headers.accept ?? "").includes("json") || (req.headers["content-type"] ?? "").includes("json");
        res.writeHead(200, { "content-type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8" });
        res.end(json ? JSON.stringify({ ok: true }) : "<!doctype html><title>OK</title><p id=received>Diterima</p>");
        return;
      }
      const pathname = decodeURIComponent(new URL(url, "http://127.0.0.1").pathname);
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    });
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
