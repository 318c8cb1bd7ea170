// The options page and the popup's site controls in real Chromium, with the test build loaded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchWithExtension, openPopupFor, serveFixtures, type ExtensionSession, type FixtureServer } from "../support/launch.ts";

let session: ExtensionSession;
let server: FixtureServer;
let pageDir: string;
const outside: string[] = [];

// Reads extension storage from inside an extension page (the only place that can).
async function storage(page: Page, area: "sync" | "local"): Promise<Record<string, unknown>> {
  return page.evaluate(async (name) => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> } }).chrome;
    return api.storage[name]!.get(null);
  }, area);
}

beforeAll(async () => {
  session = await launchWithExtension();
  session.context.on("request", (request) => {
    const url = new URL(request.url());
    // localhost is the same loopback server, visited on purpose below as a site the extension does not run on.
    const local = ["127.0.0.1", "localhost"].includes(url.hostname);
    if (!["chrome-extension:", "data:", "about:"].includes(url.protocol) && !local) outside.push(request.url());
  });
  // A plain page of our own (not one of the content fixtures): enough for the popup's site controls.
  pageDir = mkdtempSync(join(tmpdir(), "iid-check-options-"));
  writeFileSync(join(pageDir, "index.html"), "<!doctype html><title>Portal</title><h1>Portal daerah</h1>");
  server = await serveFixtures(pageDir);
  mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

describe("options page", () => {
  it("saves language, mode, framework and draft recovery, and shows them again after a reload", async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl("options/options.html"));
    await expect.poll(() => page.locator("h1").textContent()).toBe("Pengaturan IID Check");
    expect(await page.locator("#draft-recovery").isChecked()).toBe(false);
    expect(await page.locator("#framework-note").isHidden()).toBe(true);

    await page.locator("#mode").selectOption("block");
    await page.locator("#framework").selectOption("iid-2027");
    await expect.poll(() => page.locator("#framework-note").isVisible()).toBe(true);
    expect(await page.locator("#framework-note").textContent()).toContain("belum resmi");
    await page.getByLabel(/Simpan teks panjang/).check();
    await page.locator("#lang").selectOption("en");
    await expect.poll(() => page.locator("h1").textContent()).toBe("IID Check settings");
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Saved.");

    expect(await storage(page, "sync")).toMatchObject({ mode: "block", framework: "iid-2027", draftRecovery: true, lang: "en" });
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("IID Check settings");
    expect(await page.locator("#mode").inputValue()).toBe("block");
    expect(await page.locator("#framework").inputValue()).toBe("iid-2027");
    expect(await page.locator("#draft-recovery").isChecked()).toBe(true);

    // Back to the defaults for the other tests.
    await page.locator("#lang").selectOption("id");
    await page.locator("#mode").selectOption("warn");
    await page.locator("#framework").selectOption("iid-2026");
    await page.close();
  });

  it("lists the sites the officer enabled and removes one with the keyboard", async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl("options/options.html"));
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.sync.set({ managedSites: ["https://inovasi.example.go.id", "https://siagas.example.go.id"] });
    });
    const items = page.locator("#sites li");
    await expect.poll(() => items.count()).toBe(2);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: "test-results/extension-options.png", fullPage: true });
    // The origin is shown as text, the button says which site it removes.
    const remove = page.getByRole("button", { name: "Hapus situs https://inovasi.example.go.id" });
    await remove.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain("https://siagas.example.go.id");
    expect((await storage(page, "sync")).managedSites).toEqual(["https://siagas.example.go.id"]);
    await page.close();
  });

  it("deletes the content scripts' drafts and nothing else", async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl("options/options.html"));
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ "draft:https://a.example/form#design": { text: "Rancang bangun", savedAt: 1 }, "draft:b": {}, keep: 1 });
    });
    await page.getByRole("button", { name: "Hapus draf" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("2 draf dihapus.");
    expect(await storage(page, "local")).toEqual({ keep: 1 });
    await page.close();
  });
});

describe("popup on a page", () => {
  it("switches the checker off for this site and back on", async () => {
    const site = await session.context.newPage();
    await site.goto(`${server.url}/index.html`);
    const popup = await openPopupFor(session, site);
    const toggle = popup.getByLabel("Aktif di situs ini");
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await popup.locator("#site-origin").textContent()).toBe(server.url);
    expect(await toggle.isChecked()).toBe(true);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.screenshot({ path: "test-results/extension-popup-site.png", fullPage: true });
    await toggle.uncheck();
    await expect.poll(async () => (await storage(popup, "sync")).disabledSites).toEqual([server.url]);
    await toggle.check();
    await expect.poll(async () => (await storage(popup, "sync")).disabledSites).toEqual([]);
    await popup.close();
    await site.close();
  });

  it("on a site the extension does not run on, offers to enable it there", async () => {
    // localhost is not 127.0.0.1 to the extension: no static content script, no permission.
    const site = await session.context.newPage();
    await site.goto(`${server.url.replace("127.0.0.1", "localhost")}/index.html`);
    const popup = await openPopupFor(session, site);
    await expect.poll(() => popup.getByRole("button", { name: "Aktifkan di situs ini" }).isVisible()).toBe(true);
    expect(await popup.locator("#state-message").textContent()).toBe("IID Check tidak berjalan di halaman ini.");
    await popup.close();
    await site.close();
  });
});

describe("privacy", () => {
  it("no request left the loopback server or the extension", () => {
    expect(outside).toEqual([]);
  });
});
