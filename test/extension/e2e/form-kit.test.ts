// The form kit (content/form.js: the checker, its messages and UI) in real Chromium: the background
// injects it only into a page where main.js recognised a form. What main.js and the kit leave in
// the extension's isolated world is read from an extension page through scripting.executeScript
// (the page's own scripts cannot see that world, and neither can Playwright's page.evaluate).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from "../support/launch.ts";
import { uiElements } from "../support/overlay.ts";

let session: ExtensionSession;
let pages: FixtureServer;
let fixtures: FixtureServer;
let probe: Page;
/** Answers nothing, ever: a portal's image or widget that keeps the page from finishing its load. */
let stalled: Server;
let stalledUrl: string;
const held: ServerResponse[] = [];
const dir = mkdtempSync(join(tmpdir(), "iid-check-kit-"));

// A portal page without an innovation form: a dashboard with a search box and a login.
const DASHBOARD = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Dasbor</title></head><body>
<form action="/cari"><label for="q">Cari inovasi</label><input id="q" name="q"><button>Cari</button></form>
<h1>Daftar Inovasi Daerah</h1>
<table><tr><th>Nama Inovasi</th><th>Tahapan</th></tr><tr><td>SIPANDU</td><td>Penerapan</td></tr></table>
<form action="/masuk"><label for="u">Nama pengguna</label><input id="u" name="u"><label for="p">Kata sandi</label><input id="p" type="password" name="p"><button>Masuk</button></form>
</body></html>`;

interface IsolatedWorld {
  /** main.js is running there: its ContentApp answers the guard. */
  main: boolean;
  /** The form kit was injected. */
  kit: boolean;
}

/** What the extension's isolated world of a tab's top frame holds (main.js and the kit share it). */
async function isolatedWorld(page: Page): Promise<IsolatedWorld> {
  const tabId = await tabIdOf(session, page);
  return probe.evaluate(async (id) => {
    type Injection = { result?: unknown };
    const api = (globalThis as unknown as { chrome: { scripting: { executeScript(details: object): Promise<Injection[]> } } }).chrome;
    const [injection] = await api.scripting.executeScript({
      target: { tabId: id },
      world: "ISOLATED",
      func: () => {
        const shared = (globalThis as unknown as Record<symbol, { errors?: unknown; kit?: unknown } | undefined>)[Symbol.for("iid-check.content")];
        return { main: typeof shared?.errors === "function", kit: !!shared?.kit };
      },
    });
    return injection!.result as { main: boolean; kit: boolean };
  }, tabId);
}

beforeAll(async () => {
  writeFileSync(join(dir, "dasbor.html"), DASHBOARD);
  stalled = createServer((_req, res) => void held.push(res));
  await new Promise<void>((ready) => stalled.listen(0, "127.0.0.1", ready));
  stalledUrl = `http://127.0.0.1:${(stalled.address() as { port: number }).port}`;
  // the plain form, with an image that never arrives: the page stays short of its load event
  const plain = readFileSync(join(import.meta.dirname, "..", "fixtures", "plain.html"), "utf8");
  writeFileSync(join(dir, "slow.html"), plain.replace("</body>", `<img src="${stalledUrl}/banner.png" alt=""></body>`));
  [session, pages, fixtures] = await Promise.all([launchWithExtension(), serveFixtures(dir), serveFixtures(join(import.meta.dirname, "..", "fixtures"))]);
  probe = await session.context.newPage();
  await probe.goto(session.extensionUrl("options/options.html"));
  mkdirSync("test-results", { recursive: true });
}, 180_000);

afterAll(async () => {
  await session?.close();
  for (const res of held) res.destroy();
  await new Promise<void>((done) => (stalled ? stalled.close(() => done()) : done()));
  await pages?.close();
  await fixtures?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the form kit", () => {
  it("is never injected into a page without an innovation form (a dashboard with a search box and a login)", async () => {
    const page = await session.context.newPage();
    await page.goto(`${pages.url}/dasbor.html`);
    await expect.poll(async () => (await isolatedWorld(page)).main, { timeout: 10_000 }).toBe(true);
    // main.js looks at the page again every second (late forms): give it two more looks
    await page.waitForTimeout(2500);
    expect(await isolatedWorld(page)).toEqual({ main: true, kit: false });
    expect(await page.locator("iid-check-ui").count()).toBe(0);
    await page.close();
  });

  it("is injected into a page with a form, which then gets its marks", async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.url}/plain.html`);
    await page.waitForSelector("iid-check-ui", { state: "attached", timeout: 10_000 });
    expect(await isolatedWorld(page)).toEqual({ main: true, kit: true });
    await expect.poll(async () => (await uiElements(page, ".mark")).map((m) => m.text)).toContain("Nama Inovasi wajib diisi.");
    await page.close();
  });

  it("checks a form whose page never finishes loading (an image or widget that never arrives)", async () => {
    // scripting.executeScript waits for the document to be idle unless asked not to, which in Firefox
    // means the load event: the background asks for injectImmediately (its unit test pins that). How
    // soon the marks come is measured by bench/extension-form-load.ts, not asserted here.
    const page = await session.context.newPage();
    await page.goto(`${pages.url}/slow.html`, { waitUntil: "domcontentloaded" });
    await expect.poll(async () => (await uiElements(page, ".mark")).map((m) => m.text)).toContain("Nama Inovasi wajib diisi.");
    expect(await page.evaluate(() => document.readyState)).not.toBe("complete");
    await page.close();
  });
});
