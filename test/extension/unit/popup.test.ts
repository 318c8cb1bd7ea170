// @vitest-environment happy-dom
// What the officer reads in the popup for a tab, from the state the content script reports.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TabState } from "../../../extension/lib/protocol.ts";

vi.mock("../../../extension/lib/browser.ts", async () => {
  const { fakeBrowser } = await import("@webext-core/fake-browser");
  return { browser: fakeBrowser, default: fakeBrowser };
});

// happy-dom replaces the URL global, so the path is built with node:path.
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../extension/popup/popup.html"), "utf8").replace(/<script[\s\S]*?<\/script>|<link [^>]*>/g, "");

const state: TabState = {
  recognised: true,
  fields: 23,
  completeness: 0.645,
  points: 42.5,
  maxPoints: 111,
  counts: { error: 3, warning: 2, info: 1 },
  frameworkId: "iid-2026",
};

const PORTAL = "https://indeks.inovasi.bskdn.kemendagri.go.id/inovasi/tambah";

async function openPopup(url: string, answer: (message: { type: string }) => unknown): Promise<ReturnType<typeof vi.fn>> {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  const sendMessage = vi.fn(async (_tabId: number, message: { type: string }) => answer(message));
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ content_scripts: [{ matches: ["https://indeks.inovasi.bskdn.kemendagri.go.id/*"], js: ["content/main.js"] }] }),
    openOptionsPage: vi.fn(),
  });
  Object.assign(fakeBrowser.permissions, { contains: async () => false, request: vi.fn(async () => true) });
  document.documentElement.innerHTML = html;
  history.replaceState(null, "", `/popup/popup.html?tab=${tab.id}`);
  vi.resetModules();
  await import("../../../extension/popup/popup.ts");
  return sendMessage;
}

const text = (id: string): string => document.getElementById(id)?.textContent ?? "";

beforeEach(() => {
  fakeBrowser.reset();
});

describe("popup", () => {
  it("shows the recognised form's score, completeness and findings in Indonesian", async () => {
    await openPopup(PORTAL, () => state);
    await vi.waitFor(() => expect(text("state-message")).toBe("Formulir inovasi dikenali"));
    expect(document.getElementById("state-details")?.hidden).toBe(false);
    expect(text("score")).toBe("42,5");
    expect(text("max-score")).toBe("111");
    expect(text("completeness")).toMatch(/^6[45]\s?%$/);
    expect([text("count-error"), text("count-warning"), text("count-info")]).toEqual(["3", "2", "1"]);
    expect(document.documentElement.lang).toBe("id");
    expect(text("open-panel")).toBe("Buka panel");
  });

  it("speaks English when the officer chose English", async () => {
    await fakeBrowser.storage.sync.set({ lang: "en" });
    await openPopup(PORTAL, () => state);
    await vi.waitFor(() => expect(text("state-message")).toBe("Innovation form recognised"));
    expect(text("score")).toBe("42.5");
    expect(text("open-panel")).toBe("Open panel");
  });

  it("asks the page to open its panel", async () => {
    const sendMessage = await openPopup(PORTAL, (message) => (message.type === "get-state" ? state : { ok: true }));
    await vi.waitFor(() => expect(text("state-message")).toBe("Formulir inovasi dikenali"));
    const close = vi.spyOn(window, "close").mockImplementation(() => undefined);
    document.getElementById("open-panel")!.click();
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(expect.any(Number), { type: "open-panel" }, { frameId: 0 }));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });

  it("on the portal before a reload (no content script yet), says to reload instead of failing", async () => {
    await openPopup(PORTAL, () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    await vi.waitFor(() => expect(text("state-message")).toBe("Muat ulang halaman agar IID Check dapat memeriksa formulir ini."));
    expect(document.getElementById("site-toggle-row")?.hidden).toBe(false);
  });

  it("on a site the officer switched off, says so rather than asking for a reload", async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ["https://indeks.inovasi.bskdn.kemendagri.go.id"] });
    await openPopup(PORTAL, () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    await vi.waitFor(() => expect(text("state-message")).toBe("Nonaktif di situs ini"));
    expect((document.getElementById("site-enabled") as HTMLInputElement).checked).toBe(false);
  });

  it("does not trust a malformed answer from the page", async () => {
    await openPopup(PORTAL, () => ({ ...state, points: -5 }));
    await vi.waitFor(() => expect(text("state-message")).toBe("Muat ulang halaman agar IID Check dapat memeriksa formulir ini."));
    expect(document.getElementById("state-details")?.hidden).toBe(true);
  });

  it("page text never becomes markup: a framework id with tags is shown as text", async () => {
    await openPopup(PORTAL, () => ({ ...state, frameworkId: '<img src=x onerror="alert(1)">' }));
    await vi.waitFor(() => expect(text("framework")).toBe('<img src=x onerror="alert(1)">'));
    expect(document.querySelector("#framework img")).toBeNull();
  });

  it("on a regional portal, offers to enable the site and asks the browser for that one site only", async () => {
    await openPopup("https://inovasi.example.go.id/form", () => state);
    await vi.waitFor(() => expect(document.getElementById("site-enable-row")?.hidden).toBe(false));
    expect(text("state-message")).toBe("IID Check tidak berjalan di halaman ini.");
    document.getElementById("enable-site")!.click();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ["https://inovasi.example.go.id/*"] });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get("managedSites")).managedSites).toEqual(["https://inovasi.example.go.id"]));
    await vi.waitFor(() => expect(text("site-status")).toBe("Aktif. Muat ulang halaman untuk mulai memeriksa."));
  });
});
