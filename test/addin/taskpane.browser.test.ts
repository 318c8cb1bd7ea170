// The real task-pane build in real Chromium, with office.js replaced by an in-memory workbook
// (test/addin/harness/fake-office.ts, injected before the page's scripts). Served on
// 127.0.0.1; every request is recorded and anything else is stopped at the browser.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".xml": "application/xml" };

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;
let fakeOffice: string;

type Harness = { book: { selection?: { sheet: string; address: string }; fill(sheet: string, address: string): { color: string; pattern: string }; edit(sheet: string, address: string, value: unknown): void } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "iid-addin-"));
  await build({ configFile: resolve(repoRoot, "vite.addin.config.ts"), logLevel: "error", build: { outDir: join(dir, "addin"), emptyOutDir: true } });
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: "error",
    publicDir: false,
    build: {
      outDir: join(dir, "harness"),
      emptyOutDir: true,
      lib: { entry: resolve(import.meta.dirname, "harness/fake-office.ts"), formats: ["iife"], name: "IidHarness", fileName: () => "fake-office.js" },
    },
  });
  fakeOffice = readFileSync(join(dir, "harness/fake-office.js"), "utf8");
  server = createServer((req, res) => {
    const path = join(dir, "addin", decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the pane; returns the list of every URL the page asked for. */
async function openPane(query = ""): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${origin}/`)) return route.continue();
    // The CDN script is answered here (the fake is already installed); nothing else goes out.
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js stub */" });
    return route.abort();
  });
  await page.addInitScript({ content: fakeOffice });
  await page.goto(`${origin}/taskpane/index.html${query}`);
  await page.locator("#check").waitFor();
  return { page, requests };
}

const harness = (page: Page) => page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid);

describe("task pane in Chromium", () => {
  it("the build keeps office.js as the CDN script before the module, and ships a rewritten manifest", () => {
    const html = readFileSync(join(dir, "addin/taskpane/index.html"), "utf8");
    const cdn = html.indexOf(`<script src="${OFFICE_JS}"></script>`);
    expect(cdn).toBeGreaterThan(0);
    expect(cdn).toBeLessThan(html.indexOf('<script type="module"'));
    expect(readFileSync(join(dir, "addin/commands/index.html"), "utf8")).toContain(OFFICE_JS);
    expect(readFileSync(join(dir, "addin/manifest.xml"), "utf8")).toContain("https://localhost:3000/taskpane/index.html");
    expect(readFileSync(join(dir, "addin/icons/icon-80.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("checks the workbook: summary, findings by severity, click selects the cell, 'Hapus tanda' restores fills", async () => {
    const { page, requests } = await openPane();
    await page.click("#check");
    await page.locator("#summary").waitFor();
    expect(await page.textContent("#iid")).toMatch(/^\d+(,\d+)?$/);
    expect(await page.textContent("#predikat")).toBe("Kurang Inovatif");
    expect(await page.textContent("#assessed")).toMatch(/Inovasi dinilai: \d+ \/ 6/);
    expect(await page.textContent("#gap")).toMatch(/poin lagi menuju Inovatif/);
    const errors = page.locator('details[data-severity="error"]');
    expect(await errors.locator("summary .count").textContent()).toMatch(/^\d+$/);
    const stageFinding = page.locator('button.finding[data-cell="Inovasi!C3"]');
    expect(await stageFinding.textContent()).toMatch(/^Inovasi!C3 · Tahapan Inovasi · .*Tahap X/);
    // The grid is marked; the user's green fill on C3 is under our red one.
    expect((await harness(page)).book).toBeDefined();
    expect(await page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid.book.fill("Inovasi", "C3"))).toEqual({ color: "#FFC7CE", pattern: "Solid" });

    await page.screenshot({ path: resolve(repoRoot, "test-results/addin-taskpane.png"), fullPage: true });

    await stageFinding.click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid.book.selection)).toEqual({ sheet: "Inovasi", address: "C3" });

    // Keyboard: the why/how-to-fix disclosure opens from the keyboard.
    const more = page.locator('li:has(button[data-cell="Inovasi!C3"]) details.more');
    if (await more.count()) {
      await more.locator("summary").focus();
      await page.keyboard.press("Enter");
      expect(await more.getAttribute("open")).not.toBeNull();
    }

    await page.click("#clear-marks");
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid.book.fill("Inovasi", "C3"))).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(await page.textContent("#status")).toMatch(/Tanda dihapus/);

    const outside = requests.filter((url) => !url.startsWith(`${origin}/`));
    expect(outside).toEqual([OFFICE_JS]);
    await page.context().close();
  }, 60_000);

  it("cell text is shown as text, never as HTML", async () => {
    const { page } = await openPane();
    await page.click("#check");
    await page.locator("#findings").waitFor();
    expect(await page.locator("#app img").count()).toBe(0);
    expect(await page.locator("#findings").textContent()).toContain("<img src=x");
    expect(await page.title()).toBe("IID Check");
    await page.context().close();
  }, 60_000);

  it("switches to English and back, keeping the results", async () => {
    const { page } = await openPane();
    await page.click("#check");
    await page.locator("#summary").waitFor();
    await page.click("#lang-switch");
    expect(await page.textContent("#check")).toBe("Check again");
    expect(await page.textContent("#assessed")).toMatch(/Innovations assessed: \d+ \/ 6/);
    expect(await page.textContent("#findings-title")).toMatch(/^Findings \(\d+\)$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click("#lang-switch");
    expect(await page.textContent("#check")).toBe("Periksa ulang");
    await page.context().close();
  }, 60_000);

  it("a workbook without an innovation sheet says so; 'Sisipkan templat' adds the sheets with drop-downs, then the check runs", async () => {
    const { page, requests } = await openPane("?book=empty");
    await page.click("#check");
    await expect.poll(() => page.textContent("#status")).toMatch(/Tidak ada lembar dengan judul kolom inovasi/);
    await page.click("#template");
    await expect.poll(() => page.textContent("#status")).toMatch(/Lembar ditambahkan: Petunjuk, Inovasi dan Pemda\. Daftar pilihan dipasang pada \d+ kolom\./);
    await page.click("#check");
    await page.locator("#summary").waitFor();
    expect(await page.textContent("#assessed")).toMatch(/Inovasi dinilai: 0 \/ 0/);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([OFFICE_JS]);
    await page.context().close();
  }, 60_000);

  it("live mode re-checks after an edit (debounced) and the fixed cell loses its mark", async () => {
    const { page } = await openPane();
    await page.click("#check");
    await page.locator('button.finding[data-cell="Inovasi!C3"]').waitFor();
    await page.check("#live");
    await page.waitForTimeout(1600); // past the window in which our own writes are ignored
    await page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid.book.edit("Inovasi", "C3", "Penerapan"));
    await page.locator('button.finding[data-cell="Inovasi!C3"]').waitFor({ state: "detached", timeout: 10_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { __iid: Harness }).__iid.book.fill("Inovasi", "C3"))).toEqual({ color: "#00B050", pattern: "Solid" });
    await page.context().close();
  }, 60_000);
});

mkdirSync(resolve(repoRoot, "test-results"), { recursive: true });
