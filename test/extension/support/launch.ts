// Real-browser support for the extension's end-to-end tests: the test build of the extension loaded
// into Debian's unbranded Chromium (which still honours --load-extension), and a static file server
// on 127.0.0.1 that records every request it receives.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { EXTENSION_ID } from "./extension-id.ts";

const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
/** Where the test build lives; reused while the sources it was built from are unchanged. */
export const TEST_BUILD_DIR = join(ROOT, "dist", "extension-test");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of everything the build reads, so a stale test build is never reused. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(join(ROOT, "extension")),
    ...filesUnder(join(ROOT, "core")),
    join(ROOT, "scripts", "build-extension.ts"),
    join(ROOT, "scripts", "extension-pack.ts"),
    join(ROOT, "scripts", "extension-test-key.ts"),
    join(ROOT, "package.json"),
  ].sort();
  for (const file of inputs) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

let built: Promise<string> | undefined;

/**
 * Builds the test extension (fixed key, content scripts on 127.0.0.1) once per set of sources and
 * returns the unpacked Chrome folder. Several test workers may ask at once: one builds under a lock
 * directory, the others wait for it.
 */
export function buildTestExtension(): Promise<string> {
  built ??= (async () => {
    const chromeDir = join(TEST_BUILD_DIR, "chrome");
    const stampFile = join(TEST_BUILD_DIR, "stamp.txt");
    const lock = `${TEST_BUILD_DIR}.lock`;
    mkdirSync(join(ROOT, "dist"), { recursive: true });
    const deadline = Date.now() + 180_000;
    for (;;) {
      const stamp = sourceStamp();
      if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(join(chromeDir, "manifest.json"))) return chromeDir;
      try {
        mkdirSync(lock);
      } catch {
        // Another worker is building (or one died mid-build: a lock older than 3 minutes is stale).
        if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
        if (Date.now() > deadline) throw new Error("Timed out waiting for another worker's extension build");
        await sleep(250);
        continue;
      }
      try {
        const staging = `${TEST_BUILD_DIR}.tmp-${process.pid}`;
        execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build-extension.ts"), "--test", "--out", staging], {
          cwd: ROOT,
          stdio: ["ignore", "ignore", "pipe"],
        });
        writeFileSync(join(staging, "stamp.txt"), stamp);
        rmSync(TEST_BUILD_DIR, { recursive: true, force: true });
        renameSync(staging, TEST_BUILD_DIR);
        return chromeDir;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
  })();
  return built;
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
 * The browser's tab id of a page, asked from an extension page (pages have no way to know it).
 * Use it to open the popup as a page for that tab: extensionUrl(`popup/popup.html?tab=${id}`).
 */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const probe = await session.context.newPage();
  try {
    await probe.goto(session.extensionUrl("popup/popup.html?probe=1"));
    const target = page.url();
    const id = await probe.evaluate(async (url) => {
      type Tab = { id?: number; url?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(query: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id;
    }, target);
    if (id === undefined) throw new Error(`No tab found for ${target}`);
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
